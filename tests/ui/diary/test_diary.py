"""Dagbog: writing, autosave, signing and corrections, hints, finding notes, the
lazily fetched list, the monthly summary, copy to the official system, bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from caseapp.domain.enums import GoalLevel, NoteKind, RatingScale, RecordState
from caseapp.domain.models import DiaryNote, Goal
from caseapp.notes import NoteFilter, notes_as_text
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.tree_model import HTML_ROLE
from ui.common.worker import wait_for_all
from ui.diary.diary_tab import DiaryTab
from ui.diary.month_summary_dialog import MonthSummaryDialog
from ui.diary.note_editor import NoteEditor
from ui.diary.notes_list_model import STATE, TEXT, NotesListModel
from ui.diary.quick_note_window import QuickNoteWindow
from ui.shell.main_window import MainWindow
from ui.shell.note_drafts_offer import offer_pending_drafts
from ui.today.today_data import build_today

CTRL = Qt.KeyboardModifier.ControlModifier


def _subgoals(service: CaseService, citizen_id: int) -> list[int]:
    return [g.id for g in service.plans.goals(citizen_id) if g.level == GoalLevel.SUB]


def _diary(window: MainWindow, citizen_id: int) -> DiaryTab:
    window.open_citizen(citizen_id, "notes")
    tab = window.citizen_page.notes
    tab.now = lambda: sample.NOW
    return tab


def _new(qtbot, tab: DiaryTab, text: str = "") -> NoteEditor:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert tab.right.currentWidget() is editor
    if text:
        qtbot.keyClicks(editor.text, text)
    return editor


def _add(service: CaseService, citizen_id: int, text: str, days: int, *, kind=NoteKind.OBSERVATION,
         goals=(), sign=True, author="") -> int:
    note_id = service.diary.save_draft(DiaryNote(
        citizen_id, kind, sample.NOW - dt.timedelta(days=days), text, author=author,
        goal_ids=tuple(goals)))
    if sign:
        service.diary.sign_note(note_id, at=sample.NOW - dt.timedelta(days=days) + dt.timedelta(hours=1))
    return note_id


# -- writing -----------------------------------------------------------------------------------


def test_write_a_note_with_two_subgoals_and_save(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab)
    assert editor.occurred.dateTime().toPython() == sample.NOW
    assert not editor.save_button.isEnabled()  # nothing written yet
    both = _subgoals(service, ids.aase)
    assert sorted(editor.goals.boxes) == sorted(both)
    for goal_id in both:
        editor.goals.set_checked(goal_id)
    editor.kind.setCurrentIndex(editor.kind.findData(NoteKind.CONVERSATION.value))
    qtbot.keyClicks(editor.text, "Åse tog selv bussen og deltog i fællesspisningen.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = service.diary.note(editor.note_id)
    assert stored.state == RecordState.DRAFT
    assert sorted(stored.goal_ids) == sorted(both)
    assert stored.kind == NoteKind.CONVERSATION
    assert stored.text == "Åse tog selv bussen og deltog i fællesspisningen."
    assert tab.model.row_of(stored.id) is not None
    assert "gemt" in tab.status.currentMessage()
    assert window.citizen_page.tabs.tabText(2) == "Dagbog (2)"


def test_autosave_while_typing_and_on_close(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab, "Åse ringede")
    assert editor.note_id is None and editor.autosave_timer.isActive()
    remaining = editor.autosave_timer.remainingTime()
    qtbot.keyClicks(editor.text, " og")  # more typing does not push the save further away
    assert editor.autosave_timer.remainingTime() <= remaining
    editor.autosave_timer.timeout.emit()  # what the timer does after 3 s
    assert editor.note_id is not None
    assert [d.text for d in service.diary.pending_drafts() if d.id == editor.note_id] == ["Åse ringede og"]
    editor.autosave_timer.setInterval(30)
    qtbot.keyClicks(editor.text, " spurgte til praktikken")
    qtbot.waitUntil(lambda: service.diary.note(editor.note_id).text.endswith("praktikken"), timeout=3000)
    qtbot.keyClicks(editor.text, ".")
    editor.autosave_timer.stop()
    editor.autosave_timer.setInterval(60_000)
    qtbot.keyClicks(editor.text, " Slut")
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)  # closing stores the rest
    assert service.diary.note(editor.note_id).text == "Åse ringede og spurgte til praktikken. Slut"
    assert tab.right.currentWidget() is tab.detail


def test_ctrl_enter_signs_and_the_note_is_read_only(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab, "Åse mødte op kl. 9.")
    editor.goals.set_checked(ids.subgoal)
    editor.confirm_sign = lambda: True  # the question itself: tests/ui/diary/test_sign_question.py
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, CTRL)
    note = service.diary.note(editor.note_id)
    assert note.state == RecordState.SIGNED
    assert note.text == "Åse mødte op kl. 9."  # Ctrl+Enter added no line break
    assert tab.right.currentWidget() is tab.detail
    assert tab.detail.note.id == note.id
    assert tab.detail.correct_button.isVisibleTo(tab) and not tab.detail.continue_button.isVisibleTo(tab)
    assert "kan ikke fortrydes" in tab.status.currentMessage()
    assert "Åse mødte op kl. 9." in tab.details.toPlainText()
    assert tab.selected_notes()[0].id == note.id


def test_quick_note_window_signs_in_place(qtbot, window, service, ids) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    quick = window.findChild(QuickNoteWindow)
    assert quick is not None and quick.isVisible()
    qtbot.waitUntil(quick.isActiveWindow, timeout=2000)  # shortcuts work in the active window
    assert quick.editor.citizen_id is None and not quick.editor.isEnabled()
    quick.citizen.setCurrentIndex(quick.citizen.findData(ids.dorthe))
    assert quick.editor.citizen_id == ids.dorthe and quick.editor.isEnabled()
    qtbot.keyClicks(quick.editor.text, "Dorthe ringede og aflyste.")
    quick.editor.confirm_sign = lambda: True
    qtbot.keyClick(quick.editor.text, Qt.Key.Key_Return, CTRL)
    assert quick.editor.is_read_only()
    assert service.diary.note(quick.editor.note_id).state == RecordState.SIGNED
    assert "kan ikke fortrydes" in quick.editor.status.currentMessage()
    assert quick.editor.correct_button.isVisibleTo(quick)


def test_quick_note_defaults_to_the_open_citizen_and_survives_closing(qtbot, window, service,
                                                                      ids) -> None:
    window.open_citizen(ids.aase)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    quick = window.findChild(QuickNoteWindow)
    assert quick.citizen.currentData() == ids.aase
    qtbot.keyClicks(quick.editor.text, "Skrevet i farten")
    quick.citizen.setCurrentIndex(quick.citizen.findData(ids.bjoern))  # the text moves along
    assert quick.editor.citizen_id == ids.bjoern
    assert quick.editor.goals.boxes == {}
    quick.close()
    assert wait_for_all()  # closing refreshes I dag in the background
    drafts = [d for d in service.diary.pending_drafts() if d.text == "Skrevet i farten"]
    assert [d.citizen_id for d in drafts] == [ids.bjoern]


def test_correction_shows_in_the_history(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    assert tab.select_note(ids.signed_note)
    assert "Historik" not in tab.details.toPlainText()
    qtbot.mouseClick(tab.detail.correct_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert editor.corrects_id == ids.signed_note and editor.note_id is None
    assert editor.text.toPlainText() == service.diary.note(ids.signed_note).text
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Åse fortalte om fællesspisningen og om katten Bella.")
    editor.confirm_sign = lambda: True  # the question itself: tests/ui/diary/test_sign_question.py
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, CTRL)
    correction = service.diary.note(editor.note_id)
    assert correction.corrects_id == ids.signed_note and correction.state == RecordState.SIGNED
    assert service.diary.note(ids.signed_note).text.endswith("hunden Bella.")  # the original stays
    shown = tab.details.toPlainText()
    assert "Historik (2 versioner)" in shown
    assert "Oprindeligt notat" in shown and "Rettelse 1" in shown and "hunden Bella" in shown
    # the corrected original no longer shows in the list, its correction does
    assert tab.model.row_of(ids.signed_note) is None
    assert tab.model.row_of(correction.id) is not None
    assert tab.model.index(tab.model.row_of(correction.id), STATE).data() == "Rettelse"


def test_a_judging_word_gets_a_gentle_hint(qtbot, window, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab, "Åse var irriterende under frokosten.")
    qtbot.waitUntil(lambda: "judging" in editor.hints.codes(), timeout=2000)
    assert editor.hints.codes() == ["no_subgoal", "judging"]
    assert editor.marked_words() == ["irriterende"]
    judging = next(lb for lb in editor.hints.labels() if lb.property("hintCode") == "judging")
    assert judging.toolTip().startswith("Hvorfor:") and "Oluf" in judging.toolTip()
    assert editor.save_button.isEnabled()  # hints never block
    editor.goals.set_checked(ids.subgoal)
    editor.update_hints()
    assert editor.hints.codes() == ["judging"]
    editor.questions_button.menu()  # the four questions are one click away
    assert "Hvem skal læse den?" in editor.questions_label.text()


# -- finding notes -----------------------------------------------------------------------------


@pytest.fixture
def diary(service: CaseService, ids: sample.Sample) -> dict[str, int]:
    bus = [g for g in _subgoals(service, ids.aase) if g != ids.subgoal][0]
    return {
        "bus": bus,
        "phone": _add(service, ids.aase, "Åse ringede om bussen.", 2, kind=NoteKind.PHONE,
                      goals=[bus], author="Pia"),
        "old": _add(service, ids.aase, "Åse tog bussen alene.", 60, goals=[bus]),
        "draft": _add(service, ids.aase, "Åse spiste med i dag.", 1, goals=[ids.subgoal],
                      sign=False),
        "emoji": _add(service, ids.aase, "🙂 Åse viste Bella frem for Pia.", 3),
    }


def test_filters_narrow_the_list(qtbot, window, ids, diary) -> None:
    tab = _diary(window, ids.aase)
    bar, model = tab.filters, tab.model
    assert model.rowCount() == 5 and tab.count_label.text() == "5 notater"
    bar.goal.setCurrentIndex(bar.goal.findData(diary["bus"]))
    assert {n.id for n in model.notes()} == {diary["phone"], diary["old"]}
    assert tab.count_label.text() == "2 notater passer"
    bar.kind.setCurrentIndex(bar.kind.findData(NoteKind.PHONE.value))
    assert [n.id for n in model.notes()] == [diary["phone"]]
    bar.set_citizen(ids.aase, list(window.citizen_page.notes._goals.values()), ["Pia"])
    bar.goal.setCurrentIndex(bar.goal.findText("Uden delmål"))
    assert [n.id for n in model.notes()] == [diary["emoji"]]
    bar.goal.setCurrentIndex(0)
    bar.state.setCurrentIndex(bar.state.findData(RecordState.DRAFT.value))
    assert [n.id for n in model.notes()] == [diary["draft"]]
    bar.state.setCurrentIndex(0)
    bar.period.setCurrentIndex(bar.period.findData("30d"))
    assert diary["old"] not in {n.id for n in model.notes()} and model.rowCount() == 4
    bar.period.setCurrentIndex(0)
    bar.author.setCurrentIndex(bar.author.findData("Pia"))
    assert [n.id for n in model.notes()] == [diary["phone"]]
    bar.author.setCurrentIndex(0)
    bar.not_entered.setChecked(True)  # signed, not yet in the official system: not the draft
    assert diary["draft"] not in {n.id for n in model.notes()} and model.rowCount() == 4


def test_full_text_search_highlights_in_list_and_detail(qtbot, window, ids, diary) -> None:
    tab = _diary(window, ids.aase)
    tab.filters.search.setText("bella")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=2000)  # after the typing pause
    assert {n.id for n in tab.model.notes()} == {diary["emoji"], ids.signed_note}
    row = tab.model.row_of(diary["emoji"])
    html = tab.model.index(row, TEXT).data(HTML_ROLE)
    assert '<span style="background:#ffe38a;">Bella</span>' in html
    tab.table.selectRow(row)
    assert tab.detail.highlighted_words() == ["Bella"]  # right place after the emoji (UTF-16)
    tab.filters.search.setText('"Bella" OR *')  # FTS syntax is searched as plain words
    tab.filters.apply_now()
    assert tab.model.rowCount() == 0 and "Ingen notater passer" in tab.details.toPlainText()


def test_timeline_interleaves_notes_appointments_and_ratings(qtbot, window, service, ids) -> None:
    from caseapp.domain.models import Rating

    service.plans.add_rating(Rating(ids.subgoal, RatingScale.FFB_0_4, 2, sample.TODAY))
    tab = _diary(window, ids.aase)
    qtbot.mouseClick(tab.filters.timeline_button, Qt.MouseButton.LeftButton)
    assert tab.lists.currentWidget() is tab.timeline_table
    kinds = [tab.timeline.index(r, 1).data().split(" · ")[0] for r in range(tab.timeline.rowCount())]
    assert {"Notat", "Aftale", "Vurdering"} <= set(kinds)
    note_row = kinds.index("Notat")
    tab.timeline_table.selectRow(note_row)
    assert "hunden Bella" in tab.details.toPlainText()
    qtbot.mouseClick(tab.filters.timeline_button, Qt.MouseButton.LeftButton)
    assert tab.lists.currentWidget() is tab.table


def test_the_list_fetches_lazily(qtbot, qtmodeltester, service, ids) -> None:
    with service._db.atomic():
        for i in range(450):
            _add(service, ids.dorthe, f"Notat nummer {i}", i % 300, sign=False)
    model = NotesListModel(service)
    model.set_filter(NoteFilter(citizen_id=ids.dorthe))
    assert model.total == 451 and model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 451
    times = [model.note_at(r).occurred_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)


def test_paging_shows_every_note_once_with_ties_and_a_note_written_meanwhile(
    qtbot, service, ids
) -> None:
    with service._db.atomic():  # 120 notes at three moments: ties in the sort key across pages
        made = [_add(service, ids.dorthe, f"Notat nummer {i}", i % 3, sign=i % 2 == 0)
                for i in range(120)]  # fmt: skip
    model = NotesListModel(service, page_size=7)
    model.set_filter(NoteFilter(citizen_id=ids.dorthe))
    model.fetchMore(QModelIndex())
    _add(service, ids.dorthe, "Skrevet mens listen blev læst", -1)  # newer than every row shown
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = [model.note_at(r).id for r in range(model.rowCount())]
    assert len(shown) == len(set(shown)) == 121  # the sample's own note and the 120
    assert set(made) <= set(shown)
    keys = [(model.note_at(r).occurred_at, model.note_at(r).id) for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)


def test_the_view_fetches_when_scrolled_and_jumps_to_old_notes(qtbot, window, service, ids) -> None:
    with service._db.atomic():
        made = [_add(service, ids.dorthe, f"Notat nummer {i}", i, sign=False) for i in range(420)]
    tab = _diary(window, ids.dorthe)
    assert tab.model.rowCount() == 200
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 200, timeout=3000)
    assert tab.select_note(made[-1])  # the oldest: loaded down to it
    assert tab.selected_notes()[0].id == made[-1]


def test_list_models_pass_the_model_tester(qtmodeltester, window, service, ids, diary) -> None:
    tab = _diary(window, ids.aase)
    tab.filters.search.setText("Åse")
    tab.filters.apply_now()
    qtmodeltester.check(tab.model)
    tab.show_timeline(True)
    qtmodeltester.check(tab.timeline)


# -- monthly summary ---------------------------------------------------------------------------


def test_monthly_summary_saves_summary_drafts_and_ratings(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    tab.month_summary_dialog = MonthSummaryDialog
    dialog = tab.open_month_summary()
    qtbot.addWidget(dialog)
    assert dialog.month == dt.date(2025, 10, 1)  # default: the last month
    assert dialog.month_combo.currentText() == "Oktober 2025"
    dialog.select_month(dt.date(2025, 11, 1))
    group = dialog.group_for(ids.subgoal)
    assert "hunden Bella" in group.notes.toPlainText()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(group.summary, "Åse deltog i fællesspisningen hver tirsdag.")
    group.set_rating(RatingScale.FFB_0_4, 3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    summaries = service.diary.find_notes(NoteFilter(citizen_id=ids.aase, kinds=(NoteKind.SUMMARY,)))
    assert [(n.goal_ids, n.state, n.text) for n in summaries] == [
        ((ids.subgoal,), RecordState.DRAFT, "Åse deltog i fællesspisningen hver tirsdag.")]
    assert summaries[0].occurred_at == dt.datetime(2025, 11, 30, 16, 0)
    assert [(r.scale, r.value) for r in service.plans.ratings(ids.subgoal)] == [(RatingScale.FFB_0_4, 3)]
    assert "gemt som kladder" in dialog.status_label.text()
    assert tab.model.row_of(summaries[0].id) is not None  # the list was refreshed


def test_closing_the_summary_keeps_what_was_written(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    dialog = tab.open_month_summary(dt.date(2025, 11, 1))
    qtbot.keyClicks(dialog.group_for(ids.subgoal).summary, "Skrevet, ikke gemt")
    dialog.reject()  # as when the app locks
    texts = [n.text for n in service.diary.pending_drafts() if n.kind == NoteKind.SUMMARY]
    assert texts == ["Skrevet, ikke gemt"]


def test_today_reminds_of_months_without_summary(qtbot, window, service, ids) -> None:
    _add(service, ids.aase, "Åse kom til fællesspisning.", 45, goals=[ids.subgoal])
    digest = build_today(service, sample.NOW)
    assert digest.summaries_due == [(ids.aase, [dt.date(2025, 10, 1)])]
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    section = window.today_view.summaries_due
    assert section.texts() == ["Åse Nørgaard – Oktober 2025"]
    section.items.setCurrentRow(0)
    qtbot.keyClick(section.items, Qt.Key.Key_Return)
    dialog = window.citizen_page.notes.month_dialog
    assert dialog is not None and dialog.month == dt.date(2025, 10, 1)
    qtbot.keyClicks(dialog.group_for(ids.subgoal).summary, "Åse kom en gang.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert build_today(service, sample.NOW).summaries_due == []


# -- appointments, drafts offered back ---------------------------------------------------------


def test_today_held_without_note_opens_a_note_for_the_appointment(qtbot, window, ids) -> None:
    items = window.today_view.unnoted.items
    items.setCurrentRow(0)
    qtbot.keyClick(items, Qt.Key.Key_Return)
    tab = window.citizen_page.notes
    assert window.citizen_page.tabs.currentWidget() is tab
    assert tab.right.currentWidget() is tab.editor
    assert tab.editor.appointment.currentData() == ids.held_without_note
    assert tab.editor.kind.currentData() == NoteKind.CONVERSATION.value
    assert tab.editor.occurred.dateTime().toPython() == dt.datetime(2025, 11, 21, 9, 0)


def test_appointments_tab_action_writes_a_note(qtbot, window, service, ids) -> None:
    window.open_citizen(ids.aase, "appointments")
    page = window.citizen_page
    held = next(a for a in service.calendar.citizen_appointments(ids.aase) if a.status == "held")
    assert page.appointments.select(lambda a: a.id == held.id)
    page.appointments.table.actions()[0].trigger()
    assert page.tabs.currentWidget() is page.notes
    assert page.notes.editor.appointment.currentData() == held.id
    assert page.notes.editor.kind.currentData() == NoteKind.HOME_VISIT.value


def test_pending_drafts_are_offered_back(qtbot, window, service, ids) -> None:
    asked = []
    opened = offer_pending_drafts(window, sample.TODAY,
                                  ask=lambda _parent, drafts: asked.append(drafts) or True)
    assert len(asked[0].notes) == 2
    assert sorted(q.editor.note_id for q in opened) == sorted(d.id for d in asked[0].notes)
    assert any(q.editor.text.toPlainText() == "Bjørn ringede om ventetiden." for q in opened)
    for quick in opened:
        quick.close()
    assert wait_for_all()
    assert offer_pending_drafts(window, sample.TODAY, ask=lambda _p, _d: False) == []


def test_draft_from_today_opens_in_the_editor(qtbot, window, ids) -> None:
    drafts = window.today_view.drafts
    row = next(i for i, t in enumerate(drafts.texts()) if "Bjørn" in t)
    drafts.items.setCurrentRow(row)
    qtbot.keyClick(drafts.items, Qt.Key.Key_Return)
    tab = window.citizen_page.notes
    assert tab.right.currentWidget() is tab.editor and tab.editor.note_id == ids.draft_note


# -- into the official system ------------------------------------------------------------------


def test_copy_to_the_official_system_and_mark_entered(qtbot, window, service, ids, diary) -> None:
    tab = _diary(window, ids.aase)
    asked: list[int] = []
    tab.ask_mark_entered = lambda count: asked.append(count) or True
    tab.table.setFocus()
    tab.table.selectAll()
    picked = tab.selected_notes()
    qtbot.keyClick(tab.table, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    goals = {g.id: g for g in service.plans.goals(ids.aase)}
    assert QApplication.clipboard().text() == notes_as_text(picked, goals)
    assert "Delmål: Åse tager selv bussen til praktikstedet." in QApplication.clipboard().text()
    assert asked == [4]  # the draft is copied but not marked
    assert service.diary.note(diary["phone"]).entered_official_on == sample.TODAY
    assert service.diary.note(diary["draft"]).entered_official_on is None
    assert "4 markeret som ført" in tab.status.currentMessage()
    tab.filters.not_entered.setChecked(True)
    assert tab.model.rowCount() == 0


def test_copy_without_marking(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    tab.ask_mark_entered = lambda _count: False
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert "hunden Bella" in QApplication.clipboard().text()
    assert service.diary.note(ids.signed_note).entered_official_on is None


# -- bad input ---------------------------------------------------------------------------------


def test_an_empty_note_cannot_be_saved_or_signed(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab, "   ")
    assert not editor.save_button.isEnabled() and not editor.sign_button.isEnabled()
    before = service.diary.note_count(ids.aase)
    editor.confirm_sign = lambda: True  # the question itself: tests/ui/diary/test_sign_question.py
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, CTRL)
    assert service.diary.note_count(ids.aase) == before
    assert "tomt" in tab.status.currentMessage()


def test_a_huge_note_is_refused_and_nothing_is_lost(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab, "Begyndelsen. ")
    editor.autosave()
    first = editor.note_id
    huge = "Begyndelsen. " + "ord " * 25_000  # 100,013 characters
    editor.text.setPlainText(huge)
    assert editor.count_label.property("alert") is True
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "for langt" in tab.status.currentMessage() and "Intet er slettet" in tab.status.currentMessage()
    assert editor.text.toPlainText() == huge  # still in the editor
    assert service.diary.note(first).text == "Begyndelsen."  # the last stored draft is unharmed
    editor.text.setPlainText(huge[:90_000])
    assert editor.save()
    assert len(service.diary.note(first).text) <= 90_000


def test_pasted_control_and_direction_marks_are_cleaned(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab)
    editor.text.insertPlainText("Åse\u202e kom\u0007 kl. 9\u200f.")
    assert editor.save()
    assert service.diary.note(editor.note_id).text == "Åse kom kl. 9."


def test_signing_twice_and_editing_a_signed_note_are_refused(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    tab.open_draft(ids.signed_note)  # a signed note opens read-only
    editor = tab.editor
    assert editor.is_read_only() and not editor.sign() and not editor.save()
    assert service.diary.note(ids.signed_note).text.endswith("hunden Bella.")
    other = Goal(ids.dorthe, GoalLevel.LONG_TERM, "Dorthe er i job.")
    other_id = service.plans.add_goal(other)
    tab.new_note()
    assert other_id not in tab.editor.goals.boxes  # only the citizen's own sub-goals are offered


def test_focus_out_and_locking_store_the_draft(qtbot, window, service, ids) -> None:
    tab = _diary(window, ids.aase)
    editor = _new(qtbot, tab)
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus, timeout=2000)
    qtbot.keyClicks(editor.text, "Skrevet før fokus skiftede")
    tab.filters.search.setFocus()  # leaving the text stores it at once
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=2000)
    assert service.diary.note(editor.note_id).text == "Skrevet før fokus skiftede"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    quick = window.findChild(QuickNoteWindow)
    qtbot.keyClicks(quick.editor.text, "Skrevet i hurtignotatet")
    window.lock()  # the lock closes dialogs: the quick note is stored first
    assert wait_for_all()
    assert "Skrevet i hurtignotatet" in [d.text for d in service.diary.pending_drafts()]
