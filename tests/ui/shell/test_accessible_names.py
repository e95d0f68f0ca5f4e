"""Every control a keyboard can reach has a name a screen reader can announce.

The main window on the demo caseload, each page and each of a citizen's tabs, the lock screen,
and the dialogs a person opens (Hurtignotat, Indstillinger, search, the first-run wizard, the
passphrase dialog, …): every visible widget that takes focus must be named. A name is what Qt's
accessibility layer hands Orca (QAccessibleInterface.text(Name)): an accessible name, the text of
a QLabel whose buddy it is when both share a parent widget, the title of the group box it sits
in, or, for a button or a label, its own text. The text a line edit, spin box or combo box holds
is its value, not its name. A widget that hands its focus on (a tab widget to its tab bar) is
still announced, so it counts too. test_atspi_walk.py checks the same from outside, over AT-SPI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from caseapp.demo.generator import generate_demo
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.shell import english_sample
from tests.ui.shell.first_run_walk import each_page_filled_in, shown_first_run
from tests.ui.shell.test_english_views import DIALOGS, _dialogs
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_dialog import PassphraseDialog


def _inner_editor(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box: Qt announces its owner."""
    return isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for one widget: what Qt's accessibility layer hands
    AT-SPI. A label names its buddy only when both sit under the same parent widget."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """The visible, focusable widgets under root that have no name, described for a developer."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                or _inner_editor(widget)):
            continue
        if not accessible_name(widget):
            owner = widget.parentWidget()
            where = []
            while owner is not None and len(where) < 3:
                where.append(type(owner).__name__)
                owner = owner.parentWidget()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {'/'.join(where)}"
                         f" (tooltip {widget.toolTip()!r})")
    return sorted(set(found))


@pytest.fixture
def demo_window(qtbot: QtBot, service: CaseService) -> Iterator[MainWindow]:
    generate_demo(service._db, citizens=6, years=1, seed=2, today=sample.TODAY)
    window = MainWindow(service, now=lambda: sample.NOW)
    window.errors = []  # type: ignore[attr-defined]
    window.show_error = lambda _parent, exc: window.errors.append(exc)  # type: ignore[attr-defined]
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.caseload_loaded, timeout=20_000):
        window.refresh()
    yield window
    wait_for_all()


PAGES = {"I dag": sidebar.TODAY, "Uge": sidebar.WEEK, "Sagsstamme": sidebar.CASELOAD}
TABS = ("overview", "appointments", "plan", "notes", "status")


def test_every_page_and_tab_names_its_controls(demo_window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}
    for name, page in PAGES.items():
        demo_window.show_page(page)
        wait_for_all()
        problems[name] = unnamed(demo_window)
    citizen = max(demo_window.caseload, key=lambda c: c.active_subgoals).id
    for tab in TABS:
        assert demo_window.open_citizen(citizen, tab)
        wait_for_all()
        problems[tab] = unnamed(demo_window)
    plan = demo_window.citizen_page.plan
    assert demo_window.open_citizen(citizen, "plan")
    actions = [key for key in plan.model.keys() if key[0] == "action"]  # type: ignore[attr-defined]
    assert actions
    plan.tree.select_key(actions[0])  # type: ignore[attr-defined]
    problems["plan, an action"] = unnamed(demo_window)
    demo_window.lock()
    problems["lock screen"] = unnamed(demo_window)
    shown = {where: widgets for where, widgets in problems.items() if widgets}
    assert not shown, "\n".join(f"{where}: {w}" for where, ws in shown.items() for w in ws)


def test_the_quick_note_names_its_controls(demo_window: MainWindow, qtbot: QtBot) -> None:
    from ui.shell.quick_note import open_quick_note

    citizen = demo_window.caseload[0].id
    quick = open_quick_note(demo_window, citizen)
    assert quick is not None
    qtbot.addWidget(quick)
    wait_for_all()
    assert not unnamed(quick), "\n".join(unnamed(quick))


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_names_its_controls(qtbot: QtBot, service: CaseService, name: str) -> None:
    alice = english_sample.fill(service)
    widget = _dialogs(service, alice)[name]()
    qtbot.addWidget(widget)
    widget.show()
    wait_for_all()
    if name == "lock screen":
        widget.prepare()  # type: ignore[attr-defined]
    assert not unnamed(widget), "\n".join(unnamed(widget))


def _more_dialogs(service: CaseService, alice: int) -> dict[str, Callable[[], QWidget]]:
    from ui.citizen.access_log_dialog import AccessLogDialog
    from ui.citizen.close_case_dialog import CloseCaseDialog
    from ui.common.pdf_preview_dialog import PdfPreviewDialog
    from ui.sync.conflict_dialog import ConflictDialog
    from ui.sync.create_team_dialog import CreateTeamDialog
    from ui.sync.invite_dialog import InviteDialog
    from ui.sync.join_team_dialog import JoinTeamDialog
    from ui.sync.leave_team_dialog import LeaveTeamDialog
    from ui.sync.members_dialog import MembersDialog

    def preview() -> QWidget:
        from caseapp.reports.overview_pdf import build_overview_pdf, overview_data

        pdf = build_overview_pdf(overview_data(service._db, today=sample.TODAY))
        return PdfPreviewDialog(pdf, "Sagsstamme", "sagsstamme.pdf")

    return {
        "close case": lambda: CloseCaseDialog("Alice Brown", 30, sample.TODAY),
        "access log": lambda: AccessLogDialog(service, alice, "Alice Brown"),
        "create team": lambda: CreateTeamDialog(service),
        "join team": lambda: JoinTeamDialog(service),
        "conflicts": lambda: ConflictDialog(service),
        "invite": lambda: InviteDialog(service),
        "members": lambda: MembersDialog(service),
        "leave team": lambda: LeaveTeamDialog(service, "Team Øst"),
        "pdf preview": preview,
    }


@pytest.mark.parametrize("name", ["close case", "access log", "create team", "join team",
                                  "conflicts", "invite", "members", "leave team", "pdf preview"])
def test_the_case_and_team_dialogs_name_their_controls(
    qtbot: QtBot, service: CaseService, name: str,
) -> None:
    alice = english_sample.fill(service)
    widget = _more_dialogs(service, alice)[name]()
    qtbot.addWidget(widget)
    widget.show()
    wait_for_all()
    assert not unnamed(widget), "\n".join(unnamed(widget))


@pytest.mark.parametrize("needs_passphrase", [False, True])
def test_every_first_run_page_names_its_controls(qtbot: QtBot, needs_passphrase: bool) -> None:
    wizard = shown_first_run(qtbot, needs_passphrase)
    problems = []
    for _page_id in each_page_filled_in(wizard):
        problems += unnamed(wizard)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not problems, "\n".join(problems)


def test_the_passphrase_dialog_names_its_field(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not unnamed(dialog), "\n".join(unnamed(dialog))


def test_an_unnamed_field_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named, bare, labelled = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Navn")
    label = QLabel("&Telefon")
    label.setBuddy(labelled)
    for widget in (named, bare, label, labelled):
        layout.addWidget(widget)
    root.show()
    assert len(unnamed(root)) == 1
