"""Start-up look: the stylesheet and the window icon come from resources/ (resource_path),
and a missing stylesheet only costs the look, never the start."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from caseapp import resources
from ui.shell import app as app_module


@pytest.fixture
def qapp_look(qapp: QApplication) -> Iterator[QApplication]:
    """The test's QApplication; its stylesheet and icon are put back afterwards."""
    style, icon = qapp.styleSheet(), qapp.windowIcon()
    resources._find.cache_clear()
    yield qapp
    resources._find.cache_clear()
    qapp.setStyleSheet(style)
    qapp.setWindowIcon(icon)


def test_stylesheet_and_icon_come_from_resources(qapp_look: QApplication) -> None:
    app_module.apply_stylesheet(qapp_look)
    app_module.set_window_icon(qapp_look)
    assert "QMenuBar" in qapp_look.styleSheet()
    assert resources.resource_path("icons", "caseapp.png").is_file()
    assert not qapp_look.windowIcon().isNull()


def test_missing_stylesheet_is_a_warning(qapp_look: QApplication, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(resources, "candidate_roots", lambda: [tmp_path])
    qapp_look.setStyleSheet("")
    with caplog.at_level(logging.WARNING, logger="ui.shell.app"):
        app_module.apply_stylesheet(qapp_look)
    assert qapp_look.styleSheet() == ""
    assert any("no stylesheet" in r.getMessage() for r in caplog.records if r.name == "ui.shell.app")
