"""The first-run wizard filled in with valid answers, stopped on each of its pages in turn: the
walk the tab-order and accessible-name tests both take."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from ui.shell.first_run_wizard import FirstRunWizard


def each_first_run_page(qtbot: QtBot, needs_passphrase: bool) -> Iterator[tuple[FirstRunWizard, int]]:
    """(the shown wizard, the page id it is on), page by page from the first to the last."""
    wizard = FirstRunWizard(needs_passphrase)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name.setText("Mette Hansen")
    for field in (wizard.password, wizard.repeat, wizard.passphrase, wizard.passphrase_repeat):
        field.setText("korrekt hest batteri hæfteklamme")
    for page_id in wizard.pageIds():
        if wizard.currentId() != page_id:
            wizard.next()
        assert wizard.currentId() == page_id, f"the wizard did not move on to page {page_id}"
        yield wizard, page_id
