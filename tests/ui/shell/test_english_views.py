"""English all the way: every view, the dialogs, the first-run wizard and the passphrase
dialog, built in English, show no Danish label.

The caseload's user data is written in English (tests/ui/shell/english_sample.py), so every text
a person can read is checked: labels, buttons, tabs, group titles, placeholders, tool tips, combo
items, menus, item models' headers and cells, and what the week grid paints. A text is Danish
when it has æ, ø or å, a word from the Danish word list, or is a Danish vocabulary label.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from caseapp.domain.labels import ENGLISH, LABELS
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.shell import english_sample
from tests.ui.shell.first_run_walk import each_page_filled_in, shown_first_run
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.language import LANGUAGE_ENV, use_language
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_dialog import PassphraseDialog

# Vocabulary labels that read the same in both languages are not Danish leftovers.
DANISH_LABELS = {
    text for vocabulary, labels in LABELS.items() for value, text in labels.items()
    if text != ENGLISH[vocabulary][value]
}
DANISH_WORDS = set("""
af adgangskode aftale aftaler afholdt aktiv aktive alle andet annuller annullér arkiv bagefter
borger borgere borgeren borgerens dag dage dagbog dagens dagbogsnotat delmål den denne der det
eller efter endnu enhed eksporter er et filer flere fra frist fristen gem gentag har hele
hjælp hjemme hvis ikke importer indsatsmål indstillinger ingen inden kalender kan kladde kladder
kontakt kontaktperson kontortid leder luk mandag med mere måned måneder nyt næste og om opret
oversigt overblik på rediger rolle samtale sagsbehandler sagsstamme senere senest skal skriv
slet sprog statusbeskrivelse søg telefon til tilbage tilføj tirsdag onsdag
torsdag fredag lørdag søndag uge ugen uger uden udskriv underskrevet underskriv venter vis
vælg år navn notat notater mål nu ny hvem hvad hvor hvornår hvordan hvorfor jeg du vi man sig
sin sine sit han hun hendes ved være været blev bliver får fik gør gjorde kunne skulle ville
mellem også men nej ja tak kl mdr fx bl heraf fordi endelig udkast periode perioden vurdering
""".split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_SEGMENTS = re.compile(r"\s*(?:·|–|:|,|\(|\)|\n|/)\s*")
ALLOWED = {"Dansk"}
DUMP = Path(os.environ["CASEAPP_TEXTS_DUMP"]) if os.environ.get("CASEAPP_TEXTS_DUMP") else None  # the language choice names each language in its own words


def danish_in(text: str) -> list[str]:
    """The Danish words, letters or labels in one text."""
    if text.strip() in ALLOWED:
        return []
    found = [word for word in _WORD.findall(text) if word.casefold() in DANISH_WORDS]
    found += [part for part in _SEGMENTS.split(text) if part.strip() in DANISH_LABELS]
    if re.search("[æøåÆØÅ]", text):
        found.append(text)
    return sorted(set(found))


def _plain(text: str) -> str:
    if re.search(r"<[A-Za-z/]", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Headers and every DisplayRole and ToolTipRole text of a model, children included."""
    parent = parent or QModelIndex()
    texts: list[str] = []
    flat = isinstance(model, QAbstractListModel)  # its columnCount is private in PySide6
    columns = 1 if flat else max(model.columnCount(parent), 1)
    if not parent.isValid():
        for orientation, count in ((Qt.Orientation.Horizontal, columns),
                                   (Qt.Orientation.Vertical, 0)):
            texts += [str(model.headerData(i, orientation) or "") for i in range(count)]
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
            if column == 0 and not flat and model.rowCount(index) > 0:
                texts += model_texts(model, index)
    return texts


def _menu_texts(menu: QMenu | QMenuBar) -> list[str]:
    texts: list[str] = []
    for action in menu.actions():
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every text a person can read in the visible part of a widget tree."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts += _menu_texts(widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return [_plain(text) for text in texts if text]


def leftovers(texts: list[str]) -> list[str]:
    return sorted({f"{word!r} in {text!r}" for text in texts for word in danish_in(text)})


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert use_language(qapp, "en") == "en"
    yield qapp
    use_language(qapp, "da")


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text drawn with QPainter.drawText while the test runs."""
    texts: list[str] = []
    draw = QPainter.drawText

    def record(painter: QPainter, *args: object) -> None:
        texts.extend(arg for arg in args if isinstance(arg, str))
        draw(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", record)
    return texts


def test_the_danish_check_finds_danish() -> None:
    assert danish_in("Peter – 2 dage over") == ["dage"]
    assert danish_in("Samtale · Alice Brown") == ["Samtale"]
    assert danish_in("Hjemmebesøg") == ["Hjemmebesøg"]
    assert danish_in("Alice Brown – 2 days overdue") == []
    assert danish_in("Conversation · Home visit · Job centre") == []


VIEWS = ("today", "week", "caseload", "deadlines", "citizen", "plan", "notes", "status", "followup")
# A vocabulary label each view shows, so a view that showed no vocabulary would fail.
SHOWN = {
    "today": "Conversation", "week": "Team meeting", "caseload": "Waiting", "citizen": "Oral",
    "plan": "When prompted", "notes": "Text message", "status": "Status: Paused  ·  Deadline: none",
    "deadlines": "Send reminder 2 to Dr Green", "followup": "Extended from",
}
_PAGES = {"today": sidebar.TODAY, "week": sidebar.WEEK, "caseload": sidebar.CASELOAD,
          "deadlines": sidebar.DEADLINES}
_TABS = {"citizen": "overview", "plan": "plan", "notes": "notes", "status": "status",
         "followup": "followup"}


def _view_texts(qtbot: QtBot, service: CaseService, painted: list[str], view: str) -> list[str]:
    alice = english_sample.fill(service)
    window = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(window)
    window.errors = []  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    window.refresh()
    wait_for_all()
    if view in _TABS:
        assert window.open_citizen(alice, _TABS[view])
    else:
        window.show_page(_PAGES[view])
    wait_for_all()
    window.grab()  # what the week grid and the delegates paint (the grid paints once, cached)
    texts = widget_texts(window) + painted
    if DUMP:
        DUMP.write_text("\n".join(texts), encoding="utf-8")
    return texts


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_in_english_shows_no_danish(
    english: QApplication, qtbot: QtBot, service: CaseService, painted: list[str], view: str,
) -> None:
    texts = _view_texts(qtbot, service, painted, view)
    assert any(SHOWN[view] in text for text in texts)
    found = leftovers(texts)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("view", ["today", "plan"])
def test_the_same_view_in_danish_is_found_danish(
    qtbot: QtBot, service: CaseService, painted: list[str], view: str,
) -> None:
    found = leftovers(_view_texts(qtbot, service, painted, view))
    assert any(text.startswith(("'Samtale'", "'Hvornår'", "'Langsigtet")) for text in found)


@pytest.mark.parametrize("needs_passphrase", [False, True])
def test_the_first_run_wizard_in_english_shows_no_danish(
    english: QApplication, qtbot: QtBot, needs_passphrase: bool,
) -> None:
    wizard = shown_first_run(qtbot, needs_passphrase)
    for page_id in wizard.pageIds():  # each page's complaint, before it is filled in
        wizard.errors[page_id].setText(wizard.problem(page_id))
    texts = [error.text() for error in wizard.errors if error.text()]
    for _page_id in each_page_filled_in(wizard, "Mary Smith", "correct horse battery staple"):
        texts += widget_texts(wizard) + [wizard.currentPage().title()]
    texts += [wizard.buttonText(b) for b in (QWizard.WizardButton.NextButton,
                                             QWizard.WizardButton.BackButton,
                                             QWizard.WizardButton.FinishButton,
                                             QWizard.WizardButton.CancelButton)]
    assert "Language" in texts and "Caseworker" in texts
    found = leftovers(texts)
    assert not found, "\n".join(found)


def test_the_passphrase_dialog_in_english_shows_no_danish(
    english: QApplication, qtbot: QtBot,
) -> None:
    dialog = PassphraseDialog("")
    qtbot.addWidget(dialog)
    dialog.show_error(QApplication.translate(
        "startup", "Adgangsfrasen er forkert, eller filen er ikke en caseapp-database. Prøv igen."))
    dialog.show()
    texts = widget_texts(dialog)
    assert any("passphrase" in text.casefold() for text in texts)
    found = leftovers(texts)
    assert not found, "\n".join(found)


def _dialogs(service: CaseService, alice: int) -> dict[str, Callable[[], QWidget]]:
    """The dialogs a person opens from the views, each built as its view builds it."""
    import datetime as dt

    from caseapp.domain.enums import AppointmentKind, AppointmentStatus
    from caseapp.domain.models import Appointment
    from ui.citizen.consent_dialog import ConsentDialog
    from ui.citizen.contact_dialog import ContactDialog
    from ui.diary.month_summary_dialog import MonthSummaryDialog
    from ui.diary.note_editor import NoteEditor
    from ui.diary.quick_note_window import QuickNoteWindow
    from ui.plan.rating_dialog import RatingDialog
    from ui.shell.lock_screen import LockScreen
    from ui.shell.search_dialog import SearchDialog
    from ui.shell.settings_dialog import SettingsDialog
    from ui.status.batch_export_dialog import BatchExportDialog
    from ui.week.appointment_cancel_dialog import CancelDialog
    from ui.week.appointment_dialog import AppointmentDialog, EditorRequest
    from ui.week.plan_week_dialog import PlanWeekDialog

    monday = sample.TODAY - dt.timedelta(days=sample.TODAY.weekday())
    draft = Appointment(AppointmentKind.HOME_VISIT, sample.NOW, sample.NOW + dt.timedelta(hours=1),
                        citizen_id=alice)

    def editor() -> QWidget:
        widget = NoteEditor(service)
        widget.now = lambda: sample.NOW
        widget.new_note(alice)
        return widget

    def search() -> QWidget:
        dialog = SearchDialog(service)
        dialog.box.setText("Alice")
        dialog.run_search()
        return dialog

    def about() -> QWidget:
        window = MainWindow(service, now=lambda: sample.NOW)
        return QLabel(window.about_text())

    def handover() -> QWidget:  # the page words the goals, ratings, actions and meetings itself
        from caseapp.sync.handover import Handover
        from ui.citizen.handover_dialog import HandoverDialog

        summary = service.reports.handover_summary(alice, sample.TODAY, "bob")
        return HandoverDialog(summary, Handover(alice, "", "", "", "", None), ["bob"], "ann")

    return {
        "lock screen": lambda: LockScreen(lambda _p: False, lambda: True),
        "batch export": lambda: BatchExportDialog(service, today=sample.TODAY),
        "quick note": lambda: QuickNoteWindow(service, service.citizens.caseload(), now=lambda: sample.NOW),
        "about": about,
        "settings": lambda: SettingsDialog(service.profile()),
        "appointment": lambda: AppointmentDialog(EditorRequest(
            draft, [(alice, "Alice Brown")], lambda _a, _s: None, in_series=True, is_new=False)),
        "cancel": lambda: CancelDialog("Alice Brown", AppointmentStatus.CANCELLED),
        "plan week": lambda: PlanWeekDialog(service, monday, sample.NOW, {alice: "Alice Brown"}),
        "rating": lambda: RatingDialog(_first_sub_goal(service, alice), "Alice walks.",
                                       sample.TODAY),
        "consent": lambda: ConsentDialog(alice),
        "contact": lambda: ContactDialog(alice),
        "month summary": lambda: MonthSummaryDialog(service, alice, sample.TODAY.replace(day=1),
                                                    today=sample.TODAY),
        "note editor": editor,
        "search": search,
        "handover": handover,
    }


def _first_sub_goal(service: CaseService, citizen_id: int) -> int:
    from caseapp.domain.enums import GoalLevel

    return next(g.id for g in service.plans.goals(citizen_id) if g.level == GoalLevel.SUB and g.id)


DIALOGS = ("lock screen", "batch export", "quick note", "about", "settings", "appointment", "cancel", "plan week", "rating", "consent", "contact",
           "month summary", "note editor", "search", "handover")


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_in_english_shows_no_danish(
    english: QApplication, qtbot: QtBot, service: CaseService, painted: list[str], name: str,
) -> None:
    alice = english_sample.fill(service)
    widget = _dialogs(service, alice)[name]()
    qtbot.addWidget(widget)
    widget.show()
    wait_for_all()
    widget.grab()
    texts = widget_texts(widget) + painted
    if DUMP:
        DUMP.write_text("\n".join(texts), encoding="utf-8")
    assert texts
    found = leftovers(texts)
    assert not found, "\n".join(found)
