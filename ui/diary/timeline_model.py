"""The citizen's red thread as a table: notes, appointments and ratings in time order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import AppointmentStatus, RatingScale, RecordState
from caseapp.domain.models import DiaryNote, Goal, Rating
from caseapp.notes import TimelineItem, TimelineKind
from caseapp.planning.recurrence import Occurrence
from ui.common.formatting import enum_label, fmt_date, fmt_datetime
from ui.common.notes_text import one_line
from ui.common.table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def _scale(scale: RatingScale) -> str:
    return {RatingScale.SELF_1_10: _tr("egen (1-10)"),
            RatingScale.FFB_0_4: _tr("FFB (0-4)"),
            RatingScale.GAS: _tr("GAS (-2..+2)")}.get(scale, str(scale))


def when(item: TimelineItem) -> str:
    if item.all_day:
        return fmt_date(item.at.date())
    return fmt_datetime(item.at)


def what(item: TimelineItem) -> str:
    thing = item.item
    if isinstance(thing, DiaryNote):
        text = _tr("Notat") + " · " + enum_label(thing.kind)
        return text + (" (" + _tr("kladde") + ")" if thing.state == RecordState.DRAFT else "")
    if isinstance(thing, Occurrence):
        text = _tr("Aftale") + " · " + enum_label(thing.kind)
        return text + (f" ({enum_label(thing.status)})"
                       if thing.status != AppointmentStatus.PLANNED else "")
    if isinstance(thing, Rating):
        return _tr("Vurdering") + " · " + _scale(thing.scale)
    return ""


def description(item: TimelineItem, goals: Mapping[int, Goal]) -> str:
    thing = item.item
    if isinstance(thing, DiaryNote):
        return one_line(thing.text)[:200]
    if isinstance(thing, Occurrence):
        return thing.title
    if isinstance(thing, Rating):
        goal = goals.get(thing.goal_id)
        about = goal.text if goal else ""
        return f"{thing.value} – {about}" + (f" ({thing.comment})" if thing.comment else "")
    return ""


def timeline_model(goals: Callable[[], Mapping[int, Goal]], parent: Any = None
                   ) -> RecordTableModel[TimelineItem]:
    """`goals` gives the citizen's goals by id when a row is drawn."""
    return RecordTableModel(
        [
            Column(_tr("Tidspunkt"), when, sort_key=lambda i: i.at),
            Column(_tr("Hvad"), what,
                   alert=lambda i: i.kind == TimelineKind.NOTE
                   and isinstance(i.item, DiaryNote) and i.item.state == RecordState.DRAFT),
            Column(_tr("Beskrivelse"), lambda i: description(i, goals())),
        ],
        parent,
    )
