"""The program's resources: fonts and licence ship with it, a missing one is one Danish sentence,
packagers can move them."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.errors import CaseappError
from caseapp.resources import resource_path


def test_fonts_and_licence_ship_with_the_program() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-subset.ttf", "DejaVuSans-Bold-subset.ttf",
                 "DejaVuSans-Oblique-subset.ttf", "DejaVuSans-BoldOblique-subset.ttf",
                 "LICENSE-DejaVu.txt"):
        assert resource_path("fonts", name).is_file()
    assert "Bitstream" in resource_path("fonts", "LICENSE-DejaVu.txt").read_text()


def test_a_missing_resource_is_one_danish_sentence() -> None:
    with pytest.raises(CaseappError, match="mangler"):
        resource_path("fonts", "findes-ikke.ttf")
    with pytest.raises(ValueError):
        resource_path("..", "etc")


def test_resources_can_be_moved_by_packagers(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp import resources

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "x.ttf").write_bytes(b"")
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    resources._find.cache_clear()
    try:
        assert resource_path("fonts", "x.ttf") == tmp_path / "fonts" / "x.ttf"
    finally:
        resources._find.cache_clear()
