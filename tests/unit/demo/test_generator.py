"""The demo caseload generator: deterministic, consistent and believable enough to demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.demo.generator import DemoStats, generate_demo
from caseapp.domain.cpr import normalise_cpr
from caseapp.domain.enums import DeadlineKind, GoalLevel, RecordState
from caseapp.service import CaseService
from caseapp.storage import bulk
from caseapp.storage.keys import DatabaseKey

TODAY = dt.date(2026, 11, 24)
CITIZENS = 12


def _generate(path: Path, **kwargs: object) -> tuple[CaseService, DemoStats]:
    service = CaseService.create(path, DatabaseKey(passphrase="test"))
    options: dict[str, object] = {"citizens": CITIZENS, "years": 1.0, "seed": 7, "today": TODAY}
    options.update(kwargs)
    return service, generate_demo(service._db, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CaseService, DemoStats]]:
    service, stats = _generate(tmp_path_factory.mktemp("demo") / "demo.db")
    yield service, stats
    service.close()


@pytest.fixture(scope="module")
def service(demo: tuple[CaseService, DemoStats]) -> CaseService:
    return demo[0]


def _rows(service: CaseService, sql: str) -> list[tuple]:
    return service._db.execute(sql).fetchall()


def test_counts_match_what_was_asked_and_what_was_written(
    demo: tuple[CaseService, DemoStats],
) -> None:
    service, stats = demo
    assert stats.citizens == CITIZENS == service.citizens.citizen_count() == len(service.citizens.caseload())
    assert stats.notes == service.diary.note_count() > CITIZENS * 10
    assert stats.goals == _rows(service, "SELECT count(*) FROM goals")[0][0]
    assert stats.appointments == _rows(service, "SELECT count(*) FROM appointments")[0][0]
    for citizen in service.citizens.caseload():
        providers = {e.provider_id for e in service.efforts.of_citizen(citizen.id)}
        # each effort's provider is a contact of its own; a closed case has no running follow-up
        assert (len(providers) == 0) if citizen.status == "closed" else (1 <= len(providers) <= 3)
        assert 1 <= len([c for c in service.citizens.contacts(citizen.id) if c.id not in providers]) <= 3
        assert 1 <= len(service.citizens.consents(citizen.id)) <= 3
        assert len(service.documents.of_citizen(citizen.id)) <= 2


def test_same_seed_and_day_give_the_same_database(
    tmp_path: Path, demo: tuple[CaseService, DemoStats]
) -> None:
    again, stats = _generate(tmp_path / "again.db")
    other, _ = _generate(tmp_path / "other.db", seed=8)
    try:
        assert stats == demo[1]
        assert bulk.content_digest(again._db) == bulk.content_digest(demo[0]._db)
        assert bulk.content_digest(other._db) != bulk.content_digest(demo[0]._db)
    finally:
        again.close()
        other.close()


def test_every_cpr_is_valid_and_every_name_looks_danish(service: CaseService) -> None:
    citizens = service.citizens.caseload()
    for citizen in citizens:
        assert citizen.cpr is not None
        assert normalise_cpr(citizen.cpr) == citizen.cpr
        assert dt.date(1900, 1, 1) < _birth(citizen.cpr) < TODAY
        assert len(citizen.name.split()) >= 2
    assert any(set("æøå") & set(c.name.lower()) for c in citizens)
    assert len({c.name for c in citizens}) == len(citizens)


def _birth(cpr: str) -> dt.date:
    from caseapp.domain.cpr import birth_date

    return birth_date(cpr)


def test_a_danish_name_is_found_by_search(service: CaseService) -> None:
    citizen = next(c for c in service.citizens.caseload() if set("æøå") & set(c.name.lower()))
    word = next(w for w in citizen.name.split() if set("æøå") & set(w.lower()))
    hits = service.search(word)
    assert any(h.kind == "citizen" and h.citizen_id == citizen.id for h in hits)
    folded = word.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    assert not any(
        h.citizen_id == citizen.id and h.kind == "citizen" for h in service.search(folded)
    )


def test_the_notes_index_matches_the_notes(service: CaseService) -> None:
    note = service.diary.notes(service.citizens.caseload()[0].id, limit=1)[0]
    word = max(note.text.split(), key=len).strip(".,:;!?\"'()")
    assert any(h.kind == "note" and h.id == note.id for h in service.search(word, limit=10_000))
    service._db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
    assert service.check().ok


def test_the_triggers_set_aside_while_loading_are_back_as_they_were(
    service: CaseService, tmp_path: Path
) -> None:
    fresh = CaseService.create(tmp_path / "fresh.db", DatabaseKey(passphrase="test"))
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    try:
        assert _rows(service, sql) == _rows(fresh, sql)
    finally:
        fresh.close()
    signed, goal = _rows(
        service,
        "SELECT n.id, g.id FROM notes n JOIN goals g ON g.citizen_id = n.citizen_id "
        "WHERE n.state = 'signed' AND g.level = 'sub' AND NOT EXISTS "
        "(SELECT 1 FROM note_goals ng WHERE ng.note_id = n.id AND ng.goal_id = g.id) LIMIT 1",
    )[0]
    with pytest.raises(Exception, match="read-only"):
        service._db.execute(
            "INSERT INTO note_goals (note_id, goal_id) VALUES (?, ?)", [signed, goal]
        )


def test_notes_belong_to_their_citizens_sub_goals(service: CaseService) -> None:
    assert _rows(
        service,
        "SELECT count(*) FROM notes n JOIN note_goals ng ON ng.note_id = n.id "
        "JOIN goals g ON g.id = ng.goal_id WHERE g.citizen_id <> n.citizen_id OR g.level <> 'sub'",
    ) == [(0,)]
    assert _rows(
        service,
        "SELECT count(*) FROM notes n WHERE NOT EXISTS "
        "(SELECT 1 FROM note_goals ng WHERE ng.note_id = n.id)",
    ) == [(0,)]
    assert _rows(
        service,
        "SELECT count(*) FROM notes n JOIN appointments a ON a.id = n.appointment_id "
        "WHERE a.citizen_id <> n.citizen_id OR a.status <> 'held'",
    ) == [(0,)]


def test_notes_are_records_drafts_and_corrections(service: CaseService) -> None:
    states = dict(_rows(service, "SELECT state, count(*) FROM notes GROUP BY state"))
    assert states["signed"] > states["draft"] > 0
    assert _rows(
        service,
        "SELECT count(*) FROM notes WHERE (state = 'signed') <> (signed_at IS NOT NULL) "
        "OR signed_at < occurred_at",
    ) == [(0,)]
    corrections = _rows(
        service,
        "SELECT c.citizen_id = o.citizen_id, o.state FROM notes c "
        "JOIN notes o ON o.id = c.corrects_id",
    )
    assert corrections and all(same and state == "signed" for same, state in corrections)
    assert _rows(service, "SELECT count(*) FROM notes WHERE entered_official_on IS NOT NULL")[0][0]
    assert _rows(service, "SELECT count(*) FROM notes WHERE kind = 'opsamling'")[0][0]
    signed = _rows(service, "SELECT id FROM notes WHERE state = 'signed' LIMIT 1")[0][0]
    assert service.diary.note(signed).state == RecordState.SIGNED


def test_few_active_sub_goals_and_a_whole_tree(service: CaseService) -> None:
    for citizen in service.citizens.caseload():
        goals = service.plans.goals(citizen.id)
        now = [g for g in goals if g.level == "sub" and g.status == "active" and g.phase == "now"]
        assert len(now) <= 2
        assert citizen.active_subgoals == len(now)
        levels = [g.level for g in goals]
        assert levels.count(GoalLevel.LONG_TERM) == 1
        assert 1 <= levels.count(GoalLevel.EFFORT) <= 3
        assert 1 <= levels.count(GoalLevel.SUB) <= 9
        by_id = {g.id: g for g in goals}
        for goal in goals:
            if goal.level == "sub":
                assert by_id[goal.parent_id].level == "effort"
                assert goal.deadline is not None and goal.ambition is not None
        assert service.plans.actions(citizen.id)
    scales = dict(_rows(service, "SELECT scale, count(*) FROM ratings GROUP BY scale"))
    assert scales["self_1_10"] and scales["ffb_0_4"] and scales["gas"]
    assert _rows(
        service,
        "SELECT count(*) FROM ratings WHERE (scale = 'self_1_10' AND value NOT BETWEEN 1 AND 10) "
        "OR (scale = 'ffb_0_4' AND value NOT BETWEEN 0 AND 4) "
        "OR (scale = 'gas' AND value NOT BETWEEN -2 AND 2)",
    ) == [(0,)]


def test_appointments_fall_on_weekdays_in_working_hours(service: CaseService) -> None:
    start, end = dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)
    appointments = service.calendar.appointments_between(start, end)
    assert appointments
    for a in appointments:
        assert a.end > a.start
        assert a.start.weekday() < 5
        assert dt.time(8) <= a.start.time() and a.end.time() <= dt.time(16)
    future = [a for a in appointments if a.start.date() > TODAY and not a.rrule]
    assert future and all(a.status == "planned" for a in future)
    assert all(a.start.date() <= TODAY + dt.timedelta(days=21) for a in future)
    past = {a.status for a in appointments if a.start.date() < TODAY}
    assert {"held", "cancelled", "no_show"} <= past
    assert all(a.status_reason for a in appointments if a.status == "cancelled")
    series = [a for a in appointments if a.rrule]
    assert any(a.citizen_id is None and a.kind == "kontortid" for a in series)
    assert all(a.rrule.startswith("FREQ=WEEKLY;BYDAY=") for a in series)


def test_some_held_appointments_still_owe_a_note(service: CaseService) -> None:
    owed = _rows(
        service,
        "SELECT count(*) FROM appointments a WHERE a.status = 'held' AND NOT EXISTS "
        "(SELECT 1 FROM notes n WHERE n.appointment_id = a.id)",
    )[0][0]
    held = _rows(service, "SELECT count(*) FROM appointments WHERE status = 'held'")[0][0]
    assert 0 < owed < held / 5


def test_status_descriptions_are_final_in_the_past_with_evaluations(service: CaseService) -> None:
    finals = 0
    for citizen in service.citizens.caseload():
        for status in service.statuses.status_descriptions(citizen.id):
            assert status.period_start <= status.period_end <= TODAY
            if status.state == "final":
                finals += 1
                assert status.finalised_at is not None
                assert status.finalised_at.date() <= TODAY
                assert status.evaluations
        assert citizen.last_status is None or citizen.next_status_due is not None
    assert finals > 0


def test_progress_reports_and_density_scales(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    sparse, few = _generate(
        tmp_path / "sparse.db",
        citizens=3,
        years=0.5,
        notes_per_week=0,
        progress=lambda done, total: calls.append((done, total)),
    )
    dense, many = _generate(tmp_path / "dense.db", citizens=3, years=0.5, notes_per_week=30)
    try:
        assert calls[-1] == (3, 3)
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)
        assert many.notes > few.notes + 3 * 20 * 20
        assert few.citizens == many.citizens == 3
    finally:
        sparse.close()
        dense.close()


def test_scenario_weights_pick_the_caseload(tmp_path: Path) -> None:
    from caseapp.demo import corpus

    key = corpus.SCENARIOS[0].key
    service, _ = _generate(tmp_path / "one.db", citizens=4, years=0.3, scenario_weights={key: 1})
    try:
        assert {c.case_type for c in service.citizens.caseload()} == {corpus.SCENARIOS[0].case_type}
    finally:
        service.close()
    empty = CaseService.create(tmp_path / "none.db", DatabaseKey(passphrase="test"))
    try:
        with pytest.raises(ValueError):
            generate_demo(empty._db, citizens=1, scenario_weights={"no such scenario": 1})
    finally:
        empty.close()


def test_caseapp_demo_offers_every_scenario_of_the_corpus_in_its_order(capsys) -> None:
    from caseapp.cli import main
    from caseapp.demo import corpus

    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    keys = [scenario.key for scenario in corpus.SCENARIOS]
    assert f"--scenario {{{','.join(keys)}}}" in " ".join(capsys.readouterr().out.split())


def test_some_citizens_have_meetings_with_minutes_and_agreements_and_some_coming(service: CaseService) -> None:
    """Written onto the calendar's network meetings: held ones with minutes under every agenda
    item and agreements owned by someone at the table, coming ones to be prepared."""
    caseload = service.citizens.caseload()
    meetings = {c.id: service.meetings.of_citizen(c.id) for c in caseload}
    with_meetings = [cid for cid, found in meetings.items() if found]
    assert 0 < len(with_meetings) < len(caseload)
    every = [m for found in meetings.values() for m in found]
    held = [m for m in every if m.held(TODAY)]
    coming = [m for m in every if not m.held(TODAY)]
    assert held and coming
    for m in every:
        appointment = service.calendar.appointment(m.appointment_id)
        assert appointment.kind == "netvaerksmoede" and appointment.start == m.starts_at
        people = {p.name for p in m.participants}
        assert m.participants[0].name == service.citizens.citizen(m.citizen_id).name
        assert sum(p.coordinator for p in m.participants) == 1
        assert all(d.owner in people for d in m.decisions)
    assert all(all(i.minutes for i in m.agenda) and m.decisions for m in held)
    assert all(not any(i.minutes for i in m.agenda) and not m.decisions for m in coming)
    assert all(m.minutes_done_on is None and m.starts_at.date() <= TODAY + dt.timedelta(days=21)
               for m in coming)
    kinds = {d.kind for d in service.deadlines(TODAY)}
    assert DeadlineKind.MEETING_PREPARE in kinds
