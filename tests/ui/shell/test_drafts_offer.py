"""The start-up question about unsigned drafts says the number I dag shows under "Kladder",
and comes once a day, and again that day only when there are more drafts than at the last start."""

from __future__ import annotations

import datetime as dt
import re

from pytestqt.qtbot import QtBot

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote, UnsignedDrafts
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow
from ui.shell.note_drafts_offer import drafts_question, offer_pending_drafts


def _start(qtbot: QtBot, service: CaseService) -> MainWindow:
    """The main window as a new start of the program builds it."""
    window = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    return window


def _offer(window: MainWindow, today: dt.date = sample.TODAY) -> list[UnsignedDrafts]:
    asked: list[UnsignedDrafts] = []
    offer_pending_drafts(window, today, ask=lambda _parent, drafts: asked.append(drafts) and False)
    wait_for_all()
    return asked


def test_the_question_and_i_dag_say_the_same_number(
    qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    window = _start(qtbot, service)
    shown = re.search(r"\((\d+)\)", window.today_view.drafts.title.text())
    assert shown is not None
    asked = _offer(window)
    assert asked and asked[0].statuses  # the sample has a status draft too
    question = drafts_question(asked[0])
    assert f"Du har {shown.group(1)} kladder" in question
    assert "de 2 dagbogsnotater" in question


def test_the_question_comes_again_only_when_there_are_more_drafts(
    qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    assert _offer(_start(qtbot, service))
    assert service.profile().drafts_offered == 3
    assert not _offer(_start(qtbot, service))  # the next start: nothing new, no question
    service.diary.save_draft(DiaryNote(ids.bjoern, NoteKind.PHONE, sample.NOW, "Bjørn ringede igen."))
    again = _offer(_start(qtbot, service))
    assert again and again[0].count == 4


def test_fewer_drafts_are_remembered_so_a_new_one_asks_again(
    qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    assert _offer(_start(qtbot, service))
    service.diary.delete_draft(ids.draft_note)
    assert not _offer(_start(qtbot, service))
    assert service.profile().drafts_offered == 2
    service.diary.save_draft(DiaryNote(ids.bjoern, NoteKind.PHONE, sample.NOW, "Bjørn ringede igen."))
    assert _offer(_start(qtbot, service))


def test_the_same_drafts_are_offered_again_the_next_day_once(
    qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    tomorrow = sample.TODAY + dt.timedelta(days=1)
    assert _offer(_start(qtbot, service))
    assert not _offer(_start(qtbot, service))  # the same day, the same drafts
    again = _offer(_start(qtbot, service), tomorrow)
    assert again and again[0].count == 3
    assert not _offer(_start(qtbot, service), tomorrow)  # a second start that day
    assert not _offer(_start(qtbot, service), tomorrow)


def test_one_draft_reads_in_the_singular() -> None:
    note = DiaryNote(1, NoteKind.PHONE, sample.NOW, "x")
    assert drafts_question(UnsignedDrafts((note,))) == (
        "Du har 1 kladde, der ikke er underskrevet. Vil du åbne den?")
