"""The Status tab's list: period, state and when it was gone through with the citizen (narrow
enough to sit beside the editor)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import StatusState
from caseapp.domain.models import StatusDescription
from ui.common.formatting import enum_label, fmt_date
from ui.common.table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def status_list_model(parent: Any = None) -> RecordTableModel[StatusDescription]:
    return RecordTableModel(
        [
            Column(_tr("Periode"),
                   lambda s: f"{fmt_date(s.period_start)}–{fmt_date(s.period_end)}",
                   sort_key=lambda s: s.period_end),
            Column(_tr("Tilstand"), lambda s: enum_label(s.state),
                   alert=lambda s: s.state == StatusState.DRAFT),
            Column(_tr("Gennemgået"), lambda s: fmt_date(s.gone_through_on) or "–"),
        ],
        parent,
    )
