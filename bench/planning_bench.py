"""Planning benchmarks: plan-my-week for a 220-citizen caseload, and importing 10,000 events.

    .venv/bin/python bench/planning_bench.py [--citizens 220] [--events 10000] [--runs 21]

Everything runs on a generated caseload in an encrypted database in a temporary directory;
nothing touches the user's data. Timings are wall-clock; the median is reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place, TimeOfDay
from caseapp.domain.models import Appointment, Citizen
from caseapp.planning.ics import export_range, import_ics, parse_ics
from caseapp.planning.loading import load_occurrences, plan_week_for, planning_citizens
from caseapp.planning.week_planner import PlanSettings, plan_week
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

WEEK = dt.date(2027, 5, 3)  # holds Kristi Himmelfartsdag
KEY = DatabaseKey(passphrase="benchmark only")
# 25 minutes a conversation including preparation, as in the ordinary jobcenter departments
# (seed 002 l.431-433): many small slots, the heaviest case for the planner.
JOBCENTER_SLOTS = {"conversation_minutes": 20, "preparation_minutes": 5}
FIRST_NAMES = ("Anna", "Bo", "Søren", "Åse", "Mette", "Jens", "Fatima", "Ole", "Lise", "Ahmad")
LAST_NAMES = ("Holm", "Bækgaard", "Jensen", "Nielsen", "Østergaard", "Hansen", "Ali", "Berg")


def _median_ms(action: Callable[[], object], runs: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def build_caseload(service: CaseService, citizens: int, seed: int = 7) -> None:
    """A caseload with contact history, fixed weekly activities and a partly booked week."""
    rng = random.Random(seed)
    monday = dt.datetime.combine(WEEK, dt.time())
    with service._db.atomic():
        for index in range(citizens):
            citizen_id = service.citizens.add_citizen(_citizen(rng, index))
            last = monday - dt.timedelta(days=rng.randint(1, 40), hours=-10)
            service.calendar.add_appointment(
                Appointment(
                    kind=AppointmentKind.CONVERSATION,
                    start=last,
                    end=last + dt.timedelta(hours=1),
                    citizen_id=citizen_id,
                    status=AppointmentStatus.HELD,
                )
            )
            if index % 20 == 0:  # about 11 conversations already booked this week
                day, slot = divmod(index // 20, 3)
                start = monday + dt.timedelta(days=day % 5, hours=9, minutes=15 + 75 * slot)
                service.calendar.add_appointment(
                    Appointment(
                        kind=AppointmentKind.CONVERSATION,
                        start=start,
                        end=start + dt.timedelta(hours=1),
                        citizen_id=citizen_id,
                        preparation_minutes=15,
                    )
                )
        for weekday, hour, place in (
            (1, 13, Place.OTHER),
            (3, 9, Place.RESIDENCE),
            (0, 14, Place.JOBCENTER),
        ):
            start = monday - dt.timedelta(weeks=30) + dt.timedelta(days=weekday, hours=hour)
            service.calendar.add_appointment(
                Appointment(
                    kind=AppointmentKind.FIXED_ACTIVITY,
                    start=start,
                    end=start + dt.timedelta(hours=2),
                    place=place,
                    preparation_minutes=15,
                    rrule="FREQ=WEEKLY",
                    exdates=(start + dt.timedelta(weeks=3),),
                )
            )


def _citizen(rng: random.Random, index: int) -> Citizen:
    return Citizen(
        name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {index}",
        contact_cadence_days=rng.choice((7, 14, 14, 30, 90)),
        preferred_time=rng.choice(list(TimeOfDay)),
        preferred_place=rng.choice((Place.JOBCENTER, Place.HOME, Place.RESIDENCE, Place.PHONE)),
        max_activities_per_day=rng.choice((1, 1, 2)),
    )


def ics_with_events(count: int, seed: int = 11) -> bytes:
    """An Outlook-style file: Windows zone; every 100th event a weekly series with an EXDATE,
    followed by a moved occurrence of it; some all-day events, some in UTC, the rest single."""
    rng = random.Random(seed)
    lines = list(_OUTLOOK_HEAD)
    base = dt.datetime(2026, 1, 5, 8)
    series_start = base
    for n in range(count):
        start = base + dt.timedelta(days=rng.randint(0, 700), minutes=15 * rng.randint(0, 28))
        end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90)))
        uid = f"bench-{n - 1}" if n % 100 == 1 else f"bench-{n}"
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:Aftale {n}", "DTSTAMP:20260101T000000Z",
                  f"LOCATION:Mødelokale {n % 7}", "SEQUENCE:0", "LAST-MODIFIED:20251220T101500Z",
                  f"DESCRIPTION:Dagsorden for møde {n}\\, punkt 1-3.\\nHusk referat.",
                  "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]
        if n % 5 == 0:
            lines += ["ORGANIZER;CN=\"Mette Holm\":mailto:mette@kommune.example",
                      "ATTENDEE;CN=\"Jonas Berg\";RSVP=TRUE:mailto:jonas@kommune.example",
                      "CATEGORIES:Intern,Møde"]
        if n % 100 == 0:
            series_start = start
            lines += [
                *_zoned(start, end),
                "RRULE:FREQ=WEEKLY;COUNT=40",
                f"EXDATE;{_ZONE}:{start + dt.timedelta(weeks=2):%Y%m%dT%H%M%S}",
            ]
        elif n % 100 == 1:
            original = series_start + dt.timedelta(weeks=3)
            moved = original + dt.timedelta(hours=2)
            lines += [
                f"RECURRENCE-ID;{_ZONE}:{original:%Y%m%dT%H%M%S}",
                *_zoned(moved, moved + dt.timedelta(hours=1)),
            ]
        elif n % 50 == 2:
            lines += [
                f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
                f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}",
            ]
        elif n % 10 == 3:
            lines += [f"DTSTART:{start:%Y%m%dT%H%M%S}Z", f"DTEND:{end:%Y%m%dT%H%M%S}Z"]
        else:
            lines += _zoned(start, end)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


_ZONE = "TZID=Romance Standard Time"
_OUTLOOK_HEAD = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//bench//EN",
    "BEGIN:VTIMEZONE",
    "TZID:Romance Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16011028T030000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010325T020000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
)


def _zoned(start: dt.datetime, end: dt.datetime) -> list[str]:
    return [f"DTSTART;{_ZONE}:{start:%Y%m%dT%H%M%S}", f"DTEND;{_ZONE}:{end:%Y%m%dT%H%M%S}"]


def bench_plan_week(folder: Path, citizens: int, runs: int) -> dict[str, float]:
    with CaseService.create(folder / "caseload.db", KEY) as service:
        build_caseload(service, citizens)
        now = dt.datetime.combine(WEEK, dt.time(7))
        whole, plan = _median_ms(
            lambda: plan_week_for(service._db, WEEK, now=now, **JOBCENTER_SLOTS), runs
        )
        start = dt.datetime.combine(WEEK, dt.time())
        occurrences = load_occurrences(service._db, start, start + dt.timedelta(days=7))
        people = planning_citizens(service._db)
        settings = PlanSettings.from_profile(service.profile(), earliest=now, **JOBCENTER_SLOTS)
        pure, _ = _median_ms(lambda: plan_week(WEEK, people, occurrences, settings), runs)
        load, _ = _median_ms(lambda: planning_citizens(service._db), runs)
        export, data = _median_ms(
            lambda: export_range(service._db, WEEK, WEEK + dt.timedelta(days=365)), max(3, runs // 5)
        )
    return {
        "citizens": citizens,
        "plan_week_for_ms": round(whole, 2),
        "plan_week_pure_ms": round(pure, 2),
        "load_citizens_ms": round(load, 2),
        "proposed": len(plan.conversations),  # type: ignore[attr-defined]
        "not_placed": len(plan.unplaced),  # type: ignore[attr-defined]
        "export_year_ms": round(export, 2),
        "export_events": data.count(b"BEGIN:VEVENT"),  # type: ignore[attr-defined]
    }


def bench_import(folder: Path, events: int, runs: int) -> dict[str, float]:
    data = ics_with_events(events)
    parse, _ = _median_ms(lambda: parse_ics(data), runs)
    timings, again = [], []
    for run in range(runs):
        with CaseService.create(folder / f"import-{run}.db", KEY) as service:
            started = time.perf_counter()
            imported = import_ics(service._db, data).written
            timings.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            unchanged = import_ics(service._db, data).unchanged  # the same file again: by UID
            again.append((time.perf_counter() - started) * 1000)
    return {
        "events": imported,
        "file_mb": round(len(data) / 1e6, 2),
        "parse_ms": round(parse, 1),
        "import_ms": round(statistics.median(timings), 1),
        "reimport_unchanged": unchanged,
        "reimport_ms": round(statistics.median(again), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=220)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=21, help="runs of plan-my-week")
    parser.add_argument("--import-runs", type=int, default=5)
    parser.add_argument("--only-import", action="store_true", help="skip plan-my-week")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="caseapp-bench-") as folder:
        results = {} if args.only_import else {
            "plan_week": bench_plan_week(Path(folder), args.citizens, args.runs)
        }
        results["import"] = bench_import(Path(folder), args.events, args.import_runs)
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for name, values in results.items():
        print(name)
        for key, value in values.items():
            print(f"  {key:<20} {value}")


if __name__ == "__main__":
    main()
