"""The service façade: validation, records that stay records, search."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    GoalLevel,
    NoteKind,
    RatingScale,
    RecordState,
)
from caseapp.domain.models import Action, Appointment, Citizen, DiaryNote, Goal, Rating
from caseapp.errors import InvalidInput, NotFound, RecordLocked
from caseapp.service import CaseService

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def _note(citizen_id: int, text: str, goal_ids: tuple[int, ...] = ()) -> DiaryNote:
    return DiaryNote(
        citizen_id=citizen_id, kind=NoteKind.OBSERVATION, occurred_at=WHEN, text=text,
        goal_ids=goal_ids,
    )


@pytest.mark.parametrize(
    ("citizen", "message"),
    [
        (Citizen(name="   "), "Navnet: feltet er tomt"),
        (Citizen(name="Åse", cpr="320190-1234"), "gyldig dato"),
        (Citizen(name="Åse", cpr="12345"), "10 cifre"),
        (Citizen(name="Åse", cpr="abcdefghij"), "cifre"),
        (Citizen(name="Åse", own_words="x" * 100_001), "for lang"),
        (Citizen(name="Åse", contact_cadence_days=0), "Kontaktrytmen"),
    ],
)
def test_bad_citizen_input_is_refused_and_nothing_written(
    service: CaseService, citizen: Citizen, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        service.citizens.add_citizen(citizen)
    assert service.citizens.caseload() == []
    assert service.audit_trail() == []


def test_citizen_text_is_cleaned_and_cpr_normalised(service: CaseService) -> None:
    citizen_id = service.citizens.add_citizen(
        Citizen(name="  Åse\u202e Nørgaard ", cpr="010190 1234", own_words="a\x00b\r\nc")
    )
    stored = service.citizens.citizen(citizen_id)
    assert stored.name == "Åse Nørgaard"
    assert stored.cpr == "0101901234"
    assert stored.own_words == "ab\nc"


def test_unknown_citizen(service: CaseService) -> None:
    with pytest.raises(NotFound, match="ingen borger med id 999"):
        service.citizens.citizen(999)


def test_caseload_summary_counts_contact_and_active_subgoals(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    talk = service.diary.save_draft(
        dataclasses.replace(_note(citizen_id, "Samtale om budget."), kind=NoteKind.CONVERSATION)
    )
    service.diary.sign_note(talk, WHEN)  # a contact once it is recorded
    [row] = service.citizens.caseload()
    assert row.active_subgoals == 1
    assert row.last_contact == WHEN.date()
    assert row.next_contact_due == WHEN.date() + dt.timedelta(days=14)
    assert row.cpr == "0101901234"


def test_goal_tree_rules(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    with pytest.raises(InvalidInput, match="indsatsmål"):
        service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.SUB, text="Løst delmål"))
    with pytest.raises(InvalidInput, match="forkert sted"):
        service.plans.add_goal(
            Goal(citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=sub_goal_id, text="x")
        )
    with pytest.raises(InvalidInput, match="højst 5.000"):
        service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM, text="x" * 5001))
    with pytest.raises(InvalidInput, match="tom"):
        service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM, text=" "))
    other = service.citizens.add_citizen(Citizen(name="Kåre Møller"))
    with pytest.raises(InvalidInput, match="samme borger"):
        service.plans.add_goal(
            Goal(citizen_id=other, level=GoalLevel.SUB, parent_id=sub_goal_id - 1, text="x")
        )


def test_actions_and_ratings(service: CaseService, sub_goal_id: int) -> None:
    service.plans.add_action(Action(goal_id=sub_goal_id, what="Oprette betalingsservice"))
    with pytest.raises(InvalidInput, match="delmål"):
        service.plans.add_action(Action(goal_id=sub_goal_id - 1, what="x"))
    service.plans.add_rating(
        Rating(goal_id=sub_goal_id, scale=RatingScale.SELF_1_10, value=7, rated_on=WHEN.date())
    )
    with pytest.raises(InvalidInput, match="mellem -2 og 2"):
        service.plans.add_rating(
            Rating(goal_id=sub_goal_id, scale=RatingScale.GAS, value=3, rated_on=WHEN.date())
        )
    assert [r.value for r in service.plans.ratings(sub_goal_id)] == [7]


def test_appointment_end_before_start(service: CaseService) -> None:
    with pytest.raises(InvalidInput, match="slut skal ligge efter start"):
        service.calendar.add_appointment(
            Appointment(kind=AppointmentKind.CONVERSATION, start=WHEN, end=WHEN)
        )
    assert service.calendar.appointments_between(WHEN - dt.timedelta(days=1), WHEN + dt.timedelta(days=1)) == []


def test_signed_note_cannot_change_only_be_corrected(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    note_id = service.diary.save_draft(_note(citizen_id, "Søren betalte huslejen.", (sub_goal_id,)))
    service.diary.sign_note(note_id)
    signed = service.diary.note(note_id)
    assert signed.state == RecordState.SIGNED and signed.goal_ids == (sub_goal_id,)
    with pytest.raises(RecordLocked, match="allerede underskrevet"):
        service.diary.sign_note(note_id)
    with pytest.raises(RecordLocked):
        service.diary.save_draft(dataclasses.replace(signed, text="Noget andet"))
    with pytest.raises(RecordLocked):
        service.diary.delete_draft(note_id)
    correction = service.diary.correct_note(note_id, "Søren betalte huslejen den 2.")
    service.diary.sign_note(correction)
    history = service.diary.note_history(note_id)
    assert [n.text for n in history] == ["Søren betalte huslejen.", "Søren betalte huslejen den 2."]
    assert history[1].corrects_id == note_id
    assert service.diary.note(note_id).text == "Søren betalte huslejen."
    second = service.diary.correct_note(note_id, "Søren betalte huslejen den 3.")
    assert [n.id for n in service.diary.note_history(correction)] == [note_id, correction, second]


def test_correcting_a_draft_is_refused(service: CaseService, citizen_id: int) -> None:
    note_id = service.diary.save_draft(_note(citizen_id, "Kladde"))
    with pytest.raises(InvalidInput, match="kladde redigeres direkte"):
        service.diary.correct_note(note_id, "x")


def test_note_rules(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    other = service.citizens.add_citizen(Citizen(name="Kåre Møller"))
    with pytest.raises(InvalidInput, match="borgerens egne delmål"):
        service.diary.save_draft(_note(other, "Iagttagelse", (sub_goal_id,)))
    with pytest.raises(InvalidInput, match="tom"):
        service.diary.save_draft(_note(citizen_id, " \n "))
    with pytest.raises(InvalidInput, match="for lang"):
        service.diary.save_draft(_note(citizen_id, "a" * 100_001))
    assert service.diary.note_count() == 0
    note_id = service.diary.save_draft(_note(citizen_id, "Tekst med\u200f styretegn\x07."))
    assert service.diary.note(note_id).text == "Tekst med styretegn."


def test_audit_trail_holds_no_personal_text(service: CaseService, citizen_id: int) -> None:
    service.diary.save_draft(_note(citizen_id, "Søren var glad."))
    entries = service.audit_trail()
    assert [(e.action, e.entity) for e in entries] == [("create", "note"), ("create", "citizen")]
    assert "Søren" not in repr(entries)


@pytest.mark.parametrize("query", ['"', "(Øst", "AND OR", "NEAR(", "*", "søren)", "a:b", "-"])
def test_fts_syntax_is_searched_as_text(service: CaseService, citizen_id: int, query: str) -> None:
    service.search(query)  # must not raise


def test_search_keeps_danish_letters_apart(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    service.diary.save_draft(_note(citizen_id, "Om et år flytter Søren til Østerbro."))
    kinds = {h.kind for h in service.search("søren")}
    assert kinds == {"citizen", "goal", "note"}
    assert [h.kind for h in service.search("år")] == ["note"]
    assert service.search("ar") == []
    assert "[Østerbro]" in service.search("østerbro")[0].snippet
    assert service.search("ÅGÅRD")[0].citizen_name == "Søren Ågård Bækgaard"


def test_notes_owed_until_a_note_is_linked(service: CaseService, citizen_id: int) -> None:
    def meeting(day: int, status=None) -> int:
        start = dt.datetime(2026, 11, day, 10, 0)
        return service.calendar.add_appointment(
            Appointment(kind=AppointmentKind.CONVERSATION, start=start,
                        end=start + dt.timedelta(hours=1), citizen_id=citizen_id,
                        status=status or AppointmentStatus.HELD)
        )

    held, planned_passed = meeting(16), meeting(17, AppointmentStatus.PLANNED)
    meeting(18, AppointmentStatus.CANCELLED)
    service.calendar.add_appointment(Appointment(kind=AppointmentKind.OFFICE_TIME,
                                        start=dt.datetime(2026, 11, 19, 8),
                                        end=dt.datetime(2026, 11, 19, 12)))
    future = meeting(27)
    now = dt.datetime(2026, 11, 24, 12)
    since = dt.datetime(2026, 11, 1)
    assert [a.appointment_id for a in service.calendar.notes_owed(since, now)] == [held, planned_passed]
    service.diary.save_draft(dataclasses.replace(_note(citizen_id, "Samtale holdt."), appointment_id=held))
    assert [a.appointment_id for a in service.calendar.notes_owed(since, now)] == [planned_passed]
    assert future not in [a.appointment_id for a in service.calendar.notes_owed(since, now)]


def test_occurrences_expand_series(service: CaseService) -> None:
    start = dt.datetime(2026, 11, 3, 9, 0)  # a Tuesday
    service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.FIXED_ACTIVITY, title="Gåtur-gruppen", start=start,
                    end=start + dt.timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=4",
                    exdates=(start + dt.timedelta(days=7),))
    )
    found = service.calendar.occurrences_between(dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 31))
    assert [o.start.day for o in found] == [3, 17, 24]


def test_draft_statuses(service: CaseService, citizen_id: int) -> None:
    from caseapp.domain.models import StatusDescription

    draft = service.statuses.save_status_draft(StatusDescription(
        citizen_id=citizen_id, period_start=dt.date(2025, 12, 1), period_end=dt.date(2026, 11, 30)))
    final = service.statuses.save_status_draft(StatusDescription(
        citizen_id=citizen_id, period_start=dt.date(2024, 12, 1), period_end=dt.date(2025, 11, 30)))
    service.statuses.finalise_status(final)
    assert [s.id for s in service.statuses.draft_statuses()] == [draft]
    with pytest.raises(RecordLocked):
        service.statuses.save_status_draft(dataclasses.replace(service.statuses.status_description(final), overall="x"))


def test_delete_appointment_with_its_moved_occurrence(service: CaseService, citizen_id: int) -> None:
    start = dt.datetime(2026, 11, 3, 9, 0)
    series = service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.FIXED_ACTIVITY, start=start,
                    end=start + dt.timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=4")
    )
    moved_from = start + dt.timedelta(days=7)
    service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.FIXED_ACTIVITY, start=moved_from + dt.timedelta(hours=2),
                    end=moved_from + dt.timedelta(hours=3), series_id=series,
                    original_start=moved_from)
    )
    single = service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.CONVERSATION, start=start, citizen_id=citizen_id,
                    end=start + dt.timedelta(hours=1))
    )
    service.diary.save_draft(dataclasses.replace(_note(citizen_id, "Samtale."), appointment_id=single))
    with pytest.raises(InvalidInput, match="dagbogsnotat"):
        service.calendar.delete_appointment(single)
    service.calendar.delete_appointment(series)
    window = (dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 31))
    assert [o.appointment_id for o in service.calendar.occurrences_between(*window)] == [single]
    with pytest.raises(NotFound):
        service.calendar.appointment(series)


def test_only_signed_notes_are_marked_as_entered(service: CaseService, citizen_id: int) -> None:
    signed = service.diary.save_draft(_note(citizen_id, "Underskrevet."))
    service.diary.sign_note(signed)
    draft = service.diary.save_draft(_note(citizen_id, "Kladde."))
    with pytest.raises(InvalidInput, match="Kun underskrevne"):
        service.diary.mark_entered_official([signed, draft], dt.date(2026, 11, 24))
    assert service.diary.note(signed).entered_official_on is None  # all or nothing
    service.diary.mark_entered_official([signed], dt.date(2026, 11, 24))
    assert service.diary.note(signed).entered_official_on == dt.date(2026, 11, 24)


def test_a_start_reading_the_team_and_the_records_loads_no_reportlab(tmp_path) -> None:
    """The desktop's first window asks the team's status and the records at once; the print-outs
    (reportlab) load only when `service.reports` is first used, here for a handover summary."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from caseapp.domain.models import Citizen\n"
        "from caseapp.service import CaseService\n"
        "from caseapp.storage.keys import DatabaseKey\n"
        "s = CaseService.create(Path(sys.argv[1]), DatabaseKey(passphrase='p'))\n"
        "s.team.sync_status(); s.team.shared_citizens(); s.records.retention_settings()\n"
        "print('reportlab' in sys.modules)\n"
        "s.reports.handover_summary(s.citizens.add_citizen(Citizen(name='Åse')))\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.db")], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["False", "True"]
