"""The first-run wizard shown, then filled in with valid answers and stopped on each of its pages
in turn: the walk the tab-order, accessible-name and English tests all take."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from ui.shell.first_run_wizard import FirstRunWizard


def shown_first_run(qtbot: QtBot, needs_passphrase: bool) -> FirstRunWizard:
    wizard = FirstRunWizard(needs_passphrase)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def each_page_filled_in(
    wizard: FirstRunWizard, name: str = "Mette Hansen", password: str = "korrekt hest batteri hæfteklamme"
) -> Iterator[int]:
    """The page ids, the wizard standing on each in turn, every field answered."""
    wizard.name.setText(name)
    for field in (wizard.password, wizard.repeat, wizard.passphrase, wizard.passphrase_repeat):
        field.setText(password)
    for page_id in wizard.pageIds():
        if wizard.currentId() != page_id:
            wizard.next()
        assert wizard.currentId() == page_id, f"the wizard did not move on to page {page_id}"
        yield page_id
