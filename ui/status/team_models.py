"""The two tables of the leader's team view: per worker (citizens, overdue and due within the
week) and the team's shared caseload with each citizen's responsible worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject

from caseapp.domain.models import CitizenSummary
from caseapp.domain.team_load import WorkerLoad, worker_of
from ui.common.formatting import fmt_date, tr
from ui.common.table_model import Column, RecordTableModel


def worker_model(parent: QObject | None = None) -> RecordTableModel[WorkerLoad]:
    def count(get: Callable[[WorkerLoad], int], alert: bool = False) -> dict:
        return {"text": lambda w: str(get(w)), "sort_key": get, "align_right": True,
                "alert": (lambda w: get(w) > 0) if alert else None}

    return RecordTableModel([
        Column(tr("Ansvarlig"), lambda w: w.worker),
        Column(tr("Borgere"), **count(lambda w: w.citizens)),
        Column(tr("Kontakt overskredet"), **count(lambda w: w.contact_overdue, alert=True)),
        Column(tr("Kontakt inden 7 dage"), **count(lambda w: w.contact_soon)),
        Column(tr("Status overskredet"), **count(lambda w: w.status_overdue, alert=True)),
        Column(tr("Status inden 7 dage"), **count(lambda w: w.status_soon)),
    ], parent)


def team_caseload_model(today: Callable[[], dt.date],
                        parent: QObject | None = None) -> RecordTableModel[CitizenSummary]:
    def late(day: dt.date | None) -> bool:
        return day is not None and day < today()

    return RecordTableModel([
        Column(tr("Borger"), lambda c: c.name),
        Column(tr("Ansvarlig"), worker_of),
        Column(tr("Næste kontakt"), lambda c: fmt_date(c.next_contact_due) or tr("snarest"),
               lambda c: c.next_contact_due or dt.date.min, lambda c: late(c.next_contact_due)),
        Column(tr("Næste status"), lambda c: fmt_date(c.next_status_due),
               lambda c: c.next_status_due or dt.date.max, lambda c: late(c.next_status_due)),
        Column(tr("Næste skridt"), lambda c: c.next_step),
    ], parent)
