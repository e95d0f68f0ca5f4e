"""Deadlines from the Frister list as all-day reminders in the exported calendar.

Each is an all-day VEVENT (DTSTART and DTEND as DATE values, shown as free time, which Outlook and
Google show in the day's all-day band) with a display alarm at 09:00 the day before, so the
reminder pops up in Outlook without opening caseapp. Without names it says only the kind of
deadline and the citizen's initials or "Sag <id>", the rule appointments follow; with names
also the name, the effort's or document's title and the next action. `X-CASEAPP-DEADLINE`
marks it, so a calendar exported by caseapp imports back without its reminders as appointments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import icalendar

from caseapp.domain.followup import Deadline
from caseapp.domain.labels import label
from caseapp.planning.ics_events import X_DEADLINE

REMIND_BEFORE = dt.timedelta(hours=15)  # from the day's start: 09:00 the day before


def deadline_events(
    deadlines: Iterable[Deadline], labels: Mapping[int, str], with_names: bool,
    stamp: dt.datetime,
) -> list[icalendar.Event]:
    return [_event(d, labels, with_names, stamp) for d in deadlines]


def deadline_summary(deadline: Deadline, labels: Mapping[int, str], with_names: bool) -> str:
    who = deadline.citizen_name if with_names else labels.get(
        deadline.citizen_id, f"Sag {deadline.citizen_id}")
    text = f"Frist: {label(deadline.kind)} – {who}"
    if with_names and deadline.title:
        text += f": {deadline.title}"
    return text


def _event(deadline: Deadline, labels: Mapping[int, str], with_names: bool,
           stamp: dt.datetime) -> icalendar.Event:
    summary = deadline_summary(deadline, labels, with_names)
    event = icalendar.Event()
    event.add("uid", _uid(deadline))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.on)
    event.add("dtend", deadline.on + dt.timedelta(days=1))
    event.add("summary", summary)
    if with_names:
        event.add("description", deadline.next_action)
    event.add("transp", "TRANSPARENT")
    event.add("x-microsoft-cdo-alldayevent", "TRUE")
    event.add("x-microsoft-cdo-busystatus", "FREE")
    event.add(X_DEADLINE, deadline.kind.value)
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -REMIND_BEFORE)
    event.add_component(alarm)
    return event


def _uid(deadline: Deadline) -> str:
    """The same deadline keeps its UID when its date moves (an extension), so the other
    calendar moves the reminder instead of adding a second one."""
    record = deadline.record_id if deadline.record_id is not None else f"c{deadline.citizen_id}"
    return f"caseapp-frist-{deadline.kind.value}-{record}@caseapp.local"
