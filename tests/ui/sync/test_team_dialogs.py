"""Setting a team up from the desktop, on a real PostgreSQL: Team → Opret team (the invite shown
once, with Kopiér), Deltag i team on a second laptop with that invite, both sync and the shared
citizen arrives; Invitér, Medlemmer (removing a member), Forlad team; a wrong invite and an
unreachable server each give one sentence and change nothing; and the sync at start-up."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseapp.domain.models import Citizen
from caseapp.service import CaseService
from tests.sync.helpers import Laptop
from tests.ui.helpers import model_texts
from tests.ui.sync.conftest import ANNE, NAME, Shown, Team, open_window
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow
from ui.sync.create_team_dialog import CreateTeamDialog
from ui.sync.invite_dialog import InviteDialog
from ui.sync.join_team_dialog import JoinTeamDialog
from ui.sync.leave_team_dialog import LeaveTeamDialog
from ui.sync.members_dialog import MembersDialog
from ui.sync.members_model import MembersModel

NOTE = "Karen lavede selv aftensmad og fortalte om sin søster."
DOWN = "host=127.0.0.1 port=1 dbname=caseapp user=ingen connect_timeout=2"


class Windows:
    """Main windows on laptops' databases, closed (and their services) at the end."""

    def __init__(self, qtbot, shown: Shown) -> None:
        self._qtbot, self._shown = qtbot, shown
        self._open: list[tuple[MainWindow, CaseService]] = []

    def open(self, machine: Laptop) -> MainWindow:
        service = machine.service()
        window = open_window(self._qtbot, service, self._shown)
        self._open.append((window, service))
        return window

    def close_all(self) -> None:
        wait_for_all()
        for window, service in self._open:
            window.close()
            service.close()


@pytest.fixture
def windows(qtbot, shown: Shown) -> Iterator[Windows]:
    opened = Windows(qtbot, shown)
    yield opened
    opened.close_all()


def _press_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    wait_for_all()


def _sync(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.team_sync.runner.synced, timeout=30_000):
        window.team_sync.sync_action.trigger()
    wait_for_all()


def _menu_state(window: MainWindow) -> dict[str, bool]:
    sync = window.team_sync
    return {name: getattr(sync, f"{name}_action").isEnabled()
            for name in ("create", "join", "invite", "members", "leave")}


OUTSIDE = {"create": True, "join": True, "invite": False, "members": False, "leave": False}
INSIDE = {"create": False, "join": False, "invite": True, "members": True, "leave": True}


def test_create_join_and_sync_from_the_menus(qtbot, laptop, windows: Windows, shown: Shown):
    a, b = laptop("a"), laptop("b")
    with a.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name=ANNE))
        citizen = service.citizens.add_citizen(Citizen(name=NAME, cpr="120385-1236"))
    a_window = windows.open(a)
    assert _menu_state(a_window) == OUTSIDE

    # A: Team → Opret team …, typed and accepted with Enter
    a_window.team_sync.create_action.trigger()
    create = a_window.team_sync.team_dialog
    assert isinstance(create, CreateTeamDialog) and create.isVisible() and create.isModal()
    qtbot.keyClicks(create.server, a.url)
    qtbot.keyClicks(create.name, "Bostedet Lærkevej")
    _press_enter(qtbot, create.name)
    qtbot.waitUntil(lambda: create.showing_result, timeout=30_000)
    code = create.invite.code_view.toPlainText()
    assert len(code) > 60 and create.invite.code_view.isReadOnly()
    assert "Bostedet Lærkevej" in create.done_text.text()
    assert "nøgle" in create.invite.warning.text() and "7 dage" in create.invite.warning.text()
    assert "én maskine" in create.invite.warning.text()
    qtbot.mouseClick(create.invite.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == code
    assert create.close_button.isDefault()
    _press_enter(qtbot, create.invite.copy_button)  # Enter takes the default button: Luk
    assert not create.isVisible()
    qtbot.waitUntil(lambda: _menu_state(a_window) == INSIDE, timeout=20_000)
    assert a_window.team_sync.widget.isVisible()
    with a.service() as service:
        assert service.team.sync_status().team_name == "Bostedet Lærkevej"
        service.team.share_citizen(citizen)

    # B: Team → Deltag i team …, the invite pasted from the clipboard
    b_window = windows.open(b)
    b_window.team_sync.join_action.trigger()
    join = b_window.team_sync.team_dialog
    assert isinstance(join, JoinTeamDialog)
    qtbot.keyClicks(join.server, b.url)
    join.code.setFocus()
    qtbot.keyClick(join.code, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert join.code.text() == code
    _press_enter(qtbot, join.code)
    qtbot.waitUntil(lambda: join.showing_result, timeout=30_000)
    assert "når den kollega, der inviterede dig, har synkroniseret" in join.done_text.text()
    assert join.problem() == ""
    qtbot.keyClick(join, Qt.Key.Key_Escape)
    assert not join.isVisible()
    qtbot.waitUntil(lambda: _menu_state(b_window) == INSIDE, timeout=20_000)

    # the inviter syncs (vouching for B), then the joiner syncs and sees the shared citizen
    _sync(qtbot, a_window)
    assert NAME not in [c.name for c in b_window.caseload]
    _sync(qtbot, b_window)
    qtbot.waitUntil(lambda: NAME in [c.name for c in b_window.caseload], timeout=20_000)
    assert b_window.team_sync.widget.text().startswith("Synkroniseret kl. ")
    assert shown.boxes == []


def test_invite_members_remove_and_leave(qtbot, team: Team, windows: Windows, shown: Shown,
                                         monkeypatch):
    a_window = windows.open(team.a)
    assert _menu_state(a_window) == INSIDE

    # Invitér …: a new code, shown once with Kopiér
    a_window.team_sync.invite_action.trigger()
    invite = a_window.team_sync.team_dialog
    assert isinstance(invite, InviteDialog)
    _press_enter(qtbot, invite.for_role)
    qtbot.waitUntil(lambda: invite.showing_result, timeout=30_000)
    code = invite.invite.code()
    assert len(code) > 60 and invite.invite.code_view.toPlainText() == code
    invite.invite.copy_button.click()
    assert QApplication.clipboard().text() == code
    invite.close_button.click()

    # Medlemmer …: both members, the creator marked, their machines
    a_window.team_sync.members_action.trigger()
    members = a_window.team_sync.team_dialog
    assert isinstance(members, MembersDialog)
    qtbot.waitUntil(lambda: members.model.rowCount() == 2, timeout=30_000)
    texts = model_texts(members.model)
    assert f"{team.a.role} (dig)" in texts and team.b.role in texts
    assert "Opretter" in texts and "Medlem" in texts
    b_row = next(r for r in range(2) if members.model.member_at(r).role == team.b.role)
    assert members.model.index(b_row, 2).data() == team.b.state("device_id")[:8]
    assert members.is_creator and members.remove_button.isVisible()

    members.table.selectRow(1 - b_row)  # one cannot remove oneself
    assert not members.remove_button.isEnabled()
    members.table.selectRow(b_row)
    assert members.remove_button.isEnabled()

    # the confirmation names the key change; "Annuller" removes no one
    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    members.remove_button.click()
    wait_for_all()
    assert len(asked) == 1 and "nøgle skiftes" in asked[0] and team.b.role in asked[0]
    assert "Fjernet" not in model_texts(members.model)

    members.confirm_remove = lambda role: asked.append(role) or True
    members.remove_button.click()
    wait_for_all()
    qtbot.waitUntil(lambda: "Fjernet" in model_texts(members.model), timeout=30_000)
    assert asked[-1] == team.b.role
    assert "teamets nøgle er skiftet" in members.intro.text()
    assert members.problem() == ""
    members.close_button.click()
    assert team.b.run("sync").code != 0  # B is out

    # Forlad team …: confirmation, Enter leaves; the local records stay
    a_window.team_sync.leave_action.trigger()
    leave = a_window.team_sync.team_dialog
    assert isinstance(leave, LeaveTeamDialog)
    assert "bliver her" in leave.text.text()
    assert leave.leave_button.isDefault()
    _press_enter(qtbot, leave.leave_button)
    qtbot.waitUntil(lambda: not leave.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: _menu_state(a_window) == OUTSIDE, timeout=20_000)
    assert "forladt teamet" in a_window.statusBar().currentMessage()
    with team.a.service() as service:
        assert not service.team.sync_status().in_team
        assert service.citizens.citizen(team.a_citizen).name == NAME
    assert not a_window.team_sync.widget.isVisible()
    assert shown.boxes == []


def test_a_member_who_did_not_found_the_team_cannot_remove(qtbot, team: Team, windows: Windows):
    b_window = windows.open(team.b)
    b_window.team_sync.members_action.trigger()
    members = b_window.team_sync.team_dialog
    assert isinstance(members, MembersDialog)
    qtbot.waitUntil(lambda: members.model.rowCount() == 2, timeout=30_000)
    assert not members.is_creator
    assert not members.remove_button.isVisible()
    assert "Kun teamets opretter" in members.intro.text()


def test_a_wrong_invite_gives_one_sentence_and_changes_nothing(qtbot, team: Team, laptop,
                                                              windows: Windows, shown: Shown):
    c = laptop("c")
    c_window = windows.open(c)
    c_window.team_sync.join_action.trigger()
    join = c_window.team_sync.team_dialog
    assert isinstance(join, JoinTeamDialog)
    join.server.setText(c.url)

    join.code.setText("ABCDE-FGHIJ-KLMNO")  # a code cut short when pasted
    _press_enter(qtbot, join.code)
    assert join.problem() == (
        "Invitationskoden er forkert eller ufuldstændig; tjek at den er skrevet rigtigt af.")
    assert not join.showing_result and join.join_button.isEnabled()

    used = team.a.invite()
    laptop("d").ok("team", "join", "--server", team.a.url, "--invite", used)  # D came first
    join.code.setText(used)
    _press_enter(qtbot, join.code)
    qtbot.waitUntil(lambda: bool(join.problem()), timeout=30_000)
    assert join.problem() == (
        "Invitationskoden er allerede brugt (en kode gælder for én maskine); bed om en ny.")
    with c.service() as service:
        assert not service.team.sync_status().in_team
    assert _menu_state(c_window) == OUTSIDE
    assert shown.boxes == []


def test_an_unreachable_server_during_create_leaves_the_database_out_of_any_team(
    qtbot, laptop, windows: Windows, shown: Shown
):
    a = laptop("a")
    a_window = windows.open(a)
    a_window.team_sync.create_action.trigger()
    create = a_window.team_sync.team_dialog
    assert isinstance(create, CreateTeamDialog)
    create.server.setText(DOWN)
    create.name.setText("Team Nord")
    _press_enter(qtbot, create.name)
    qtbot.waitUntil(lambda: bool(create.problem()), timeout=30_000)
    assert create.problem() == ("Serveren kan ikke nås lige nu; teamet er ikke oprettet, og "
                                "databasen er ikke med i noget team.")
    assert not create.showing_result and create.isVisible()
    assert create.server.isEnabled() and create.create_button.isEnabled()
    with a.service() as service:
        status = service.team.sync_status()
        assert not status.in_team and status.team_name == ""
        assert service._db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert _menu_state(a_window) == OUTSIDE
    assert shown.boxes == []

    create.server.clear()
    _press_enter(qtbot, create.name)
    assert create.problem() == "Skriv serverens adresse."
    # focus arrives through the event loop, later on a loaded machine
    qtbot.waitUntil(lambda: QApplication.focusWidget() is create.server, timeout=5_000)


def test_a_window_opened_in_a_team_syncs_at_once(qtbot, team: Team, shown: Shown):
    team.a.ok("note", "add", "--citizen", str(team.a_citizen), "--text", NOTE, "--sign",
              "--author", ANNE)
    team.a.sync()
    service = team.b.service()
    try:
        window = MainWindow(service)
        qtbot.addWidget(window)
        assert window.team_sync.runner.running
        assert window.team_sync.widget.text() == "Synkroniserer …"
        window.show()
        with qtbot.waitSignal(window.team_sync.runner.synced, timeout=30_000):
            pass
        wait_for_all()
        assert window.team_sync.widget.text().startswith("Synkroniseret kl. ")
        assert window.team_sync.runner.timer.isActive()
        assert window.team_sync.runner.timer.interval() == 5 * 60 * 1000
        assert service.diary.note_count(team.b_citizen) == 1  # nothing was pressed
        window.open_citizen(team.b_citizen, "notes")
        model = window.citizen_page.notes.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
        assert shown.boxes == []
        window.close()
    finally:
        wait_for_all()
        service.close()


def test_a_window_outside_a_team_does_not_sync_at_start(qtbot, laptop, shown: Shown):
    a = laptop("a")
    service = a.service()
    try:
        window = MainWindow(service)
        qtbot.addWidget(window)
        assert not window.team_sync.runner.running
        assert not window.team_sync.runner.timer.isActive()
        window.close()
    finally:
        wait_for_all()
        service.close()


# -- keyboard and screen readers ---------------------------------------------------------------


def _focus_chain(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits, from the first, in order."""
    seen: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and widget not in seen:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog)
                and widget.isEnabled() and widget.window() is dialog):
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def _unnamed(dialog: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}" for w in dialog.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog)
            and not w.accessibleName()]


@pytest.mark.parametrize("make", [CreateTeamDialog, JoinTeamDialog, InviteDialog, MembersDialog])
def test_every_control_has_a_name_and_escape_closes(qtbot, service, make):
    dialog = make(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unnamed(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_leave_dialog_names_and_escape(qtbot, service):
    dialog = LeaveTeamDialog(service, "Team Nord")
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unnamed(dialog) == []
    assert "Team Nord" in dialog.question.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_tab_follows_the_reading_order(qtbot, service):
    create = CreateTeamDialog(service)
    qtbot.addWidget(create)
    create.show()
    assert _focus_chain(create) == [create.server, create.name, create.create_button,
                                    create.cancel_button]
    join = JoinTeamDialog(service)
    qtbot.addWidget(join)
    join.show()
    assert _focus_chain(join) == [join.server, join.code, join.join_button, join.cancel_button]


def test_the_code_page_is_named_and_in_order(qtbot, service):
    from caseapp.sync.membership import TeamCreated

    create = CreateTeamDialog(service)
    qtbot.addWidget(create)
    create.show()
    create.team_name = "Team Nord"
    create._created(TeamCreated("t", "ABCDE-FGHIJ", "anne"))
    assert _unnamed(create) == []
    assert _focus_chain(create) == [create.invite.code_view, create.invite.copy_button,
                                    create.close_button]


def test_the_members_model_passes_qt_model_tester(qtmodeltester):
    from caseapp.sync.membership import MemberListing

    model = MembersModel()
    model.set_members([MemberListing("anne", True, False, ["0123abcd"]),
                       MemberListing("bo", False, False, ["4567ef01 (ikke godkendt endnu)"]),
                       MemberListing("cai", False, True, [])], "anne")
    qtmodeltester.check(model, force_py=True)
    assert model_texts(model) == [
        "anne (dig)", "Opretter", "0123abcd",
        "bo", "Medlem", "4567ef01 (ikke godkendt endnu)",
        "cai", "Fjernet", "ingen maskiner",
    ]
