"""The Frister table: one row per deadline, overdue ones in red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from caseapp.domain.followup import Deadline
from ui.common.deadline_text import about_text, next_action_text, when_text
from ui.common.formatting import enum_label, fmt_date
from ui.common.table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def deadline_columns(today: Callable[[], dt.date]) -> list[Column[Deadline]]:
    def overdue(d: Deadline) -> bool:
        return d.overdue(today())

    return [
        Column(_tr("Dato"), lambda d: fmt_date(d.on), lambda d: d.on, alert=overdue),
        Column(_tr("Hvornår"), lambda d: when_text(d, today()), lambda d: d.on, alert=overdue),
        Column(_tr("Borger"), lambda d: d.citizen_name),
        Column(_tr("Slags"), lambda d: enum_label(d.kind)),
        Column(_tr("Om"), about_text),
        Column(_tr("Næste handling"), next_action_text),
    ]


class DeadlinesModel(RecordTableModel[Deadline]):
    DATE, WHEN, CITIZEN, KIND, ABOUT, ACTION = range(6)

    def __init__(self, today: Callable[[], dt.date], parent: object = None) -> None:
        super().__init__(deadline_columns(today), parent)
        self.today = today
