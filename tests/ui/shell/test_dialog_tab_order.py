"""Every dialog: Tab goes through its controls in reading order, and Escape closes it.

Every QDialog subclass in ui/ is found by importing the package, so a new dialog without an entry
in BUILDERS fails the first test. Each dialog is built as its view builds it, shown, and walked by
pressing Tab as a user does, from its first control round to where it began. Reading order is
top to bottom and, on one line, left to right: each step goes to a control below the last one, or
to one on its right (the same line, or the top of the next column). Then Escape closes it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

import ui
from caseapp.domain.followup import Effort
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.shell import english_sample
from tests.ui.shell.first_run_walk import each_page_filled_in, shown_first_run
from tests.ui.shell.test_accessible_names import _more_dialogs
from tests.ui.shell.test_english_views import _dialogs
from ui.common.worker import wait_for_all

SLACK = 4  # pixels: a focus frame, a baseline nudge
BASES = {"SavingDialog", "TeamDialog"}  # bases the dialogs below fill in; never shown as they are

Builder = Callable[[CaseService, int], QWidget]


def _from(table: Callable[[CaseService, int], dict[str, Callable[[], QWidget]]],
          name: str) -> Builder:
    return lambda service, alice: table(service, alice)[name]()


def _effort(service: CaseService, alice: int) -> QWidget:
    from ui.followup.effort_dialog import EffortDialog

    return EffortDialog(alice, sample.TODAY, service.plans.goals(alice), service.citizens.contacts(alice))


def _effort_end(_service: CaseService, alice: int) -> QWidget:
    from ui.followup.effort_end_dialog import EffortEndDialog

    effort = Effort(alice, "Mentor", sample.TODAY - dt.timedelta(days=90),
                    sample.TODAY + dt.timedelta(days=10), id=1)
    return EffortEndDialog(effort, sample.TODAY)


def _document(_service: CaseService, alice: int) -> QWidget:
    from ui.followup.document_dialog import DocumentDialog

    return DocumentDialog(alice, sample.TODAY)


def _handover(service: CaseService, alice: int) -> QWidget:
    from ui.citizen.handover_dialog import HandoverDialog

    return HandoverDialog(service.reports.handover_summary(alice, sample.TODAY),
                          service.team.handover_state(alice), ["sagsbehandler-2"], "Anne")


def _team_view(service: CaseService, _alice: int) -> QWidget:
    from ui.status.team_view_dialog import TeamViewDialog

    return TeamViewDialog(service, lambda: sample.TODAY)


def _quick_note(service: CaseService, alice: int) -> QWidget:
    """Hurtignotat with a citizen chosen: the fields open only then."""
    window = _dialogs(service, alice)["quick note"]()
    window.start(alice)  # type: ignore[attr-defined]
    return window


def _passphrase(_service: CaseService, _alice: int) -> QWidget:
    from ui.shell.passphrase_dialog import PassphraseDialog

    return PassphraseDialog("")


def _meeting(service: CaseService, alice: int) -> QWidget:
    from ui.followup.meeting_dialog import MeetingDialog

    # in a team: the members to tick come before the others typed (outside a team they are hidden)
    return MeetingDialog(alice, "Alice Brown", sample.TODAY, "Anne", service.citizens.contacts(alice),
                         team=("Anne", "Bo Ærø"))


def _minutes(service: CaseService, alice: int) -> QWidget:
    from caseapp.domain.enums import MeetingKind, ParticipantKind
    from caseapp.domain.meetings import Meeting, Participant
    from ui.followup.minutes_dialog import MinutesDialog

    at = dt.datetime.combine(sample.TODAY, dt.time(13))
    meeting_id = service.meetings.add(Meeting(
        alice, MeetingKind.NETWORK, at, at + dt.timedelta(hours=1),
        participants=(Participant(ParticipantKind.COLLEAGUE, name="Anne", coordinator=True),)))
    return MinutesDialog(service, meeting_id, service.plans.goals(alice), sample.TODAY)


def _consent_review(service: CaseService, alice: int) -> QWidget:
    from ui.citizen.consent_review_dialog import ConsentReviewDialog

    return ConsentReviewDialog(service.consent_scopes.with_proposals(alice), service.citizens.contacts(alice))


BUILDERS: dict[str, Builder] = {
    "MeetingDialog": _meeting,
    "MinutesDialog": _minutes,
    "ConsentReviewDialog": _consent_review,
    "AccessLogDialog": _from(_more_dialogs, "access log"),
    "CloseCaseDialog": _from(_more_dialogs, "close case"),
    "ConsentDialog": _from(_dialogs, "consent"),
    "ContactDialog": _from(_dialogs, "contact"),
    "HandoverDialog": _handover,
    "PdfPreviewDialog": _from(_more_dialogs, "pdf preview"),
    "MonthSummaryDialog": _from(_dialogs, "month summary"),
    "QuickNoteWindow": _quick_note,
    "DocumentDialog": _document,
    "EffortDialog": _effort,
    "EffortEndDialog": _effort_end,
    "RatingDialog": _from(_dialogs, "rating"),
    "PassphraseDialog": _passphrase,
    "SearchDialog": _from(_dialogs, "search"),
    "SettingsDialog": _from(_dialogs, "settings"),
    "BatchExportDialog": _from(_dialogs, "batch export"),
    "TeamViewDialog": _team_view,
    "ConflictDialog": _from(_more_dialogs, "conflicts"),
    "CreateTeamDialog": _from(_more_dialogs, "create team"),
    "InviteDialog": _from(_more_dialogs, "invite"),
    "JoinTeamDialog": _from(_more_dialogs, "join team"),
    "LeaveTeamDialog": _from(_more_dialogs, "leave team"),
    "MembersDialog": _from(_more_dialogs, "members"),
    "CancelDialog": _from(_dialogs, "cancel"),
    "AppointmentDialog": _from(_dialogs, "appointment"),
    "PlanWeekDialog": _from(_dialogs, "plan week"),
}


def dialog_classes() -> set[str]:
    """The names of every QDialog subclass defined in ui/ (the wizard is walked page by page)."""
    found = set()
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        loaded = importlib.import_module(module.name)
        for name, cls in inspect.getmembers(loaded, inspect.isclass):
            if (issubclass(cls, QDialog) and cls.__module__ == loaded.__name__
                    and not issubclass(cls, QWizard)):
                found.add(name)
    return found - BASES


def _where(widget: QWidget, within: QWidget | None = None) -> QRect:
    """The widget's place in `within` (its window by default); inside a scroll area that `within`
    holds, the scroll area's place: the eye reads the area's content where the area stands."""
    within = within or widget.window()
    shown, node = widget, widget
    while node is not None and node is not within:
        if isinstance(node, QAbstractScrollArea):
            shown = node
        node = node.parentWidget()
    return QRect(shown.mapTo(within, QPoint(0, 0)), shown.size())


def _common_ancestor(a: QWidget, b: QWidget) -> QWidget:
    above_a = []
    node: QWidget | None = a
    while node is not None:
        above_a.append(node)
        node = node.parentWidget()
    node = b
    while node is not None and node not in above_a:
        node = node.parentWidget()
    return node or a.window()


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(text(), str) else widget.accessibleName()
    rect = _where(widget)
    return f"{type(widget).__name__} {shown[:30]!r} at ({rect.x()},{rect.y()})"


def tab_walk(qtbot: QtBot, window: QWidget, limit: int = 120) -> list[QWidget]:
    """The controls Tab visits, from the window's first one round to it again (a field that takes
    a Tab per section before letting go is listed once)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    first = window.focusWidget() or window
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is visited[0]:
            return visited
        if now is not visited[-1]:
            visited.append(now)
    raise AssertionError("Tab never came back round: " + ", ".join(map(_describe, visited)))


def out_of_order(visited: list[QWidget]) -> list[str]:
    """The steps that go up, or left on the same line, reading from the top left control."""
    first = min(visited, key=lambda w: (_where(w).top(), _where(w).left()))
    start = visited.index(first)
    visited = visited[start:] + visited[:start]
    wrong = []
    for before, after in zip(visited, visited[1:], strict=False):
        common = _common_ancestor(before, after)
        a, b = _where(before, common), _where(after, common)
        below = b.top() >= a.bottom() - SLACK
        right = b.left() >= a.right() - SLACK and b.top() <= a.bottom()
        if not (below or right):
            wrong.append(f"{_describe(before)} -> {_describe(after)}")
    return wrong


def test_every_dialog_has_a_tab_order_test() -> None:
    assert dialog_classes() == set(BUILDERS)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_tab_follows_reading_order_and_escape_closes(
    qtbot: QtBot, service: CaseService, name: str,
) -> None:
    alice = english_sample.fill(service)
    dialog = BUILDERS[name](service, alice)
    assert type(dialog).__name__ == name
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_all()
    visited = tab_walk(qtbot, dialog)
    assert len(visited) >= 2, [_describe(w) for w in visited]
    wrong = out_of_order(visited)
    assert not wrong, "\n".join(["Tab order:", *map(_describe, visited), "Out of order:", *wrong])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


@pytest.mark.parametrize("needs_passphrase", [False, True])
def test_each_first_run_page_in_reading_order(qtbot: QtBot, needs_passphrase: bool) -> None:
    wizard = shown_first_run(qtbot, needs_passphrase)
    problems = []
    for page_id in each_page_filled_in(wizard):
        problems += [f"page {page_id}: {step}" for step in out_of_order(tab_walk(qtbot, wizard))]
    assert not problems, "\n".join(problems)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=2000)


def test_a_step_up_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    top, middle, bottom = QLineEdit(), QLineEdit(), QLineEdit()
    for field in (top, middle, bottom):
        layout.addWidget(field)
    QWidget.setTabOrder(top, bottom)
    QWidget.setTabOrder(bottom, middle)
    dialog.show()
    assert len(out_of_order(tab_walk(qtbot, dialog))) == 1
