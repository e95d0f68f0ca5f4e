"""I dag's "Ikke ført – borger slettet": a kept note of a purged citizen is listed with its
text, can be copied, and once marked filed (after one question) it is gone from the card and
from the database. The note is kept by the real storage code a colleague's purge runs
(storage/purged_notes.py, called from sync/team_purge.apply_purge)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService
from caseapp.storage import purge, purged_notes
from tests.ui import sample
from ui.today.today_data import build_today
from ui.today.today_view import TodayView

TEXT = "Åse ringede om huslejen; aftalt møde på fredag."


def _purged_with_kept_note(service: CaseService, ids: sample.Sample) -> None:
    """A signed, unfiled note of a shared citizen (its rows carry uuids, as sharing gives
    them) is kept, then the citizen is purged, as a colleague's purge arriving at the note's
    author's laptop does."""
    db = service._db
    note_id = service.diary.save_draft(DiaryNote(ids.aase, NoteKind.OBSERVATION, sample.NOW, TEXT))
    service.diary.sign_note(note_id, sample.NOW)
    uuid = "5" * 32
    db.execute("UPDATE notes SET uuid = ? WHERE id = ?", [uuid, note_id])
    with db.atomic():
        assert purged_notes.keep(db, ids.aase, f"borger {ids.aase}", [uuid], sample.NOW) == 1
        purge.remove(db, ids.aase, f"borger {ids.aase}", None, "Birgit", "pc", sample.NOW)


def test_a_kept_note_is_shown_copied_and_gone_once_marked_filed(qtbot, service: CaseService,
                                                               ids: sample.Sample) -> None:
    view = TodayView()
    qtbot.addWidget(view)
    view.show()
    view.show_digest(build_today(service, sample.NOW))
    assert view.purged_notes.isHidden()  # nothing kept: no card

    _purged_with_kept_note(service, ids)
    view.show_digest(build_today(service, sample.NOW))
    card = view.purged_notes
    assert card.isVisible()
    assert card.title.text() == "Ikke ført – borger slettet (1)"
    assert card.texts()[0].startswith(f"borger {ids.aase} · underskrevet 24.11.2025: Åse ringede om huslejen")
    assert "Åse Nørgaard" not in card.texts()[0]
    assert card.text.toPlainText() == TEXT
    qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == TEXT

    view.purged_note_filed.connect(service.records.mark_purged_note_filed)
    card.confirm_filed = lambda: False  # "Annullér": nothing happens
    qtbot.mouseClick(card.filed_button, Qt.MouseButton.LeftButton)
    assert len(service.records.purged_unfiled_notes()) == 1
    card.confirm_filed = lambda: True
    qtbot.mouseClick(card.filed_button, Qt.MouseButton.LeftButton)
    assert service.records.purged_unfiled_notes() == []
    view.show_digest(build_today(service, sample.NOW))
    assert card.isHidden()
    assert service._db.execute("SELECT count(*) FROM purged_unfiled_notes").fetchone()[0] == 0


def test_marking_a_kept_note_filed_in_the_window_removes_it_and_i_dag_reads_again(
        qtbot, window, service: CaseService, ids: sample.Sample) -> None:
    """The window, not the test, hands the card's "Markér som ført …" to the core."""
    from ui.common.worker import wait_for_all
    from ui.shell import sidebar

    _purged_with_kept_note(service, ids)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    window.show_page(sidebar.TODAY)
    card = window.today_view.purged_notes
    assert card.isVisible()
    card.confirm_filed = lambda: True
    qtbot.mouseClick(card.filed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.records.purged_unfiled_notes() == [], timeout=10_000)
    wait_for_all()
    qtbot.waitUntil(lambda: card.isHidden(), timeout=10_000)
    assert window.errors == []
