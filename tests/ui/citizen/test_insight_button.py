"""Indsigt …: the citizen's whole record as PDF and JSON, from the citizen's header."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt

from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow


def test_the_header_writes_the_insight_pdf_and_its_json_copy(
    qtbot, window: MainWindow, ids: sample.Sample, tmp_path: Path
) -> None:
    page = window.citizen_page
    told: list[str] = []
    asked: list[str] = []
    page.choose_insight_file = lambda _parent, suggested: asked.append(suggested) or str(tmp_path / "åse")
    page.show_info = lambda _parent, text: told.append(text)
    window.open_citizen(ids.aase)
    assert page.header.insight_button.accessibleName() == "Indsigt: alt om borgeren som PDF"
    qtbot.mouseClick(page.header.insight_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert asked[0].endswith(f"indsigt_{ids.aase}_aase_noergaard.pdf")
    text = pypdf.PdfReader(tmp_path / "åse.pdf").pages[0].extract_text()
    assert "Indsigt: Åse Nørgaard" in text and "010190-1234" in text
    assert json.loads((tmp_path / "åse.json").read_text(encoding="utf-8"))["citizen"]["name"] == "Åse Nørgaard"
    assert told and "åse.pdf" in told[0] and "åse.json" in told[0]
