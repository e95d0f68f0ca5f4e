"""First run: the language, who you are, an unlock password, where the key goes, a demo offer.

The wizard comes before there is a profile. It opens in the language caseapp last used (Danish
on a new computer); choosing English on its first page switches at once, and the choice goes
into the new profile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caseapp.domain.enums import Role
from caseapp.domain.password import MIN_LENGTH
from ui.common.formatting import display_language, enum_label
from ui.shell.language import LANGUAGE_NAMES, use_language
from ui.shell.startup import FirstRunAnswers

PROFILE_PAGE, PASSWORD_PAGE, START_PAGE = range(3)


class FirstRunWizard(QWizard):
    def __init__(self, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(560, 420)
        self._needs_passphrase = needs_passphrase
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(display_language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role.value)
        self.unit = QLineEdit()
        self.password = self._secret()
        self.repeat = self._secret()
        self.passphrase = self._secret()
        self.passphrase_repeat = self._secret()
        self.demo = QCheckBox()
        self.errors = [self._error() for _ in range(3)]
        self._texts: dict[str, QLabel] = {}
        self._pages: list[QWizardPage] = []
        self.setPage(PROFILE_PAGE, self._profile_page())
        self.setPage(PASSWORD_PAGE, self._password_page())
        self.setPage(START_PAGE, self._start_page())
        self.retranslate()

    def _secret(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _error(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        return label

    def _text(self, key: str) -> QLabel:
        """A label whose text retranslate() sets."""
        label = QLabel()
        label.setWordWrap(True)
        self._texts[key] = label
        return label

    def _label(self, key: str, field: QWidget) -> QLabel:
        """A field's label, which also names the field to a screen reader."""
        label = self._text(key)
        label.setBuddy(field)
        return label

    def _page(self, intro: str) -> tuple[QWizardPage, QFormLayout]:
        page = QWizardPage()
        layout = QVBoxLayout(page)
        layout.addWidget(self._text(intro))
        form = QFormLayout()
        layout.addLayout(form)
        layout.addStretch(1)
        self._pages.append(page)
        return page, form

    def _profile_page(self) -> QWizardPage:
        page, form = self._page("profile_intro")
        form.addRow(self._label("language", self.language), self.language)
        form.addRow(self._label("name", self.name), self.name)
        form.addRow(self._label("role", self.role), self.role)
        form.addRow(self._label("unit", self.unit), self.unit)
        form.addRow(self.errors[PROFILE_PAGE])
        return page

    def _password_page(self) -> QWizardPage:
        page, form = self._page("password_intro")
        form.addRow(self._label("password", self.password), self.password)
        form.addRow(self._label("repeat", self.repeat), self.repeat)
        if self._needs_passphrase:
            form.addRow(self._label("passphrase", self.passphrase), self.passphrase)
            form.addRow(self._label("passphrase_repeat", self.passphrase_repeat), self.passphrase_repeat)
        form.addRow(self.errors[PASSWORD_PAGE])
        return page

    def _start_page(self) -> QWizardPage:
        page, form = self._page("start_intro")
        form.addRow(self.demo)
        form.addRow(self.errors[START_PAGE])
        return page

    # -- language --------------------------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            use_language(app, self.language.currentData())
        self.retranslate()  # now; Qt's LanguageChange events to the widgets come later

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every visible text, in the language now in use."""
        self.setWindowTitle(self.tr("Velkommen til caseapp"))
        for page, title in zip(self._pages, (self.tr("Om dig"), self.tr("Adgangskode"),
                                             self.tr("Kom i gang")), strict=True):
            page.setTitle(title)
        for index, role in enumerate(Role):
            self.role.setItemText(index, enum_label(role))
        self.unit.setPlaceholderText(self.tr("fx Jobcenter Øst, Bostedet Solsikken"))
        self.demo.setText(self.tr("Fyld databasen med en opdigtet demo-sagsstamme (25 borgere)"))
        texts = {
            "profile_intro": self.tr(
                "caseapp er dit eget arbejdsbord. Databasen ligger krypteret på denne computer; "
                "deltager du i et team, deles de borgere, du vælger, krypteret med teamet."),
            "language": self.tr("Sprog"),
            "name": self.tr("Navn"),
            "role": self.tr("Rolle"),
            "unit": self.tr("Enhed"),
            "password_intro": self._password_intro(),
            "password": self.tr("Adgangskode"),
            "repeat": self.tr("Gentag"),
            "passphrase": self.tr("Adgangsfrase til databasen"),
            "passphrase_repeat": self.tr("Gentag adgangsfrasen"),
            "start_intro": self.tr(
                "Databasen oprettes krypteret. Vil du prøve caseapp af først, kan du fylde "
                "den med opdigtede borgere; de kan ikke skilles fra rigtige sager bagefter, "
                "så brug hellere 'caseapp --demo' til at øve dig."),
        }
        for key, label in self._texts.items():
            label.setText(texts[key])
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Næste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Opret"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annullér"))
        for page, error in enumerate(self.errors):
            if error.text():
                error.setText(self.problem(page))

    def _password_intro(self) -> str:
        return self.tr(
            "Adgangskoden låser caseapp op, når skærmen har været låst. "
            "Den gemmes kun som et saltet hash."
        ) + (self.tr("\n\nDer er ingen sikker nøglering på denne computer, så databasen "
                     "krypteres med en adgangsfrase, som du skal skrive, hver gang caseapp "
                     "starter. Glemmer du den, kan databasen ikke åbnes.")
             if self._needs_passphrase else
             self.tr("\n\nDatabasens nøgle gemmes i styresystemets nøglering."))

    # -- checks and answers ------------------------------------------------------------------

    def problem(self, page: int) -> str:
        if page == PROFILE_PAGE and not self.name.text().strip():
            return self.tr("Skriv dit navn.")
        if page == PASSWORD_PAGE:
            if len(self.password.text()) < MIN_LENGTH:
                return self.tr("Adgangskoden skal have mindst {n} tegn.").format(n=MIN_LENGTH)
            if self.password.text() != self.repeat.text():
                return self.tr("De to adgangskoder er ikke ens.")
            if self._needs_passphrase:
                if len(self.passphrase.text()) < MIN_LENGTH:
                    return self.tr("Adgangsfrasen skal have mindst {n} tegn.").format(n=MIN_LENGTH)
                if self.passphrase.text() != self.passphrase_repeat.text():
                    return self.tr("De to adgangsfraser er ikke ens.")
        return ""

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        page = self.currentId()
        problem = self.problem(page)
        if 0 <= page < len(self.errors):
            self.errors[page].setText(problem)
        return not problem

    def answers(self) -> FirstRunAnswers:
        return FirstRunAnswers(
            name=self.name.text().strip(),
            role=self.role.currentData(),
            unit=self.unit.text().strip(),
            password=self.password.text(),
            passphrase=self.passphrase.text() if self._needs_passphrase else None,
            demo=self.demo.isChecked(),
            language=self.language.currentData(),
        )
