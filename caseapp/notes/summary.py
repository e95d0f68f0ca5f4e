"""The monthly summary (opsamling) per sub-goal.

"Kontaktpersonen bør løbende og med et fast interval, fx månedligt, samle op på
dagbogsnotaterne og foretage en evaluering og vurdering af den udvikling ... På baggrund heraf
skrives et kort resumé – enten som et dagbogsnotat eller direkte i den pædagogiske handleplan.
Det skal sidenhen bruges til at udfærdige statusbeskrivelser." (seed 003 l.1118-1126)

A summary is a diary note of kind "opsamling", dated the month's last day at 16:00 and linked to
its sub-goal, saved as a draft for the user to sign. Because a note may be linked to several
sub-goals, one observation never has to be split up (l.1418-1433): it appears under each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.enums import GoalLevel, GoalStatus, NoteKind, RatingScale, RecordState
from caseapp.domain.models import DiaryNote, Goal, Rating
from caseapp.domain.validation import clean_text
from caseapp.errors import InvalidInput, NotFound
from caseapp.notes.writing import correct_note, save_draft
from caseapp.plans.ratings import add_rating
from caseapp.storage import citizens as citizen_store
from caseapp.storage import goals as goal_store
from caseapp.storage import notes as note_store

log = logging.getLogger(__name__)

SUMMARY_TIME = dt.time(16, 0)
DEFAULT_LOOKBACK_MONTHS = 3


@dataclass(frozen=True, slots=True)
class SubgoalMonth:
    """One sub-goal's month: what to read before writing its summary.

    goal: the sub-goal (None: the notes linked to no goal at all).
    notes: the month's signed notes linked to it, oldest first; summaries are not among them,
      nor notes replaced by a signed correction.
    latest_ratings: the last rating of the month on each scale, in RatingScale order.
    summary: the month's summary for this sub-goal if one is written (the newest; draft or
      signed), for the editor to open instead of starting a new one.
    """

    goal: Goal | None
    notes: tuple[DiaryNote, ...] = ()
    latest_ratings: tuple[Rating, ...] = ()
    summary: DiaryNote | None = None

    @property
    def goal_id(self) -> int | None:
        return self.goal.id if self.goal else None


def month_start(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, 1)


def next_month(day: dt.date) -> dt.date:
    first = month_start(day)
    return dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)


def month_end(day: dt.date) -> dt.date:
    return next_month(day) - dt.timedelta(days=1)


def summary_time(month: dt.date) -> dt.datetime:
    """When a month's summary is dated: the month's last day at 16:00."""
    return dt.datetime.combine(month_end(month), SUMMARY_TIME)


def month_overview(db: sqlite_utils.Database, citizen_id: int, month: dt.date) -> list[SubgoalMonth]:
    """The month's signed notes grouped by the goal they link to, in the plan's order.

    Every active sub-goal has a group, even without notes (that is worth seeing too); other
    goals have one when the month has notes, ratings or a summary for them. Notes linked to no
    goal come last, in a group of their own, when there are any.
    """
    citizen_store.get(db, citizen_id)
    lo, hi = month_start(month), month_end(month)
    month_notes = note_store.filtered(
        db,
        citizen_id=citizen_id,
        state=RecordState.SIGNED.value,
        hide_corrected=True,
        occurred_from=lo.isoformat(),
        occurred_before=next_month(month).isoformat(),
        limit=None,
    )
    summaries = note_store.filtered(
        db,
        citizen_id=citizen_id,
        kinds=(NoteKind.SUMMARY.value,),
        occurred_from=lo.isoformat(),
        occurred_before=next_month(month).isoformat(),
        limit=None,
    )
    by_goal: dict[int | None, list[DiaryNote]] = {}
    for note in sorted(month_notes, key=lambda n: (n.occurred_at, n.id or 0)):
        if note.kind == NoteKind.SUMMARY:
            continue
        for goal_id in note.goal_ids or (None,):
            by_goal.setdefault(goal_id, []).append(note)
    latest_summary: dict[int | None, DiaryNote] = {}
    for note in summaries:  # newest first
        for goal_id in note.goal_ids or (None,):
            latest_summary.setdefault(goal_id, note)

    groups: list[SubgoalMonth] = []
    for goal in goal_store.for_citizen(db, citizen_id, include_archived=True):
        ratings = _latest_per_scale(
            r for r in goal_store.ratings_for_goal(db, goal.id or 0) if lo <= r.rated_on <= hi
        )
        active = goal.level == GoalLevel.SUB and goal.status == GoalStatus.ACTIVE
        shown = active and not goal.archived
        if shown or by_goal.get(goal.id) or ratings or goal.id in latest_summary:
            groups.append(
                SubgoalMonth(
                    goal=goal,
                    notes=tuple(by_goal.get(goal.id, ())),
                    latest_ratings=ratings,
                    summary=latest_summary.get(goal.id),
                )
            )
    if by_goal.get(None) or None in latest_summary:
        groups.append(
            SubgoalMonth(
                goal=None, notes=tuple(by_goal.get(None, ())), summary=latest_summary.get(None)
            )
        )
    return groups


def _latest_per_scale(ratings) -> tuple[Rating, ...]:
    latest: dict[RatingScale, Rating] = {}
    for rating in ratings:
        held = latest.get(rating.scale)
        if held is None or (rating.rated_on, rating.id or 0) > (held.rated_on, held.id or 0):
            latest[rating.scale] = rating
    return tuple(latest[s] for s in RatingScale if s in latest)


def save_month_summary(
    db: sqlite_utils.Database,
    citizen_id: int,
    month: dt.date,
    summaries: Mapping[int | None, str],
    ratings: Mapping[int, tuple[RatingScale, int]] | None = None,
    author: str = "",
) -> dict[int | None, int]:
    """Store the month's summaries (one draft note per sub-goal) and ratings, all or nothing.

    summaries: sub-goal id -> text (None as key: a summary linked to no goal). A blank text is
      skipped. When the month already has a draft summary for the sub-goal, that draft is
      updated; when it has a signed one, the new text becomes a correction of it.
    ratings: sub-goal id -> (scale, value), dated the month's last day, rated by `author`.
      A rating identical to one already given that day is not stored twice.
    Returns sub-goal id -> the id of its summary note. Raises InvalidInput (nothing stored)
    when a goal is not one of the citizen's, a text is too long or a value is out of range.
    """
    citizen_store.get(db, citizen_id)
    texts = {goal_id: text for goal_id, text in summaries.items() if clean_text(text).strip()}
    scores = dict(ratings or {})
    if not texts and not scores:
        raise InvalidInput("Der er ingen opsamling eller vurdering at gemme.")
    if None in scores:
        raise InvalidInput("En vurdering skal høre til et delmål.")
    for goal_id in [*texts, *scores]:
        if goal_id is not None:
            _own_goal(db, citizen_id, goal_id)
    existing = {
        g.goal_id: g.summary for g in month_overview(db, citizen_id, month) if g.summary
    }
    at = summary_time(month)
    saved: dict[int | None, int] = {}
    with db.atomic():  # each `change` nests inside as a savepoint
        for goal_id, text in texts.items():
            saved[goal_id] = _save_summary(
                db, citizen_id, goal_id, text, at, author, existing.get(goal_id)
            )
        for goal_id, (scale, value) in scores.items():
            rating = Rating(
                goal_id=goal_id,
                scale=RatingScale(scale),
                value=value,
                rated_on=at.date(),
                rater=author,
            )
            if not _already_rated(db, rating):
                add_rating(db, rating)
    return saved


def _own_goal(db: sqlite_utils.Database, citizen_id: int, goal_id: int) -> Goal:
    try:
        goal = goal_store.get(db, goal_id)
    except NotFound:
        raise InvalidInput("Opsamlingen kan kun knyttes til borgerens egne delmål.") from None
    if goal.citizen_id != citizen_id:
        raise InvalidInput("Opsamlingen kan kun knyttes til borgerens egne delmål.")
    return goal


def _save_summary(
    db: sqlite_utils.Database,
    citizen_id: int,
    goal_id: int | None,
    text: str,
    at: dt.datetime,
    author: str,
    current: DiaryNote | None,
) -> int:
    goal_ids = () if goal_id is None else (goal_id,)
    if current is not None and current.state == RecordState.SIGNED:
        if clean_text(text).strip() == current.text:
            return current.id or 0  # the signed summary says exactly this already
        return correct_note(db, current.id or 0, text, goal_ids)
    if current is not None:  # a draft (perhaps a correction): update it, no second summary
        return save_draft(db, 
            dataclasses.replace(current, text=text, author=author or current.author)
        )
    return save_draft(db, 
        DiaryNote(
            citizen_id=citizen_id,
            kind=NoteKind.SUMMARY,
            occurred_at=at,
            text=text,
            author=author,
            goal_ids=goal_ids,
        )
    )


def _already_rated(db: sqlite_utils.Database, rating: Rating) -> bool:
    return any(
        r.scale == rating.scale and r.value == rating.value and r.rated_on == rating.rated_on
        for r in goal_store.ratings_for_goal(db, rating.goal_id)
    )


def months_without_summary(
    db: sqlite_utils.Database,
    citizen_id: int,
    today: dt.date,
    lookback: int = DEFAULT_LOOKBACK_MONTHS,
) -> list[dt.date]:
    """Completed months that still lack a summary, oldest first, as the first day of each.

    Looks at the last `lookback` completed months (3 by default), and only at months that end
    after the citizen's first note (nothing to sum up before the work began). Empty when the
    citizen has no active sub-goal. A month counts as summed up once it holds any summary note,
    draft or signed (a draft is offered among the pending drafts).
    """
    if lookback < 1:
        return []
    if not any(
        g.level == GoalLevel.SUB and g.status == GoalStatus.ACTIVE
        for g in goal_store.for_citizen(db, citizen_id)
    ):
        return []
    first_note = note_store.first_occurred(db, citizen_id)
    if first_note is None:
        return []
    started = dt.datetime.fromisoformat(first_note).date()
    months: list[dt.date] = []
    month = month_start(today)
    for _ in range(lookback):
        month = month_start(month - dt.timedelta(days=1))
        if month_end(month) < started:
            break
        months.append(month)
    if not months:
        return []
    months.reverse()
    done = note_store.summary_months(
        db,
        citizen_id,
        months[0].isoformat(),
        next_month(months[-1]).isoformat(),
        NoteKind.SUMMARY.value,
    )
    return [m for m in months if m.strftime("%Y-%m") not in done]
