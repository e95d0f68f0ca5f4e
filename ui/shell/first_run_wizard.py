"""First run: who you are, an unlock password, where the key goes, and a demo caseload offer."""

from __future__ import annotations

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
from ui.common.formatting import enum_label
from ui.shell.startup import FirstRunAnswers

PROFILE_PAGE, PASSWORD_PAGE, START_PAGE = range(3)


class FirstRunWizard(QWizard):
    def __init__(self, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Velkommen til caseapp"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(560, 420)
        self._needs_passphrase = needs_passphrase
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(enum_label(role), role.value)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("fx Jobcenter Øst, Bostedet Solsikken"))
        self.password = self._secret()
        self.repeat = self._secret()
        self.passphrase = self._secret()
        self.passphrase_repeat = self._secret()
        self.demo = QCheckBox(self.tr("Fyld databasen med en opdigtet demo-sagsstamme (25 borgere)"))
        self.errors = [self._error() for _ in range(3)]
        self.setPage(PROFILE_PAGE, self._profile_page())
        self.setPage(PASSWORD_PAGE, self._password_page())
        self.setPage(START_PAGE, self._start_page())
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Næste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Opret"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annullér"))

    def _secret(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _error(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        return label

    def _page(self, title: str, intro: str) -> tuple[QWizardPage, QFormLayout]:
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        layout.addLayout(form)
        layout.addStretch(1)
        return page, form

    def _profile_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("Om dig"),
            self.tr("caseapp er dit eget arbejdsbord. Oplysningerne bliver på denne computer."),
        )
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Rolle"), self.role)
        form.addRow(self.tr("Enhed"), self.unit)
        form.addRow(self.errors[PROFILE_PAGE])
        return page

    def _password_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("Adgangskode"),
            self.tr("Adgangskoden låser caseapp op, når skærmen har været låst. "
                    "Den gemmes kun som et saltet hash.")
            + (self.tr("\n\nDer er ingen sikker nøglering på denne computer, så databasen "
                       "krypteres med en adgangsfrase, som du skal skrive, hver gang caseapp "
                       "starter. Glemmer du den, kan databasen ikke åbnes.")
               if self._needs_passphrase else
               self.tr("\n\nDatabasens nøgle gemmes i styresystemets nøglering.")),
        )
        form.addRow(self.tr("Adgangskode"), self.password)
        form.addRow(self.tr("Gentag"), self.repeat)
        if self._needs_passphrase:
            form.addRow(self.tr("Adgangsfrase til databasen"), self.passphrase)
            form.addRow(self.tr("Gentag adgangsfrasen"), self.passphrase_repeat)
        form.addRow(self.errors[PASSWORD_PAGE])
        return page

    def _start_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("Kom i gang"),
            self.tr("Databasen oprettes krypteret. Vil du prøve caseapp af først, kan du fylde "
                    "den med opdigtede borgere; de kan ikke skilles fra rigtige sager bagefter, "
                    "så brug hellere 'caseapp --demo' til at øve dig."),
        )
        form.addRow(self.demo)
        form.addRow(self.errors[START_PAGE])
        return page

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

    def validateCurrentPage(self) -> bool:
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
        )
