"""`caseapp --screenshot FILE --view V`: every view renders to a 1280x800 PNG, headless."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from tests.ui import sample
from ui.shell.app import VIEWS, run

PASSPHRASE = "skærmbillede-test"


@pytest.fixture
def sample_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "sample.db"
    with CaseService.create(path, DatabaseKey(passphrase=PASSPHRASE)) as service:
        sample.fill(service)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    return path


def _assert_png(path: Path) -> None:
    assert path.is_file()
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_renders(tmp_path: Path, sample_db: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    assert run(db_path=sample_db, demo=False, screenshot=out, view=view) == 0
    _assert_png(out)


def test_demo_screenshot_needs_no_questions(tmp_path: Path) -> None:
    out = tmp_path / "demo.png"
    assert run(db_path=None, demo=True, screenshot=out, view="citizen") == 0
    _assert_png(out)
