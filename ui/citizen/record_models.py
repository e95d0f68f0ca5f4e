"""Column sets for the citizen's notes, appointments and status descriptions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import AccessAction, RecordState, StatusState
from caseapp.domain.models import (
    AccessRow,
    Appointment,
    Consent,
    DiaryNote,
    NetworkContact,
    StatusDescription,
)
from ui.common.formatting import enum_label, first_line, fmt_date, fmt_datetime, fmt_span
from ui.common.table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def notes_model(parent: Any = None) -> RecordTableModel[DiaryNote]:
    return RecordTableModel(
        [
            Column(_tr("Tidspunkt"), lambda n: fmt_datetime(n.occurred_at),
                   sort_key=lambda n: n.occurred_at),
            Column(_tr("Type"), lambda n: enum_label(n.kind)),
            Column(_tr("Tilstand"), lambda n: enum_label(n.state),
                   alert=lambda n: n.state == RecordState.DRAFT),
            Column(_tr("Delmål"), lambda n: str(len(n.goal_ids)) if n.goal_ids else "–",
                   sort_key=lambda n: len(n.goal_ids), align_right=True),
            Column(_tr("Notat"), lambda n: first_line(n.text)),
        ],
        parent,
    )


def appointments_model(parent: Any = None) -> RecordTableModel[Appointment]:
    return RecordTableModel(
        [
            Column(_tr("Dato"), lambda a: fmt_date(a.start), sort_key=lambda a: a.start),
            Column(_tr("Tid"), lambda a: fmt_span(a.start, a.end)),
            Column(_tr("Type"), lambda a: enum_label(a.kind)),
            Column(_tr("Sted"), lambda a: enum_label(a.place)),
            Column(_tr("Status"), lambda a: enum_label(a.status)),
            Column(_tr("Titel"), lambda a: a.title),
        ],
        parent,
    )


def status_model(parent: Any = None) -> RecordTableModel[StatusDescription]:
    return RecordTableModel(
        [
            Column(_tr("Periode"),
                   lambda s: f"{fmt_date(s.period_start)}–{fmt_date(s.period_end)}",
                   sort_key=lambda s: s.period_end),
            Column(_tr("Tilstand"), lambda s: enum_label(s.state),
                   alert=lambda s: s.state == StatusState.DRAFT),
            Column(_tr("Gennemgået med borgeren"), lambda s: fmt_date(s.gone_through_on)),
            Column(_tr("Forfatter"), lambda s: s.author),
        ],
        parent,
    )


def contacts_model(parent: Any = None) -> RecordTableModel[NetworkContact]:
    return RecordTableModel(
        [
            Column(_tr("Navn"), lambda c: c.name),
            Column(_tr("Rolle"), lambda c: c.role),
            Column(_tr("Organisation"), lambda c: c.organisation),
            Column(_tr("Telefon"), lambda c: c.phone + (" ✓" if c.phone and c.phone_verified else "")),
        ],
        parent,
    )


def _shared_topics(consent: Consent) -> str:
    """What the consent lets the user share, once reviewed (before that: nothing)."""
    if consent.reviewed_on is None:
        return _tr("Skal gennemgås")
    return ", ".join(enum_label(t).lower() for t in consent.topics) or _tr("Intet")


def consents_model(parent: Any = None) -> RecordTableModel[Consent]:
    return RecordTableModel(
        [
            Column(_tr("Part"), lambda c: c.party),
            Column(_tr("Omfang"), lambda c: first_line(c.scope, 80)),
            Column(_tr("Må deles"), _shared_topics, alert=lambda c: c.reviewed_on is None),
            Column(_tr("Form"), lambda c: enum_label(c.form)),
            Column(_tr("Givet"), lambda c: fmt_date(c.given_on), sort_key=lambda c: c.given_on),
            Column(_tr("Trukket tilbage"), lambda c: fmt_date(c.withdrawn_on),
                   sort_key=lambda c: c.withdrawn_on, alert=lambda c: c.withdrawn_on is not None),
        ],
        parent,
    )


def access_model(parent: Any = None) -> RecordTableModel[AccessRow]:
    return RecordTableModel(
        [
            Column(_tr("Tidspunkt"), lambda r: fmt_datetime(r.at), sort_key=lambda r: r.id),
            Column(_tr("Hvem"), lambda r: r.user),
            Column(_tr("Handling"), lambda r: enum_label(AccessAction(r.action))),
            Column(_tr("Detalje"), lambda r: r.detail),
        ],
        parent,
    )
