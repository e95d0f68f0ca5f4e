"""Two laptops share a caseload through a real PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from caseapp.domain.enums import AppointmentKind, NoteKind
from caseapp.domain.models import Appointment, DiaryNote, StatusDescription
from tests.sync.helpers import Laptop


def _team(laptop, demo: int = 25) -> tuple[Laptop, Laptop]:
    return _team_of(laptop("a", demo=demo), laptop("b"))


def _team_of(a: Laptop, b: Laptop) -> tuple[Laptop, Laptop]:
    invite = a.ok("team", "create", "--server", a.url, "--team", "Bosted Lærkereden", "--json").json()
    a.ok("team", "share", "--all")
    a.sync()
    b.ok("team", "join", "--server", b.url, "--invite", invite["invite"])
    a.sync()  # the inviting laptop vouches for b and seals the team's key to it
    b.sync()
    return a, b


def test_a_member_who_joins_sees_the_same_citizens_and_notes_travel_back(laptop) -> None:
    a, b = _team(laptop)
    assert len(a.names()) == 25
    assert b.names() == a.names()

    name = a.names()[3]
    b.ok("note", "add", "--citizen", str(b.citizen_id(name)), "--text",
         "Vi gik en tur ved søen og talte om budgettet.", "--author", "Birgit", "--sign")
    b.sync()
    a.sync()
    notes = a.ok("notes", "--citizen", str(a.citizen_id(name)), "--json").json()
    hit = [n for n in notes if n["text"] == "Vi gik en tur ved søen og talte om budgettet."]
    assert len(hit) == 1
    assert hit[0]["author"] == "Birgit" and hit[0]["state"] == "signed"


def _goal_tree(service, citizen_id: int) -> list[tuple[str, str, int]]:
    goals = service.plans.goals(citizen_id, include_archived=True)
    text = {g.id: g.text for g in goals}
    return sorted((g.text, text.get(g.parent_id, ""), g.position) for g in goals)


def test_the_demo_notes_and_plans_arrive_whole(laptop) -> None:
    a, b = _team(laptop, demo=4)
    for name in a.names():
        with a.service() as sa, b.service() as sb:
            ca, cb = a.citizen_id(name), b.citizen_id(name)
            assert _goal_tree(sb, cb) == _goal_tree(sa, ca)
            a_notes = [(n.text, n.author, len(n.goal_ids)) for n in sa.diary.notes(ca, limit=10_000)
                       if str(n.state) == "signed"]
            b_notes = [(n.text, n.author, len(n.goal_ids)) for n in sb.diary.notes(cb, limit=10_000)]
            assert sorted(b_notes) == sorted(a_notes)
            assert len(sb.calendar.citizen_appointments(cb)) == len(sa.calendar.citizen_appointments(ca))


def _correction_and_moved_occurrence(service, citizen_id: int) -> None:
    """A signed note with a signed correction, a weekly series with one occurrence moved: rows
    that point to a row of their own table, which a first pull receives in the same batch."""
    at = dt.datetime(2026, 3, 2, 10)
    first = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, "Første udgave.", "Anne"))
    service.diary.sign_note(first, at)
    fixed = service.diary.correct_note(first, "Rettet udgave: mødet var på Åbo Allé.")
    service.diary.sign_note(fixed, at + dt.timedelta(hours=1))
    master = service.calendar.add_appointment(Appointment(
        AppointmentKind.CONVERSATION, at, at + dt.timedelta(hours=1), "Ugentlig samtale",
        citizen_id, rrule="FREQ=WEEKLY;COUNT=6"))
    moved = at + dt.timedelta(days=7)
    service.calendar.add_appointment(Appointment(
        AppointmentKind.CONVERSATION, moved + dt.timedelta(days=1), moved + dt.timedelta(days=1, hours=1),
        "Ugentlig samtale (flyttet)", citizen_id, series_id=master, original_start=moved))


def test_rows_pointing_into_their_own_table_keep_their_links_on_a_first_pull(laptop) -> None:
    a = laptop("a", demo=2)
    name = a.names()[0]
    with a.service() as sa:
        _correction_and_moved_occurrence(sa, a.citizen_id(name))
    a, b = _team_of(a, laptop("b"))
    with b.service() as sb:
        cb = b.citizen_id(name)
        by_text = {n.text: n for n in sb.diary.notes(cb, limit=10_000)}
        fixed = by_text["Rettet udgave: mødet var på Åbo Allé."]
        assert fixed.corrects_id == by_text["Første udgave."].id
        by_title = {x.title: x for x in sb.calendar.citizen_appointments(cb)}
        assert by_title["Ugentlig samtale (flyttet)"].series_id == by_title["Ugentlig samtale"].id


def test_drafts_stay_on_the_machine_they_were_typed_on(laptop) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[0]
    a.ok("note", "add", "--citizen", str(a.citizen_id(name)), "--text", "Kladde, ikke færdig.")
    a.sync()
    b.sync()
    texts = [n["text"] for n in b.ok("notes", "--citizen", str(b.citizen_id(name)), "--json").json()]
    assert "Kladde, ikke færdig." not in texts


def test_a_status_description_travels_only_once_it_is_final(laptop) -> None:
    a, b = _team(laptop, demo=1)
    name = a.names()[0]
    with a.service() as sa:
        draft = StatusDescription(a.citizen_id(name), dt.date(2026, 1, 1), dt.date(2026, 6, 30),
                                  overall="Udkast: ikke færdigskrevet endnu.", author="Anne")
        draft_id = sa.statuses.save_status_draft(draft)
    a.sync()
    b.sync()
    with b.service() as sb:
        overalls = [s.overall for s in sb.statuses.status_descriptions(b.citizen_id(name))]
        assert "Udkast: ikke færdigskrevet endnu." not in overalls
        assert "Udkast: ikke færdigskrevet endnu." not in [s.overall for s in sb.statuses.draft_statuses()]
    with a.service() as sa:
        sa.statuses.finalise_status(draft_id, dt.datetime(2026, 7, 1, 10))
    a.sync()
    b.sync()
    with b.service() as sb:
        final = [s for s in sb.statuses.status_descriptions(b.citizen_id(name))
                 if s.overall == "Udkast: ikke færdigskrevet endnu."]
        assert [s.state.value for s in final] == ["final"] and final[0].author == "Anne"


def test_same_field_edited_on_both_keeps_both_values_and_other_fields_merge(laptop) -> None:
    a, b = _team(laptop, demo=3)
    name = a.names()[1]
    with a.service() as sa:
        c = sa.citizens.citizen(a.citizen_id(name))
        sa.citizens.update_citizen(dataclasses.replace(c, phone="11111111", where_now="Bor i egen lejlighed."))
    with b.service() as sb:
        c = sb.citizens.citizen(b.citizen_id(name))
        sb.citizens.update_citizen(dataclasses.replace(c, phone="22222222", next_step="Møde med jobcentret."))
    a.sync()
    b_report = b.sync()
    a.sync()
    with a.service() as sa, b.service() as sb:
        ca, cb = sa.citizens.citizen(a.citizen_id(name)), sb.citizens.citizen(b.citizen_id(name))
        assert ca.phone == cb.phone == "22222222"  # B's edit came later
        assert ca.where_now == cb.where_now == "Bor i egen lejlighed."
        assert ca.next_step == cb.next_step == "Møde med jobcentret."
        found = sa.team.sync_conflicts() + sb.team.sync_conflicts()
    phone = [c for c in found if c.field == "phone"]
    assert len(phone) == 1
    assert {phone[0].kept_value, phone[0].other_value} == {"11111111", "22222222"}
    assert [c["field"] for c in b_report["conflicts"]] == ["phone"]


def test_resolving_a_conflict_with_the_other_value_reaches_the_team(laptop) -> None:
    a, b = _team(laptop, demo=2)
    for machine, who in ((a, "Anne Kontaktperson"), (b, "Bo Sagsbehandler")):
        with machine.service() as service:
            service.save_profile(dataclasses.replace(service.profile(), name=who))
    name = a.names()[0]
    for machine, words in ((a, "Vil gerne i praktik."), (b, "Vil gerne på højskole.")):
        with machine.service() as service:
            c = service.citizens.citizen(machine.citizen_id(name))
            service.citizens.update_citizen(dataclasses.replace(c, own_words=words))
    a.sync()
    b.sync()
    with b.service() as sb:
        (conflict,) = sb.team.sync_conflicts()
        assert conflict.kept_value == "Vil gerne på højskole."
        assert conflict.other_value == "Vil gerne i praktik."
        assert (conflict.other_by, conflict.kept_by) == ("Anne Kontaktperson", "Bo Sagsbehandler")
        sb.team.resolve_sync_conflict(conflict.id, use_other=True)
        assert sb.team.sync_conflicts() == []
    b.sync()
    a.sync()
    for machine in (a, b):
        with machine.service() as service:
            assert service.citizens.citizen(machine.citizen_id(name)).own_words == "Vil gerne i praktik."


def test_a_note_corrected_on_two_machines_keeps_both_corrections(laptop) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[1]
    a.ok("note", "add", "--citizen", str(a.citizen_id(name)), "--text", "Mødet blev holdt.",
         "--sign", "--author", "Anne")
    a.sync()
    b.sync()
    for machine, text in ((a, "Rettelse fra Anne."), (b, "Rettelse fra Bo.")):
        with machine.service() as service:
            original = next(n for n in service.diary.notes(machine.citizen_id(name), limit=10_000)
                            if n.text == "Mødet blev holdt.")
            service.diary.sign_note(service.diary.correct_note(original.id, text))
    a.sync()
    b.sync()
    a.sync()
    for machine in (a, b):
        with machine.service() as service:
            original = next(n for n in service.diary.notes(machine.citizen_id(name), limit=10_000)
                            if n.text == "Mødet blev holdt.")
            history = [n.text for n in service.diary.note_history(original.id)]
            assert sorted(history) == ["Mødet blev holdt.", "Rettelse fra Anne.", "Rettelse fra Bo."]
            assert service.team.sync_conflicts() == []


def test_a_caseworker_shares_chosen_citizens_only(laptop) -> None:
    a = laptop("a", demo=4)
    b = laptop("b")
    invite = a.ok("team", "create", "--server", a.url, "--team", "Ferie", "--json").json()["invite"]
    chosen = a.names()[2]
    with a.service() as service:
        service.team.share_citizen(a.citizen_id(chosen))
        assert service.team.shared_citizens() == {a.citizen_id(chosen)}
        assert service.team.sync_status().pending > 1
    a.sync()
    b.ok("team", "join", "--server", b.url, "--invite", invite)
    a.sync()
    b.sync()
    assert b.names() == [chosen]
    with a.service() as service:
        status = service.team.sync_status()
    assert (status.in_team, status.team_name, status.pending, status.offline) == (True, "Ferie", 0, False)
    with b.service() as service:
        assert service.team.sync_status().team_name == "Ferie"


def test_a_local_edit_that_loses_is_one_conflict_on_its_own_machine_only(laptop) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[0]
    for machine, phone in ((a, "33333333"), (b, "44444444")):  # A first, so B's edit is later
        with machine.service() as service:
            c = service.citizens.citizen(machine.citizen_id(name))
            service.citizens.update_citizen(dataclasses.replace(c, phone=phone))
    b.sync()
    a.sync()  # B's later value arrives on A before A has pushed
    b.sync()
    with a.service() as sa, b.service() as sb:
        assert sa.citizens.citizen(a.citizen_id(name)).phone == sb.citizens.citizen(b.citizen_id(name)).phone == "44444444"
        assert [(c.kept_value, c.other_value) for c in sa.team.sync_conflicts()] == [("44444444", "33333333")]
        assert sb.team.sync_conflicts() == []


def test_a_bosted_shares_all_residents_by_default(laptop) -> None:
    a = laptop("a", demo=3)
    with a.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), role="contact_person"))
    a.ok("team", "create", "--server", a.url, "--team", "Bostedet")
    with a.service() as service:
        assert len(service.team.shared_citizens()) == 3


def test_sharing_a_whole_caseload_does_not_date_it_into_the_future(laptop) -> None:
    """Members refuse a time more than 5 minutes ahead of their clock; one millisecond per row
    put the last rows of a million-row share 16 minutes ahead."""
    a = laptop("a", demo=60)
    a.ok("team", "create", "--server", a.url, "--team", "Bosted Lærkereden")
    shared_at_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    a.ok("team", "share", "--all")
    with a.service() as sa:
        rows, newest = sa._db.execute("SELECT count(*), max(hlc) FROM sync_outbox").fetchone()
    assert rows > 8_000
    assert newest - shared_at_ms < 3_000  # the time of the share, not a millisecond a row past it


def test_the_access_log_has_a_row_per_citizen_a_sync_changed(laptop) -> None:
    a, b = _team(laptop, demo=2)
    with b.service() as sb:
        first = [(r.action, r.citizen_id) for r in sb.records.access_log()]
    assert sorted(first) == sorted(("synced", b.citizen_id(n)) for n in b.names())  # once each
    name = a.names()[0]
    with a.service() as sa:
        c = sa.citizens.citizen(a.citizen_id(name))
        sa.citizens.update_citizen(dataclasses.replace(c, next_step="Ringe til lægen."))
    a.sync()
    b.sync()
    with b.service() as sb:
        newest = sb.records.access_log()[0]
        assert (newest.action, newest.citizen_id, newest.detail) == ("synced", b.citizen_id(name), "hentet fra teamet")
        assert len(sb.records.access_log()) == len(first) + 1
        assert sb.check().ok
    with a.service() as sa:
        assert [r for r in sa.records.access_log() if r.action == "synced"] == []  # its own entries coming back


def _newest_on_server(pg, machine: Laptop) -> int:
    with pg.admin() as conn:
        row = conn.execute(
            "SELECT max(seq) FROM caseapp.entries WHERE device_id = %s",
            [uuid.UUID(hex=str(machine.state("device_id")))],
        ).fetchone()
    return int(row[0])


def _note(machine: Laptop, name: str, text: str) -> str:
    machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")
    return text


def _texts(machine: Laptop, name: str) -> set[str]:
    notes = machine.ok("notes", "--citizen", str(machine.citizen_id(name)), "--json").json()
    return {n["text"] for n in notes}


def test_a_laptop_reads_past_its_own_entries_once_and_still_gets_every_colleague_note(laptop, pg) -> None:
    a, b = _team(laptop, demo=3)
    # The server leaves a's own entries out of its pulls; a sync moves past them for good
    # instead of walking over all of them at every later pull.
    assert a.state("cursor") == _newest_on_server(pg, a)
    name = next(c["name"] for c in a.ok("citizens", "--json").json() if c["status"] != "closed")
    first = _note(b, name, "Borgeren ringede om medicinen.")
    b.sync()
    second = _note(a, name, "Aftalt besøg hos lægen på torsdag.")
    a.sync()  # pulls b's note, then pushes its own after it
    third = _note(b, name, "Lægen har skrevet en henvisning.")
    b.sync()
    a.sync()
    b.sync()
    assert {first, second, third} <= _texts(a, name)
    assert {first, second, third} <= _texts(b, name)
    assert a.state("cursor") == max(_newest_on_server(pg, a), _newest_on_server(pg, b))
