"""Indsigt …: the citizen's whole record as PDF and JSON, from the citizen's header."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService
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
    page.ask_leave_out = lambda _parent, found: pytest.fail(f"asked about {found}")  # none named
    window.open_citizen(ids.aase)
    assert page.header.insight_button.accessibleName() == "Indsigt: alt om borgeren som PDF"
    qtbot.mouseClick(page.header.insight_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert asked[0].endswith(f"indsigt_{ids.aase}_aase_noergaard.pdf")
    text = pypdf.PdfReader(tmp_path / "åse.pdf").pages[0].extract_text()
    assert "Indsigt: Åse Nørgaard" in text and "010190-1234" in text
    assert json.loads((tmp_path / "åse.json").read_text(encoding="utf-8"))["citizen"]["name"] == "Åse Nørgaard"
    assert told and "åse.pdf" in told[0] and "åse.json" in told[0]


def test_other_people_named_in_the_notes_are_left_out_when_the_user_says_so(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample, tmp_path: Path
) -> None:
    at = dt.datetime(2025, 11, 20, 10)
    note = service.diary.save_draft(DiaryNote(ids.aase, NoteKind.CONVERSATION, at,
                                        "Åse og Dorthe Hansen lavede mad sammen.", "Mette"))
    service.diary.sign_note(note, at)
    page = window.citizen_page
    asked: list[list[str]] = []
    page.ask_leave_out = lambda _parent, found: asked.append([m.name for m in found]) or True
    page.choose_insight_file = lambda _parent, _suggested: str(tmp_path / "indsigt.pdf")
    page.show_info = lambda _parent, _text: None
    window.open_citizen(ids.aase)
    qtbot.mouseClick(page.header.insight_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert asked == [["Dorthe Hansen"]]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "indsigt.pdf").pages)
    assert "Åse og [navn udeladt] lavede mad sammen." in text and "Dorthe" not in text


def test_the_review_lists_a_network_person_named_by_first_name_alone(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    at = dt.datetime(2025, 11, 20, 10)
    note = service.diary.save_draft(DiaryNote(ids.aase, NoteKind.CONVERSATION, at, "Pia ringede om praktikken.", "Mette"))
    service.diary.sign_note(note, at)
    page = window.citizen_page
    page.choose_insight_file = lambda _parent, _suggested: str(tmp_path / "indsigt.pdf")
    page.show_info = lambda _parent, _text: None
    shown: list[str] = []

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:  # the review still runs in the background
            QTimer.singleShot(50, answer)
            return
        shown.append(box.text())
        leave = next(b for b in box.buttons() if b.text() == "Udelad navnene")
        qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)

    window.open_citizen(ids.aase)
    QTimer.singleShot(50, answer)
    qtbot.mouseClick(page.header.insight_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    wait_for_all()
    assert "Pia (netværk, kun fornavn, 1 tekst)" in shown[0]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "indsigt.pdf").pages)
    assert "[navn udeladt] ringede om praktikken." in text
