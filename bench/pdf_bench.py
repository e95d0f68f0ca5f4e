"""Benchmark of the PDFs (DESIGN.md section 8): a ten-page status description under 300 ms and
the 220-row caseload overview under 2 s.

    .venv/bin/python bench/pdf_bench.py            # status: median of 10; overview: median of 5
    .venv/bin/python bench/pdf_bench.py --repeat-status 3 --repeat-overview 2

The status description is built from a fictional citizen written through CaseService (four
effort goals, three sub-goals each, ratings every month, evaluations sized so the document is
exactly ten pages). The overview uses a 220-citizen demo caseload (caseapp.demo). Both are
timed twice: the layout alone (`build_*_pdf`, what the target is about) and reading the data
from the encrypted store plus the layout. Fonts are registered before timing (once per process
in the app as well). Results print as Markdown; the databases live in a temporary folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from caseapp.domain.enums import Ambition, GoalLevel, GoalSource, RatingScale  # noqa: E402
from caseapp.domain.models import (  # noqa: E402
    Citizen,
    Goal,
    GoalEvaluation,
    Profile,
    Rating,
    StatusDescription,
)
from caseapp.reports import fonts  # noqa: E402
from caseapp.reports.overview_pdf import build_overview_pdf, overview_data  # noqa: E402
from caseapp.reports.status_pdf import build_status_pdf, status_report_data  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402

TODAY = dt.date(2025, 6, 2)
TARGET_STATUS_MS = 300.0
TARGET_OVERVIEW_MS = 2000.0
SENTENCES = (
    "Søren har i perioden betalt huslejen til tiden i ni ud af tolv måneder.",
    "Han bruger budgetskemaet, som han og kontaktpersonen lavede i foråret.",
    "Han fortæller selv, at det giver ro i maven at kunne se, hvad der er tilbage.",
    "Ved to lejligheder glemte han at overføre penge, men tog selv kontakt til udlejer.",
    "Han deltager i fællesspisningen om onsdagen og har budt sig til med opvasken.",
)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _status_fixture(folder: Path) -> tuple[CaseService, int]:
    service = CaseService.create(folder / "status.db", DatabaseKey(passphrase="bench"))
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


def _set_text(service: CaseService, status_id: int, sentences_per_goal: int) -> int:
    """Evaluations of the given length; returns the number of pages that gives."""
    text = " ".join(SENTENCES[i % len(SENTENCES)] for i in range(sentences_per_goal))
    status = service.statuses.status_description(status_id)
    evaluations = tuple(
        GoalEvaluation(g.id, text if g.level == GoalLevel.SUB else text[: len(text) // 2])
        for g in service.plans.goals(status.citizen_id)
        if g.id is not None and g.level != GoalLevel.LONG_TERM
    )
    service.statuses.save_status_draft(dataclasses.replace(status, overall=text, evaluations=evaluations))
    return _pages(build_status_pdf(status_report_data(service._db, status_id=status_id, today=TODAY)))


def _ten_page_status(folder: Path) -> tuple[CaseService, int]:
    """The goals and ratings, with evaluations just long enough for exactly ten pages."""
    service, status_id = _status_fixture(folder)
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
    return service, status_id


def _median_ms(func: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat-status", type=int, default=10)
    parser.add_argument("--repeat-overview", type=int, default=5)
    parser.add_argument("--citizens", type=int, default=220)
    args = parser.parse_args(argv)
    fonts.register_fonts()
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="caseapp-pdf-bench-") as tmp:
        folder = Path(tmp)
        print("preparing a ten-page status description ...", file=sys.stderr)
        service, status_id = _ten_page_status(folder)
        data = status_report_data(service._db, status_id=status_id, today=TODAY)
        pages = _pages(build_status_pdf(data))
        build, _ = _median_ms(lambda: build_status_pdf(data), args.repeat_status)
        full, _ = _median_ms(
            lambda: build_status_pdf(status_report_data(service._db, status_id=status_id,
                                                        today=TODAY)),
            args.repeat_status,
        )
        rows.append((f"status description, {pages} pages (median of {args.repeat_status})",
                     build, full, f"< {TARGET_STATUS_MS:.0f}"))
        service.close()

        print(f"generating a {args.citizens}-citizen demo caseload ...", file=sys.stderr)
        from caseapp.demo.generator import generate_demo

        service = CaseService.create(folder / "caseload.db", DatabaseKey(passphrase="bench"))
        generate_demo(service._db, citizens=args.citizens, years=2.0, seed=1, today=TODAY)
        # closed cases included, so the sheet has exactly one row per generated citizen
        overview = overview_data(service._db, today=TODAY, include_closed=True)
        pdf = build_overview_pdf(overview)
        build, _ = _median_ms(lambda: build_overview_pdf(overview), args.repeat_overview)
        full, _ = _median_ms(
            lambda: build_overview_pdf(overview_data(service._db, today=TODAY, include_closed=True)),
            args.repeat_overview,
        )
        rows.append((f"caseload overview, {len(overview.rows)} rows, {_pages(pdf)} pages "
                     f"(median of {args.repeat_overview})", build, full,
                     f"< {TARGET_OVERVIEW_MS:.0f}"))
        service.close()

    print("| document | layout ms | data + layout ms | target ms |")
    print("|---|---:|---:|---:|")
    for name, build_ms, full_ms, target in rows:
        print(f"| {name} | {build_ms:.0f} | {full_ms:.0f} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
