"""Efforts and deadlines where they belong: the status description, the leader's caseload sheet,
the calendar export and plan-my-week."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import AppointmentKind, EffortKind, EffortOutcome, GoalLevel, Place
from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.domain.models import Appointment, Citizen, Goal
from caseapp.errors import InvalidInput
from caseapp.planning import commands
from caseapp.planning.ics import import_ics
from caseapp.planning.loading import accept_proposals, plan_week_for
from caseapp.reports.overview_pdf import build_overview_pdf, overview_data
from caseapp.reports.status_pdf import build_status_pdf, status_report_data
from caseapp.service import CaseService
from caseapp.storage import connection, schema
from caseapp.storage.keys import DatabaseKey

TODAY = dt.date(2026, 12, 7)
PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _effort(service: CaseService, citizen_id: int, title: str, start: dt.date, end: dt.date,
            provider: str = "", **more: object) -> int:
    effort = Effort(citizen_id=citizen_id, title=title, start_on=start, end_on=end, **more)  # type: ignore[arg-type]
    return service.efforts.add(effort, provider=provider)


def _three_efforts(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    mentor = _effort(service, citizen_id, "Mentorforløb i Ølstykke", dt.date(2026, 2, 1),
                     dt.date(2026, 8, 31), "Jens Ærø", kind=EffortKind.MENTOR, goal_ids=(sub_goal_id,))
    service.efforts.extend(mentor, dt.date(2027, 2, 28), "Forlænget efter statusmødet")
    course = _effort(service, citizen_id, "Økonomikursus", dt.date(2026, 3, 1),
                     dt.date(2026, 6, 30), kind=EffortKind.COURSE)
    service.efforts.end(course, EffortOutcome.ENDED, dt.date(2026, 6, 15))
    praktik = _effort(service, citizen_id, "Praktik på værkstedet", dt.date(2026, 4, 1),
                      dt.date(2026, 10, 31), kind=EffortKind.PLACEMENT)
    service.efforts.end(praktik, EffortOutcome.REPLACED, dt.date(2026, 9, 30),
                        "løntilskud i Brugsen")
    _effort(service, citizen_id, "Gammelt forløb", dt.date(2025, 1, 1), dt.date(2025, 6, 30))


def test_the_status_description_lists_the_efforts_with_their_period_and_outcome(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    _three_efforts(service, citizen_id, sub_goal_id)
    data = status_report_data(service._db, citizen_id=citizen_id, period=PERIOD, today=TODAY)
    assert [g.title for g in data.grants] == [
        "Mentorforløb i Ølstykke", "Økonomikursus", "Praktik på værkstedet"]  # not last year's
    text = _text(build_status_pdf(data))
    assert "Indsatser og bevillinger" in text
    for shown in ("Mentorforløb i Ølstykke", "Jens Ærø", "01.02.2026 – 28.02.2027",
                  "Forlænget til 28.02.2027 (før 31.08.2026)", "Forlænget efter statusmødet",
                  "Økonomikursus", "01.03.2026 – 15.06.2026", "Afsluttet 15.06.2026",
                  "Erstattet af løntilskud i Brugsen", "Søren betaler selv sin husleje"):
        assert shown in text, shown
    assert "Gammelt forløb" not in text


def test_a_status_description_without_efforts_says_so(service: CaseService, citizen_id: int) -> None:
    data = status_report_data(service._db, citizen_id=citizen_id, period=PERIOD, today=TODAY)
    text = _text(build_status_pdf(data))
    assert "Borgeren har ingen indsatser eller bevillinger i perioden." in text


def test_the_caseload_sheet_shows_each_citizens_nearest_deadline_and_marks_it_overdue(
    service: CaseService, citizen_id: int
) -> None:
    _effort(service, citizen_id, "Mentorforløb", dt.date(2026, 9, 1), dt.date(2027, 1, 31),
            "Jens Ærø", review_on=dt.date(2026, 12, 20))
    _effort(service, citizen_id, "Økonomikursus", dt.date(2026, 9, 1), dt.date(2027, 3, 31))
    late = service.citizens.add_citizen(Citizen(name="Åse Østergård"))
    service.documents.request(DocumentRequest(
        citizen_id=late, title="Lægeattest", requested_from="Lægehuset Ærøvej",
        requested_on=dt.date(2026, 11, 1), due_on=dt.date(2026, 11, 20)))
    quiet = service.citizens.add_citizen(Citizen(name="Ib Ingenting"))

    data = overview_data(service._db, today=TODAY)
    rows = {r.citizen_id: r for r in data.rows}
    assert (rows[citizen_id].deadline_on, rows[citizen_id].deadline_what,
            rows[citizen_id].deadline_overdue) == (dt.date(2026, 12, 20),
                                                   "Mentorforløb: forlængelse", False)
    assert (rows[late].deadline_on, rows[late].deadline_what, rows[late].deadline_overdue) == (
        dt.date(2026, 11, 20), "Lægeattest: rykker 1", True)
    assert rows[quiet].deadline_on is None
    assert data.rows[0].citizen_id == late  # an overdue deadline puts the citizen first

    text = _text(build_overview_pdf(data)).replace("- ", "")
    assert "Udløber / frister" in text
    assert "20.11.2026 overskredet Lægeattest: rykker 1" in text
    assert "20.12.2026 Mentorforløb: forlængelse" in text


def _unfolded(data: bytes) -> str:
    return data.replace(b"\r\n ", b"").decode("utf-8")


def _effort_and_document(service: CaseService, citizen_id: int) -> None:
    _effort(service, citizen_id, "Mentorforløb hos Jens", dt.date(2026, 9, 1),
            dt.date(2026, 12, 18), "Jens Ærø")
    service.documents.request(DocumentRequest(
        citizen_id=citizen_id, title="Lægeattest", requested_from="Lægehuset Ærøvej",
        requested_on=dt.date(2026, 12, 1), due_on=dt.date(2026, 12, 15)))
    _effort(service, citizen_id, "Kursus", dt.date(2026, 9, 1), dt.date(2027, 6, 30))  # outside
    service.calendar.add_appointment(Appointment(
        citizen_id=citizen_id, kind=AppointmentKind.HOME_VISIT, title="Søren: budget",
        start=dt.datetime(2026, 12, 15, 10),
        end=dt.datetime(2026, 12, 15, 11)))


def test_the_calendar_export_carries_deadlines_as_all_day_reminders_without_names(
    service: CaseService, citizen_id: int
) -> None:
    _effort_and_document(service, citizen_id)
    stamp = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
    text = _unfolded(service.export_calendar(dt.date(2026, 12, 14), dt.date(2026, 12, 20),
                                             stamp=stamp, today=TODAY))
    assert text.count("BEGIN:VEVENT") == 3  # the appointment and two deadlines
    assert "SUMMARY:Frist: Indsats udløber – SÅB" in text
    assert "SUMMARY:Frist: Dokument – SÅB" in text
    assert "DTSTART;VALUE=DATE:20261218" in text and "DTEND;VALUE=DATE:20261219" in text
    assert "DTSTART;VALUE=DATE:20261215" in text
    assert text.count("BEGIN:VALARM") == 2 and "TRIGGER:-PT15H" in text
    assert "TRANSP:TRANSPARENT" in text and "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE" in text
    for private in ("Søren", "Bækgaard", "Mentorforløb", "Jens", "Lægehuset", "Lægeattest",
                    "Kursus", "Samtale"):
        assert private not in text, private

    named = _unfolded(service.export_calendar(dt.date(2026, 12, 14), dt.date(2026, 12, 20),
                                              with_names=True, stamp=stamp, today=TODAY))
    assert "SUMMARY:Frist: Indsats udløber – Søren Ågård Bækgaard: Mentorforløb hos Jens" in named
    assert "DESCRIPTION:Send rykker 1 til Lægehuset Ærøvej" in named


def test_deadline_reminders_do_not_come_back_as_appointments(
    service: CaseService, citizen_id: int, tmp_path: Path, key: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _effort_and_document(service, citizen_id)
    out = tmp_path / "uge.ics"
    assert commands.calendar_export(
        "2026-12-14", "2026-12-20", out,
        export=lambda first, last, names: service.export_calendar(first, last, with_names=names, today=TODAY),
    ) == 0
    assert "1 begivenhed og 2 frister" in capsys.readouterr().out
    fresh = CaseService.create(tmp_path / "fresh.db", key)  # type: ignore[arg-type]
    try:
        assert import_ics(fresh._db, out.read_bytes()).created == 1
    finally:
        fresh.close()


WEEK = dt.date(2026, 12, 7)  # a Monday
NOW = dt.datetime(2026, 12, 7, 8, 0)


def _followup_week(service: CaseService, citizen_id: int) -> None:
    _effort(service, citizen_id, "Mentorforløb", dt.date(2026, 9, 1), dt.date(2026, 12, 23),
            "Jens Ærø")  # a Wednesday: the call is due Wednesday 9.12
    _effort(service, citizen_id, "Kursus", dt.date(2026, 9, 1), dt.date(2027, 3, 31))
    service.documents.request(DocumentRequest(
        citizen_id=citizen_id, title="Lægeattest", requested_from="Lægehuset",
        requested_on=dt.date(2026, 11, 20), due_on=dt.date(2026, 12, 8)))


def test_plan_my_week_proposes_the_provider_call_and_time_for_reminders(
    service: CaseService, citizen_id: int
) -> None:
    _followup_week(service, citizen_id)
    plan = plan_week_for(service._db, WEEK, now=NOW)
    calls = [p for p in plan.proposals if p.kind == AppointmentKind.OTHER]
    assert [(c.start.date(), c.citizen_id, c.place, c.title) for c in calls] == [
        (dt.date(2026, 12, 9), citizen_id, Place.PHONE,
         "Ring til Jens Ærø: Mentorforløb slutter 23.12.2026")]
    assert calls[0].reason == ("Indsatsen slutter 23.12.2026: ring til leverandøren 2 uger før "
                               "og planlæg det videre forløb sammen.")
    chase = [p for p in plan.proposals if p.title.startswith("Rykkere")]
    assert [(p.start.date(), p.kind, p.citizen_id, p.title) for p in chase] == [
        (dt.date(2026, 12, 8), AppointmentKind.OFFICE_TIME, None, "Rykkere: 1 dokument")]
    assert citizen_id not in plan.already_booked  # a conversation with Søren is still proposed
    assert any(p.citizen_id == citizen_id and p.kind == AppointmentKind.CONVERSATION
               for p in plan.proposals)

    accept_proposals(service._db, calls + chase)
    again = plan_week_for(service._db, WEEK, now=NOW)
    assert not [p for p in again.proposals if p.kind == AppointmentKind.OTHER or p.title]
    later = plan_week_for(service._db, WEEK + dt.timedelta(days=7), now=NOW)
    assert not [p for p in later.proposals if p.kind == AppointmentKind.OTHER]  # called already


def test_the_weeks_before_an_end_are_a_setting(service: CaseService, citizen_id: int) -> None:
    _followup_week(service, citizen_id)
    service.save_profile(dataclasses.replace(service.profile(), provider_call_weeks=3))
    assert service.profile().provider_call_weeks == 3
    plan = plan_week_for(service._db, WEEK, now=NOW)
    calls = [p for p in plan.proposals if p.kind == AppointmentKind.OTHER]
    assert [c.start.date() for c in calls] == [WEEK]  # due 2.12: late, so the first free day
    assert "3 uger før" in calls[0].reason
    assert not [p for p in plan_week_for(service._db, WEEK, now=NOW, call_weeks=1).proposals
                if p.kind == AppointmentKind.OTHER]  # with one week: next week's call
    english = plan_week_for(service._db, WEEK, now=NOW, language="en").proposals
    assert "Call Jens Ærø: Mentorforløb ends 23.12.2026" in [p.title for p in english]
    assert "Reminders: 1 document" in [p.title for p in english]
    with pytest.raises(InvalidInput, match="Uger før en indsats slutter skal ligge mellem 0 og 12."):
        service.save_profile(dataclasses.replace(service.profile(), provider_call_weeks=13))


# -- an effort serves several sub-goals ----------------------------------------------------


def test_an_effort_serves_several_sub_goals_and_a_foreign_one_is_refused(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    effort_goal = service.plans.goal(sub_goal_id).parent_id
    second = service.plans.add_goal(Goal(citizen_id, GoalLevel.SUB, "Søren åbner sin post hver uge.",
                                   parent_id=effort_goal))
    effort_id = _effort(service, citizen_id, "Mentorforløb", dt.date(2026, 9, 1),
                        dt.date(2026, 12, 20), goal_ids=(sub_goal_id, second))
    effort = service.efforts.get(effort_id)
    assert effort.goal_texts == ("Søren betaler selv sin husleje den 1. i måneden.",
                                 "Søren åbner sin post hver uge.")
    other = service.citizens.add_citizen(Citizen(name="Åse Ørum"))
    foreign = service.plans.add_goal(Goal(other, GoalLevel.LONG_TERM, "Et andet liv."))
    with pytest.raises(InvalidInput, match=f"Borgeren har intet delmål med nummer {foreign}."):
        service.efforts.set_goals(effort_id, (second, foreign))
    assert service.efforts.get(effort_id).goal_ids == (sub_goal_id, second)  # nothing changed
    assert service.efforts.set_goals(effort_id, (second,)).goal_ids == (second,)
    data = status_report_data(service._db, citizen_id=citizen_id, period=PERIOD, today=TODAY)
    assert data.grants[0].goal_texts == ("Søren åbner sin post hver uge.",)


def test_m025_moves_the_one_link_over_on_every_device_alike(tmp_path: Path) -> None:
    path, key = tmp_path / "old.db", DatabaseKey.random()
    db = connection.connect(path, key, must_exist=False)
    schema.migrations.apply(db, stop_before="m025_link_effort_subgoals")
    db.execute("INSERT INTO citizens (name, status, created_at, updated_at, uuid) "
               "VALUES ('Søren Ågård', 'active', '2026-01-01', '2026-01-01', 'c1')")
    db.execute("INSERT INTO goals (citizen_id, level, text, uuid) "
               "VALUES (1, 'sub', 'Søren betaler sin husleje.', 'g1')")
    for title, goal in (("Mentorforløb", 1), ("Kursus", None)):
        db.execute("INSERT INTO efforts (citizen_id, goal_id, title, start_on, end_on, created_at, "
                   "updated_at, uuid) VALUES (1, ?, ?, '2026-09-01', '2026-12-20', '2026-09-01', "
                   "'2026-09-01', ?)", [goal, title, f"e-{title}"])
    db.execute("UPDATE citizens SET status = 'closed' WHERE id = 1")  # locked: still migrates
    db.conn.commit()
    db.conn.close()
    with CaseService.open(path, key) as service:
        assert [e.goal_ids for e in service.efforts.of_citizen(1)] == [(1,), ()]
        rows = service._db.execute("SELECT goal_id FROM efforts").fetchall()
        assert rows == [(None,), (None,)]  # the old column is emptied
        (uuid,) = service._db.execute("SELECT uuid FROM effort_goals").fetchone()
        assert uuid == schema.moved_link_uuid("e-Mentorforløb", "g1")
        assert service._db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
        assert service._db.execute("SELECT applying FROM sync_state").fetchone()[0] == 0
