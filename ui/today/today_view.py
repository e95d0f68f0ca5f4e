"""I dag: today's appointments and what is due: contacts, notes, status descriptions, drafts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from caseapp.domain.followup import Deadline
from caseapp.domain.models import CaseClosing, UnfiledCount
from caseapp.planning.recurrence import Occurrence
from ui.common.deadline_text import next_action_text, when_text
from ui.common.formatting import enum_label, first_line, fmt_date, fmt_datetime, fmt_span, long_date
from ui.common.notes_text import month_name
from ui.common.text_size import scaled
from ui.common.today_section import TodaySection
from ui.today.purged_notes_card import PurgedNotesCard
from ui.today.today_data import TodayDigest


def note_target(occurrence: Occurrence) -> str:
    """The diary target that starts a note for the occurrence: a series' occurrence by date."""
    target = f"notes:appointment:{occurrence.appointment_id}"
    if occurrence.is_series_slot:
        target += f":{occurrence.start.date().isoformat()}"
    return target


class TodayView(QWidget):
    citizen_opened = Signal(int, str)
    purged_note_filed = Signal(int)  # the window marks it filed: CaseService.records.mark_purged_note_filed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("I dag"))
        self.heading.setObjectName("pageTitle")
        self.appointments = TodaySection(self.tr("Dagens aftaler"), self.tr("Ingen aftaler i dag."))
        self.contact_due = TodaySection(
            self.tr("Kontakt forfalden"), self.tr("Ingen borgere venter på kontakt.")
        )
        self.unnoted = TodaySection(
            self.tr("Afholdt uden notat"), self.tr("Alle afholdte aftaler har et notat.")
        )
        self.status_due = TodaySection(
            self.tr("Status inden for 30 dage"), self.tr("Ingen statusbeskrivelser forfalder.")
        )
        self.drafts = TodaySection(self.tr("Kladder"), self.tr("Ingen kladder."))
        self.summaries_due = TodaySection(
            self.tr("Månedsopsamling mangler"), self.tr("Alle måneder er samlet op.")
        )
        self.unfiled = TodaySection(
            self.tr("Ikke ført i fagsystem"), self.tr("Alle underskrevne notater er ført.")
        )
        self.unfiled.setToolTip(self.tr(
            "Underskrevne notater, der tre arbejdsdage efter ikke er markeret som ført i fagsystemet"))
        self.deletions = TodaySection(
            self.tr("Slettes inden for 30 dage"), self.tr("Ingen afsluttede sager skal slettes.")
        )
        self.deadlines = TodaySection(
            self.tr("Frister inden for en uge"), self.tr("Ingen indsatser eller dokumenter kræver noget nu.")
        )
        self.deadlines.setToolTip(self.tr("Indsatser, der udløber eller skal revurderes, og dokumenter "
                                          "at rykke for; alle frister står under Frister (Ctrl+5)"))
        self.handovers = TodaySection(self.tr("Overdraget til dig"), "")
        self.handovers.setToolTip(self.tr("Borgere, en kollega har overdraget til dig: åbn borgeren, læs "
                                          "overdragelsen og vælg »Modtag borgeren«"))
        self.handovers.hide()  # only while a handover waits
        self.handovers.setMaximumHeight(scaled(self.handovers, 110))
        self.purged_notes = PurgedNotesCard()  # only while a note of a purged citizen waits
        self.purged_notes.setMaximumHeight(scaled(self.purged_notes, 220))
        self.purged_notes.filed.connect(self.purged_note_filed.emit)
        self.sections = [self.handovers, self.appointments, self.contact_due, self.unnoted, self.status_due,
                         self.drafts, self.summaries_due, self.unfiled, self.deletions, self.deadlines]
        for section in self.sections:
            section.citizen_opened.connect(self.citizen_opened.emit)
        self._lay_out()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.appointments, 0, 0)
        grid.addWidget(self.deadlines, 1, 0)
        grid.addWidget(self.deletions, 2, 0)
        grid.addWidget(self.contact_due, 0, 1)
        grid.addWidget(self.status_due, 0, 2)
        grid.addWidget(self.unnoted, 1, 1)
        grid.addWidget(self.drafts, 1, 2)
        grid.addWidget(self.summaries_due, 2, 1)
        grid.addWidget(self.unfiled, 2, 2)
        for reminder in (self.summaries_due, self.unfiled, self.deletions):
            reminder.setMaximumHeight(scaled(reminder, 150))  # a reminder line or three, not a third row
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.handovers)
        layout.addWidget(self.purged_notes)
        layout.addLayout(grid, 1)

    def _appointment_text(self, appointment: Occurrence, names: dict[int, str]) -> str:
        who = names.get(appointment.citizen_id or -1, "")
        what = appointment.title or enum_label(appointment.kind)
        when = (self.tr("Hele dagen") if appointment.all_day
                else fmt_span(appointment.start, appointment.end))
        parts = [when, what]
        if who and who not in what:
            parts.append(who)
        own_place = appointment.place_text if appointment.citizen_id is None else ""
        parts.append(own_place or enum_label(appointment.place))
        return " · ".join(parts)

    def show_digest(self, digest: TodayDigest) -> None:
        names = digest.names
        self.heading.setText(self.tr("I dag, {date}").format(date=long_date(digest.today)))
        self.appointments.set_entries([
            (self._appointment_text(a, names), a.citizen_id, "appointments")
            for a in digest.appointments
        ])
        self.contact_due.set_entries([
            (self._contact_text(c.name, c.next_contact_due, digest), c.id, "overview")
            for c in digest.contact_due
        ])
        self.unnoted.set_entries([
            (f"{fmt_datetime(a.start)} · {enum_label(a.kind)} · {names.get(a.citizen_id or -1, '')}",
             a.citizen_id, note_target(a))
            for a in digest.held_without_note
        ])
        self.status_due.set_entries([
            (self.tr("{name} – senest {date}").format(name=c.name, date=fmt_date(c.next_status_due)),
             c.id, "status")
            for c in digest.status_due
        ])
        self.drafts.set_entries(
            [(self.tr("Notat {when} · {name}: {text}").format(
                when=fmt_date(n.occurred_at), name=names.get(n.citizen_id, ""),
                text=first_line(n.text, 60)), n.citizen_id, f"notes:draft:{n.id}")
             for n in digest.draft_notes]
            + [(self.tr("Status {date} · {name}").format(
                date=fmt_date(s.period_end), name=names.get(s.citizen_id, "")),
                s.citizen_id, "status")
               for s in digest.draft_statuses]
        )
        self.deletions.set_entries([
            (self._deletion_text(c, names, digest.today), c.citizen_id, "overview")
            for c in digest.deletions
        ])
        self.unfiled.set_entries([
            (self._unfiled_text(u, names), u.citizen_id, "notes:unfiled") for u in digest.unfiled
        ])
        self.deadlines.set_entries([
            (self._deadline_text(d, digest.today), d.citizen_id, "followup") for d in digest.deadlines
        ])
        self.handovers.set_entries([
            (self.tr("{name} – fra {by} den {date}").format(
                name=names.get(h.citizen_id, ""), by=h.from_role, date=fmt_date(h.on)), h.citizen_id, "overview")
            for h in digest.handovers
        ])
        self.handovers.setVisible(bool(digest.handovers))
        self.purged_notes.set_notes(digest.purged_notes)
        self.summaries_due.set_entries([
            (self._summaries_text(digest.names.get(cid, ""), months), cid,
             f"notes:summary:{months[0].isoformat()}")
            for cid, months in digest.summaries_due
        ])

    def _deletion_text(self, case: CaseClosing, names: dict[int, str], today: dt.date) -> str:
        if case.deletion_date <= today:
            return self.tr("{name} – skulle slettes {date}").format(
                name=names.get(case.citizen_id, ""), date=fmt_date(case.deletion_date))
        return self.tr("{name} – slettes {date}").format(
            name=names.get(case.citizen_id, ""), date=fmt_date(case.deletion_date))

    def _deadline_text(self, deadline: Deadline, today: dt.date) -> str:
        return self.tr("{when} · {name} · {about}: {action}").format(
            when=when_text(deadline, today), name=deadline.citizen_name, about=deadline.title,
            action=next_action_text(deadline))

    def _unfiled_text(self, unfiled: UnfiledCount, names: dict[int, str]) -> str:
        return self.tr("{name} – %n notat(er), det ældste underskrevet {date}", "", unfiled.count).format(
            name=names.get(unfiled.citizen_id, ""), date=fmt_date(unfiled.oldest_signed))

    def _summaries_text(self, name: str, months: list[dt.date]) -> str:
        return self.tr("{name} – {months}").format(
            name=name, months=", ".join(month_name(m) for m in months))

    def _contact_text(self, name: str, due: dt.date | None, digest: TodayDigest) -> str:
        if due is None:
            return self.tr("{name} – ingen kontakt registreret").format(name=name)
        days = (digest.today - due).days
        if days == 0:
            return self.tr("{name} – i dag").format(name=name)
        return self.tr("{name} – %n dag(e) over", "", days).format(name=name)
