"""Overdragelse in the app, two laptops and a real PostgreSQL: Anne reads the summary and hands
Karen to Bo (with the PDF); after a sync Bo's page offers "Modtag borgeren"; he takes her over,
and after the syncs Anne's open page shows Bo as responsible without being opened again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.ui.sync.conftest import NAME, Shown, Team, open_window
from ui.citizen.handover_dialog import GIVE, HandoverDialog
from ui.common.worker import wait_for_all

OWN_WORDS = "Jeg vil gerne have mit eget værelse og et job i Brugsen."
BO = "Bo Bøgh"


def _clicking(qtbot, made: list[HandoverDialog], member: str = ""):
    """The real dialog, shown; the user picks `member` and presses its action button."""

    def make(*args: object) -> HandoverDialog:
        dialog = HandoverDialog(*args)  # type: ignore[arg-type]
        made.append(dialog)

        def run() -> int:
            dialog.show()
            if member:
                dialog.member.setCurrentText(member)
            action = next(b for b in dialog.buttons.buttons()
                          if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
            qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
            return dialog.result()

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    return make


def test_anne_hands_karen_to_bo_who_takes_her_over_and_anne_sees_it(
    qtbot, team: Team, shown: Shown, tmp_path: Path
) -> None:
    with team.a.service() as a:
        a.citizens.update_citizen(dataclasses.replace(a.citizens.citizen(team.a_citizen), own_words=OWN_WORDS))
    with team.b.service() as b:
        b.save_profile(dataclasses.replace(b.profile(), name=BO))
    a_service = team.a.service()
    anne = open_window(qtbot, a_service, shown)
    page = anne.citizen_page
    made: list[HandoverDialog] = []
    told: list[str] = []
    page.show_info = lambda _parent, text: told.append(text)
    page.handover_dialog = _clicking(qtbot, made, team.b.role)
    pdf = tmp_path / "overdragelse.pdf"
    page.choose_handover_file = lambda _parent, _suggested: str(pdf)
    anne.open_citizen(team.a_citizen)
    assert page.header.handover_button.isVisible() and not page.header.accept_button.isVisible()

    qtbot.mouseClick(page.header.handover_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    [dialog] = made
    assert dialog.mode == GIVE and dialog.result() == QDialog.DialogCode.Accepted
    assert OWN_WORDS in dialog.page.toPlainText()
    assert [dialog.member.itemText(i) for i in range(dialog.member.count())] == [team.b.role]
    assert told and f"overdraget til {team.b.role}" in told[0] and pdf.name in told[0]
    assert OWN_WORDS in " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert f"Overdraget til {team.b.role}" in page.header.handover_state.text()
    team.a.sync()
    team.b.sync()

    b_service = team.b.service()
    bo = open_window(qtbot, b_service, shown)
    waiting = bo.today_view.handovers  # I dag tells Bo before he opens anyone
    assert waiting.isVisible() and waiting.items.count() == 1
    assert waiting.items.item(0).text().startswith(f"{NAME} – fra {team.a.role} den ")
    bo.open_citizen(team.b_citizen)
    header = bo.citizen_page.header
    assert header.accept_button.isVisible()
    qtbot.mouseClick(header.accept_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert f"Ansvarlig: {BO}" in header.details.text()
    assert not header.accept_button.isVisible() and not header.handover_state.isVisible()
    qtbot.waitUntil(lambda: not bo.today_view.handovers.isVisibleTo(bo.today_view), timeout=10_000)

    team.b.sync()
    team.a.sync()  # Anne's window is open all along: the change reaches it by itself
    qtbot.waitUntil(lambda: f"Ansvarlig: {BO}" in page.header.details.text(), timeout=20_000)
    assert not page.header.handover_state.isVisible()
    assert page.overview.form.responsible.text() == BO
    assert shown.boxes == []
    for window, service in ((bo, b_service), (anne, a_service)):
        wait_for_all()
        window.close()
        service.close()
