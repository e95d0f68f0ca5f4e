"""Indstillinger: the user's profile, working hours, lock time and unlock password, and how
long closed cases, the access log and (in a team) this device's own sent changes are kept."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from caseapp.domain.enums import Role
from caseapp.domain.models import Profile, RetentionSettings
from caseapp.domain.password import MIN_LENGTH
from ui.common.formatting import enum_label
from ui.diary.sign_question import asks_before_signing, remember_asking
from ui.shell.unlock import with_unlock_password

LANGUAGES = (("da", "Dansk"), ("en", "English"))


DEFAULT_RETENTION = RetentionSettings()


class SettingsDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None,
                 retention: RetentionSettings = DEFAULT_RETENTION,
                 team_retention_days: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indstillinger"))
        self.setMinimumWidth(440)
        self._profile = profile
        self.name = QLineEdit(profile.name)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(enum_label(role), role.value)
        self.role.setCurrentIndex(max(self.role.findData(profile.role), 0))
        self.unit = QLineEdit(profile.unit)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(profile.language), 0))
        self.lock_minutes = self._spin(1, 240, profile.lock_minutes, self.tr(" min."))
        self.cadence = self._spin(1, 366, profile.default_cadence_days, "")
        self.cadence.valueChanged.connect(self._days_suffix)
        self._days_suffix(self.cadence.value())
        self.cap = self._spin(1, 20, profile.max_active_subgoals, "")
        self.retention_days = self._spin(0, 3650, retention.retention_days, self.tr(" dage"))
        self.retention_days.setAccessibleName(self.tr("Dage fra en sag afsluttes, til borgeren slettes"))
        self.log_months = self._spin(1, 60, retention.log_months, self.tr(" mdr."))
        self.log_months.setAccessibleName(self.tr("Måneder adgangsloggen gemmes"))
        self.team_retention = self._team_retention_note(team_retention_days)
        self.own_log_days = self._spin(1, 3650, retention.own_log_days, self.tr(" dage"))
        self.own_log_days.setAccessibleName(self.tr("Dage egne sendte teamændringer gemmes"))
        self.own_log_days.setToolTip(self.tr(
            "I et team: så længe efter, at serveren har bekræftet dine ændringer, gemmes de her, "
            "så de kan sendes igen, hvis serveren mister dem (en genskabt eller skiftet server)."))
        self.work_start = self._time(profile.work_start)
        self.work_end = self._time(profile.work_end)
        self.call_weeks = self._spin(0, 12, profile.provider_call_weeks, "")
        self.call_weeks.valueChanged.connect(self._weeks_suffix)
        self._weeks_suffix(self.call_weeks.value())
        self.call_weeks.setAccessibleName(
            self.tr("Uger før en indsats slutter, hvor Planlæg min uge foreslår at ringe til leverandøren"))
        self.ask_before_signing = QCheckBox(self.tr("Spørg, før et notat underskrives"))
        self.ask_before_signing.setChecked(asks_before_signing())
        self.new_password = self._password()
        self.repeat_password = self._password()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.name, self.new_password, self.repeat_password):
            widget.textChanged.connect(self._validate)
        self.work_start.timeChanged.connect(self._validate)
        self.work_end.timeChanged.connect(self._validate)
        self._lay_out()
        self._validate()
        # The form's minimum leaves no room for its wrapped notes (they were cut in half); its
        # size hint, which wraps them at the form's width, does.
        self.resize(self.sizeHint())

    def _days_suffix(self, days: int) -> None:
        """The suffix: " dag" after 1, " dage" after any other number."""
        self.cadence.setSuffix(self.tr(" dag(e)", "", days))

    def _weeks_suffix(self, weeks: int) -> None:
        self.call_weeks.setSuffix(self.tr(" uge(r) før en indsats slutter", "", weeks))

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _time(self, text: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
        edit.setDisplayFormat("HH.mm")
        return edit

    def _password(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _lay_out(self) -> None:
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        self.work_start.setAccessibleName(self.tr("Arbejdstid fra"))
        self.work_end.setAccessibleName(self.tr("Arbejdstid til"))
        hours.addWidget(QLabel(self.tr("til")))
        hours.addWidget(self.work_end)
        hours.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Rolle"), self.role)
        form.addRow(self.tr("Enhed"), self.unit)
        form.addRow(self.tr("Sprog"), self.language)
        language_note = QLabel(self.tr("Sproget skifter, næste gang caseapp starter."))
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        form.addRow(self.tr("Lås efter"), self.lock_minutes)
        form.addRow(self.tr("Standard kontaktrytme"), self.cadence)
        form.addRow(self.tr("Loft over aktive delmål"), self.cap)
        form.addRow(self.tr("Arbejdstid"), hours)
        form.addRow(self.tr("Ring til leverandøren"), self.call_weeks)
        form.addRow("", self.ask_before_signing)
        form.addRow(self.tr("Slet afsluttede sager efter"), self.retention_days)
        if self.team_retention is not None:
            form.addRow("", self.team_retention)
        form.addRow(self.tr("Gem adgangsloggen i"), self.log_months)
        form.addRow(self.tr("Gem egne teamændringer i"), self.own_log_days)
        form.addRow(self.tr("Ny adgangskode"), self.new_password)
        form.addRow(self.tr("Gentag adgangskode"), self.repeat_password)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def _team_retention_note(self, days: int | None) -> QLabel | None:
        """In a team whose creator has set a period: when the shared citizens go. It is the
        creator's to set (on the creator's laptop the field above sets it for the team)."""
        if days is None:
            return None
        note = QLabel(self.tr(
            "Borgere delt med teamet slettes {days} dage efter afslutningen: teamets "
            "opbevaringstid, som den, der oprettede teamet, sætter."
        ).format(days=days))
        note.setObjectName("hint")
        note.setWordWrap(True)
        return note

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Skriv dit navn.")
        if self.work_end.time() <= self.work_start.time():
            return self.tr("Arbejdstiden skal slutte efter den begynder.")
        new, repeat = self.new_password.text(), self.repeat_password.text()
        if new or repeat:
            if len(new) < MIN_LENGTH:
                return self.tr("Adgangskoden skal have mindst {n} tegn.").format(n=MIN_LENGTH)
            if new != repeat:
                return self.tr("De to adgangskoder er ikke ens.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        # this computer's setting, not the profile's: it is kept at once
        remember_asking(self.ask_before_signing.isChecked())
        super().accept()

    def retention(self) -> RetentionSettings:
        return RetentionSettings(self.retention_days.value(), self.log_months.value(),
                                 self.own_log_days.value())

    def profile(self) -> Profile:
        profile = dataclasses.replace(
            self._profile,
            name=self.name.text().strip(),
            role=self.role.currentData(),
            unit=self.unit.text().strip(),
            language=self.language.currentData(),
            lock_minutes=self.lock_minutes.value(),
            default_cadence_days=self.cadence.value(),
            max_active_subgoals=self.cap.value(),
            work_start=self.work_start.time().toString("HH:mm"),
            work_end=self.work_end.time().toString("HH:mm"),
            provider_call_weeks=self.call_weeks.value(),
        )
        if self.new_password.text():
            profile = with_unlock_password(profile, self.new_password.text())
        return profile
