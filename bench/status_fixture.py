"""The fictional citizen of the status-description benches: a status description of exactly ten
pages, written through CaseService (four effort goals with three sub-goals each, ratings every
month, evaluations just long enough for ten pages). Used by pdf_bench.py (layout in-process)
and status_export_bench.py (`caseapp export status` against LibreOffice, whole processes)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sys
from pathlib import Path

from pypdf import PdfReader

from caseapp.domain.enums import Ambition, GoalLevel, GoalSource, RatingScale
from caseapp.domain.models import (
    Citizen,
    Goal,
    GoalEvaluation,
    Profile,
    Rating,
    StatusDescription,
)
from caseapp.reports.status_pdf import build_status_pdf, status_report_data
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

TODAY = dt.date(2025, 6, 2)
SENTENCES = (
    "Søren har i perioden betalt huslejen til tiden i ni ud af tolv måneder.",
    "Han bruger budgetskemaet, som han og kontaktpersonen lavede i foråret.",
    "Han fortæller selv, at det giver ro i maven at kunne se, hvad der er tilbage.",
    "Ved to lejligheder glemte han at overføre penge, men tog selv kontakt til udlejer.",
    "Han deltager i fællesspisningen om onsdagen og har budt sig til med opvasken.",
)


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _status_fixture(path: Path, key: DatabaseKey) -> tuple[CaseService, int]:
    service = CaseService.create(path, key)
    service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))
    citizen_id = service.citizens.add_citizen(Citizen(
        name="Søren Ågård Bækgaard", cpr="010190-1234", case_type="Bostøtte § 85",
        own_words="Jeg vil have mit eget sted og en hverdag, hvor jeg selv bestemmer.",
    ))
    long_term = service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM,
                                      text="Jeg bor i min egen lejlighed og har et arbejde."))
    for e in range(4):
        effort = service.plans.add_goal(Goal(
            citizen_id=citizen_id, level=GoalLevel.EFFORT, parent_id=long_term,
            text=f"Søren klarer selv område {e + 1} i sin hverdag.", source=GoalSource.ORDER,
            ambition=Ambition.INDEPENDENT, deadline=dt.date(2026, 6, 1),
        ))
        for s in range(3):
            sub = service.plans.add_goal(Goal(
                citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort,
                text=f"Søren gør trin {s + 1} selv hver uge.", ambition=Ambition.ON_PROMPT,
                deadline=dt.date(2025, 12, 1),
            ))
            for month in range(12):
                day = dt.date(2024, 6, 15) + dt.timedelta(days=30 * month)
                service.plans.add_rating(Rating(sub, RatingScale.SELF_1_10, 3 + month // 2, day))
                service.plans.add_rating(Rating(sub, RatingScale.FFB_0_4, 3 - month // 4, day))
    status_id = service.statuses.save_status_draft(StatusDescription(
        citizen_id=citizen_id, period_start=dt.date(2024, 6, 1), period_end=dt.date(2025, 5, 31),
        citizen_view="Jeg synes, det går bedre.", next_steps="Afklaringsforløb.",
        author="Gert Hansen",
    ))
    return service, status_id


def evaluation_text(sentences: int) -> str:
    """A sub-goal's evaluation (and the overall assessment) of `sentences` sentences; an effort
    goal's is the first half of it."""
    return " ".join(SENTENCES[i % len(SENTENCES)] for i in range(sentences))


def _set_text(service: CaseService, status_id: int, sentences_per_goal: int) -> int:
    """Evaluations of the given length; returns the number of pages that gives."""
    text = evaluation_text(sentences_per_goal)
    status = service.statuses.status_description(status_id)
    evaluations = tuple(
        GoalEvaluation(g.id, text if g.level == GoalLevel.SUB else text[: len(text) // 2])
        for g in service.plans.goals(status.citizen_id)
        if g.id is not None and g.level != GoalLevel.LONG_TERM
    )
    service.statuses.save_status_draft(dataclasses.replace(status, overall=text, evaluations=evaluations))
    return pdf_pages(build_status_pdf(status_report_data(service._db, status_id=status_id, today=TODAY)))


def ten_page_status(path: Path, key: DatabaseKey) -> tuple[CaseService, int, int]:
    """A new database at `path` holding the citizen, with evaluations just long enough for a
    ten-page status description; returns the open service, the status description's id and
    the number of sentences per sub-goal evaluation."""
    service, status_id = _status_fixture(path, key)
    low, high = 1, 80
    while low < high:
        middle = (low + high) // 2
        if _set_text(service, status_id, middle) < 10:
            low = middle + 1
        else:
            high = middle
    pages = _set_text(service, status_id, low)
    if pages != 10:
        print(f"note: the status description has {pages} pages, not 10", file=sys.stderr)
    return service, status_id, low
