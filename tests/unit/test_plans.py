"""The citizen's plan: the goal tree and its rules, the editor's
operations (move, remove = archive or delete, status, actions), the plain text for the
municipality's system, and the one-page plan PDF for the citizen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import (
    ActionOwner,
    Ambition,
    AppointmentKind,
    AppointmentStatus,
    GoalLevel,
    GoalSource,
    GoalStatus,
    NoteKind,
    Phase,
    Place,
    RatingScale,
)
from caseapp.domain.models import (
    Action,
    Appointment,
    Citizen,
    DiaryNote,
    Goal,
    GoalEvaluation,
    Profile,
    Rating,
    StatusDescription,
)
from caseapp.errors import CaseappError, InvalidInput, NotFound
from caseapp.plans import operations as ops
from caseapp.plans.copy_text import plan_as_text
from caseapp.plans.tree import (
    active_now_subgoals,
    ancestors,
    build_tree,
    check_move,
    descendants,
    over_cap,
    walk,
)
from caseapp.reports import plan_pdf
from caseapp.reports.plan_commands import export_plan
from caseapp.reports.plan_data import (
    NextMeeting,
    PlanAction,
    PlanGoal,
    PlanReportData,
    plan_report_data,
)
from caseapp.reports.plan_pdf import build_plan_pdf
from caseapp.service import CaseService
from caseapp.storage import goals as goal_store

TODAY = dt.date(2026, 11, 25)
CPR_PARTS = ("010190", "0101901234", "1234")


# -- pure tree helpers -----------------------------------------------------------------------


def _g(goal_id: int, level: GoalLevel, parent: int | None = None, position: int = 0,
       **kw: object) -> Goal:
    return Goal(citizen_id=1, level=level, text=f"mål {goal_id}", parent_id=parent,
                position=position, id=goal_id, **kw)  # type: ignore[arg-type]


L, E, S = GoalLevel.LONG_TERM, GoalLevel.EFFORT, GoalLevel.SUB

# 1 long-term; 2, 3 efforts under it; 4, 5 subs under 2; 6 a sub under 3
TREE = [
    _g(5, S, 2, position=0),
    _g(3, E, 1, position=0),
    _g(1, L),
    _g(4, S, 2, position=1),
    _g(2, E, 1, position=1),
    _g(6, S, 3),
]


def test_build_tree_nests_levels_and_orders_by_position_then_id() -> None:
    actions = [
        Action(goal_id=4, what="uden frist", id=12),
        Action(goal_id=4, what="senere", due=dt.date(2027, 3, 1), id=10),
        Action(goal_id=4, what="først", due=dt.date(2027, 1, 1), id=11),
        Action(goal_id=99, what="et andet mål", id=13),
    ]
    roots = build_tree(TREE, actions)
    assert [n.id for n in roots] == [1]
    assert [(depth, n.id) for depth, n in walk(roots)] == [
        (0, 1), (1, 3), (2, 6), (1, 2), (2, 5), (2, 4)
    ]
    four = next(n for _d, n in walk(roots) if n.id == 4)
    assert [a.what for a in four.actions] == ["først", "senere", "uden frist"]
    assert ancestors(TREE, 4) == [2, 1]
    assert descendants(TREE, 1) == [2, 3, 4, 5, 6]  # parents before children
    # equal positions fall back to the id, the order the goals were made
    same = build_tree([_g(8, E, None), _g(7, E, None)])
    assert [n.id for n in same] == [7, 8]


def test_build_tree_keeps_orphans_and_survives_a_cycle() -> None:
    orphan = _g(9, S, parent=77)  # its parent is archived and left out
    roots = build_tree([*TREE, orphan])
    assert [n.id for n in roots] == [1, 9]
    looped = [_g(1, E, parent=2), _g(2, E, parent=1)]  # damaged data
    assert sorted(n.id for _d, n in walk(build_tree(looped))) == [1, 2]


@pytest.mark.parametrize(
    ("goal_id", "new_parent", "message"),
    [
        (2, 2, "under sig selv"),
        (1, 4, "sine egne undermål"),  # the long-term goal under its own sub-goal
        (1, 2, "sine egne undermål"),
        (4, 1, "Et delmål kan kun flyttes ind under et indsatsmål."),
        (4, 6, "Et delmål kan kun flyttes ind under et indsatsmål."),
        (4, None, "Et delmål skal høre under et indsatsmål."),
        (3, 2, "Et indsatsmål kan kun flyttes ind under et langsigtet mål."),
        (3, 4, "Et indsatsmål kan kun flyttes ind under et langsigtet mål."),
        (10, 1, "Et langsigtet mål står øverst"),
        (4, 50, "samme borgers plan"),
    ],
)
def test_check_move_refuses_cycles_and_level_breaks(
    goal_id: int, new_parent: int | None, message: str
) -> None:
    goals = [*TREE, _g(10, L, position=1),
             dataclasses.replace(_g(50, E, 1), citizen_id=2)]
    with pytest.raises(InvalidInput) as caught:
        check_move(goals, goal_id, new_parent)
    assert message in caught.value.message


def test_check_move_refuses_a_cycle_even_where_levels_are_damaged() -> None:
    goals = [_g(1, E), _g(2, E, parent=1)]  # an effort under an effort: old, damaged data
    with pytest.raises(InvalidInput, match="sine egne undermål"):
        check_move(goals, 1, 2)
    check_move(goals, 2, 1)  # reordering among its present siblings is still allowed


def test_check_move_allows_the_level_rule_and_refuses_archived_or_unknown() -> None:
    goals = [*TREE, _g(7, E, 1, position=2, archived=True)]
    check_move(goals, 4, 3)  # sub-goal to another effort goal
    check_move(goals, 3, None)  # an effort goal may stand at the top (the order came first)
    check_move(goals, 5, 2)  # same parent: a reorder
    with pytest.raises(InvalidInput, match="arkiveret"):
        check_move(goals, 4, 7)
    with pytest.raises(NotFound):
        check_move(goals, 404, 1)


def test_active_now_subgoals_and_the_cap() -> None:
    goals = [
        *TREE,
        _g(11, S, 3, position=1, phase=Phase.LATER),
        _g(12, S, 3, position=2, status=GoalStatus.ACHIEVED),
        _g(13, S, 3, position=3, status=GoalStatus.PAUSED),
        _g(14, S, 3, position=4, archived=True),
    ]
    assert [g.id for g in active_now_subgoals(goals)] == [6, 5, 4]  # tree order
    assert over_cap(goals, 2)
    assert not over_cap(goals, 3)
    assert not over_cap([g for g in goals if g.id != 4], 2)


# -- a plan in the store ---------------------------------------------------------------------


@pytest.fixture
def plan(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    """Søren's plan: long-term -> two efforts -> subs (two now, one later), with actions."""
    effort = service.plans.goal(sub_goal_id).parent_id
    long_term = service.plans.goal(effort or 0).parent_id
    assert effort is not None and long_term is not None
    second_sub = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort, position=1,
        text="Søren handler selv ind til ugens aftensmad.", phase=Phase.LATER,
    ))
    effort2 = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.EFFORT, parent_id=long_term, position=1,
        text="Søren har en fast hverdag med aktiviteter uden for hjemmet.",
        source=GoalSource.ORDER, ambition=Ambition.ON_PROMPT, deadline=dt.date(2027, 12, 31),
    ))
    third_sub = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort2,
        text="Søren deltager i fællesspisningen om onsdagen.", ambition=Ambition.ON_PROMPT,
        deadline=dt.date(2027, 3, 1), indicator="Søren er med mindst tre onsdage om måneden.",
    ))
    service.plans.update_goal(dataclasses.replace(
        service.plans.goal(sub_goal_id), ambition=Ambition.INDEPENDENT))
    first = service.plans.add_action(Action(
        sub_goal_id, "Opretter betalingsservice til huslejen", due=dt.date(2027, 2, 1)))
    second = service.plans.add_action(Action(
        sub_goal_id, "Ringer til udlejer om en afdragsordning", who=ActionOwner.CONTACT_PERSON,
        done_on=dt.date(2026, 11, 3)))
    service.plans.add_action(Action(third_sub, "Minder Søren om fællesspisningen tirsdag aften",
                              who=ActionOwner.CONTACT_PERSON))
    return {
        "citizen": citizen_id, "long_term": long_term, "effort": effort, "effort2": effort2,
        "sub": sub_goal_id, "sub2": second_sub, "sub3": third_sub,
        "action": first, "done_action": second,
    }


def _places(service: CaseService, citizen_id: int) -> dict[int, tuple[int | None, int]]:
    return {g.id or 0: (g.parent_id, g.position)
            for g in service.plans.goals(citizen_id, include_archived=True)}


def _audit(service: CaseService, action: str) -> list[tuple[str, int]]:
    return [(e.entity, e.entity_id) for e in service.audit_trail(200) if e.action == action]


def test_move_within_the_same_parent_renumbers_the_siblings(
    service: CaseService, plan: dict[str, int]
) -> None:
    extra = service.plans.add_goal(Goal(citizen_id=plan["citizen"], level=GoalLevel.SUB,
                                  parent_id=plan["effort"], position=2, text="Søren sover."))
    ops.move_goal(service._db, extra, plan["effort"], 0)
    places = _places(service, plan["citizen"])
    assert places[extra] == (plan["effort"], 0)
    assert places[plan["sub"]] == (plan["effort"], 1)
    assert places[plan["sub2"]] == (plan["effort"], 2)
    assert ("goal", extra) in _audit(service, "move")


def test_move_to_another_parent_closes_the_gap_and_makes_room(
    service: CaseService, plan: dict[str, int]
) -> None:
    ops.move_goal(service._db, plan["sub"], plan["effort2"], 1)
    places = _places(service, plan["citizen"])
    assert places[plan["sub3"]] == (plan["effort2"], 0)
    assert places[plan["sub"]] == (plan["effort2"], 1)
    assert places[plan["sub2"]] == (plan["effort"], 0)  # the sibling it left moved up
    # a position past the end puts it last
    ops.move_goal(service._db, plan["sub2"], plan["effort2"], 99)
    assert _places(service, plan["citizen"])[plan["sub2"]] == (plan["effort2"], 2)
    # its actions travel with it
    assert {a.goal_id for a in service.plans.actions(plan["citizen"])} == {plan["sub"], plan["sub3"]}


def test_a_refused_move_changes_nothing(service: CaseService, plan: dict[str, int]) -> None:
    before = _places(service, plan["citizen"])
    audit_before = len(service.audit_trail(500))
    for goal_id, parent, message in (
        (plan["long_term"], plan["sub"], "sine egne undermål"),
        (plan["sub"], plan["long_term"], "kun flyttes ind under et indsatsmål"),
        (plan["effort"], plan["sub3"], "kun flyttes ind under et langsigtet mål"),
    ):
        with pytest.raises(InvalidInput, match=message):
            ops.move_goal(service._db, goal_id, parent, 0)
    with pytest.raises(InvalidInput, match="negativt"):
        ops.move_goal(service._db, plan["sub"], plan["effort"], -1)
    with pytest.raises(NotFound):
        ops.move_goal(service._db, plan["sub"], 9999, 0)
    other = service.citizens.add_citizen(Citizen(name="Anna"))
    foreign = service.plans.add_goal(Goal(citizen_id=other, level=GoalLevel.EFFORT, text="Anna x."))
    with pytest.raises(InvalidInput, match="samme borgers plan"):
        ops.move_goal(service._db, plan["sub"], foreign, 0)
    assert _places(service, plan["citizen"]) == before
    assert len(service.audit_trail(500)) == audit_before + 2  # only Anna and her goal


def test_remove_archives_a_goal_that_notes_point_to_and_keeps_the_link(
    service: CaseService, plan: dict[str, int]
) -> None:
    note_id = service.diary.save_draft(DiaryNote(
        citizen_id=plan["citizen"], kind=NoteKind.OBSERVATION,
        occurred_at=dt.datetime(2026, 11, 2, 10, 0),
        text="Søren betalte huslejen selv i dag.", goal_ids=(plan["sub"], plan["sub3"]),
    ))
    service.diary.sign_note(note_id, dt.datetime(2026, 11, 2, 11, 0))
    result = ops.remove_goal(service._db, plan["sub"])
    assert result.archived == (plan["sub"],) and result.deleted == ()
    goal = service.plans.goal(plan["sub"])
    assert goal.archived
    assert plan["sub"] not in {g.id for g in service.plans.goals(plan["citizen"])}
    assert plan["sub"] in {g.id for g in service.plans.goals(plan["citizen"], include_archived=True)}
    note = service.diary.note(note_id)
    assert note.goal_ids == (plan["sub"], plan["sub3"])  # the note still lists the goal id
    assert [n.id for n in service.diary.note_history(note_id)] == [note_id]
    assert {a.goal_id for a in service.plans.actions(plan["citizen"])} >= {plan["sub"]}  # kept
    assert _places(service, plan["citizen"])[plan["sub2"]] == (plan["effort"], 0)
    assert ("goal", plan["sub"]) in _audit(service, "archive")
    with pytest.raises(InvalidInput, match="arkiveret"):
        ops.tick_off(service._db, plan["sub"])
    assert ops.restore_goal(service._db, plan["sub"]) == [plan["sub"]]
    assert not service.plans.goal(plan["sub"]).archived
    assert _places(service, plan["citizen"])[plan["sub"]] == (plan["effort"], 1)  # last


def test_remove_deletes_a_goal_nothing_points_to_with_its_actions(
    service: CaseService, plan: dict[str, int]
) -> None:
    result = ops.remove_goal(service._db, plan["effort2"])
    assert result.archived == ()
    assert result.deleted == (plan["effort2"], plan["sub3"])
    assert len(result.deleted_actions) == 1
    everything = {g.id for g in service.plans.goals(plan["citizen"], include_archived=True)}
    assert not everything & {plan["effort2"], plan["sub3"]}
    with pytest.raises(NotFound):
        service.plans.goal(plan["sub3"])
    assert {a.goal_id for a in service.plans.actions(plan["citizen"])} == {plan["sub"]}
    assert ("goal", plan["sub3"]) in _audit(service, "delete")
    assert ("action", result.deleted_actions[0]) in _audit(service, "delete")
    assert service.search("fællesspisningen") == []  # gone from the full-text index too


def test_remove_keeps_the_part_of_a_subtree_with_history(
    service: CaseService, plan: dict[str, int]
) -> None:
    """The effort goal has no history itself, but one sub-goal has a rating: that sub-goal and
    the effort goal above it are archived, the other sub-goal is deleted."""
    service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 6, dt.date(2026, 10, 1)))
    result = ops.remove_goal(service._db, plan["effort"])
    assert set(result.archived) == {plan["effort"], plan["sub"]}
    assert result.deleted == (plan["sub2"],)
    assert service.plans.ratings(plan["sub"])[0].value == 6
    assert [g.id for g in service.plans.goals(plan["citizen"]) if g.level == GoalLevel.EFFORT] == [
        plan["effort2"]]
    assert _places(service, plan["citizen"])[plan["effort2"]] == (plan["long_term"], 0)


def test_remove_archives_a_goal_a_status_description_evaluates(
    service: CaseService, plan: dict[str, int]
) -> None:
    service.statuses.save_status_draft(StatusDescription(
        citizen_id=plan["citizen"], period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 10, 31),
        evaluations=(GoalEvaluation(plan["sub3"], "Søren kom tre onsdage i oktober."),),
    ))
    assert ops.remove_goal(service._db, plan["sub3"]).archived == (plan["sub3"],)


def test_remove_is_one_transaction(
    service: CaseService, plan: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.plans.add_rating(Rating(plan["sub"], RatingScale.FFB_0_4, 2, dt.date(2026, 10, 1)))

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(goal_store, "delete_goals", fail)
    before = _places(service, plan["citizen"])
    with pytest.raises(RuntimeError):
        ops.remove_goal(service._db, plan["effort"])  # archives first, then fails to delete
    assert not any(g.archived for g in service.plans.goals(plan["citizen"], include_archived=True))
    assert _places(service, plan["citizen"]) == before
    assert _audit(service, "archive") == []


def test_status_phase_and_tick_off(service: CaseService, plan: dict[str, int]) -> None:
    ops.tick_off(service._db, plan["sub"])
    assert service.plans.goal(plan["sub"]).status == GoalStatus.ACHIEVED
    ops.tick_off(service._db, plan["sub"], on=False)
    assert service.plans.goal(plan["sub"]).status == GoalStatus.ACTIVE
    ops.set_goal_status(service._db, plan["sub3"], GoalStatus.PAUSED)
    assert service.plans.goal(plan["sub3"]).status == GoalStatus.PAUSED
    ops.set_goal_phase(service._db, plan["sub2"], Phase.NOW)
    goals = service.plans.goals(plan["citizen"])
    assert [g.id for g in active_now_subgoals(goals)] == [plan["sub"], plan["sub2"]]
    assert not over_cap(goals, service.profile().max_active_subgoals)
    assert _audit(service, "status").count(("goal", plan["sub"])) == 2
    assert ("goal", plan["sub2"]) in _audit(service, "phase")


def test_actions_update_done_and_remove(service: CaseService, plan: dict[str, int]) -> None:
    action = ops.action(service._db, plan["action"])
    ops.update_action(service._db, dataclasses.replace(
        action, what="  Opretter betalingsservice i banken  ", who=ActionOwner.CONTACT_PERSON,
        due=dt.date(2027, 1, 15), goal_id=plan["sub3"]))
    changed = ops.action(service._db, plan["action"])
    assert (changed.what, changed.who, changed.due, changed.goal_id) == (
        "Opretter betalingsservice i banken", ActionOwner.CONTACT_PERSON,
        dt.date(2027, 1, 15), plan["sub3"])
    ops.mark_action_done(service._db, plan["action"], dt.date(2026, 11, 20))
    assert ops.action(service._db, plan["action"]).done_on == dt.date(2026, 11, 20)
    ops.mark_action_done(service._db, plan["action"], None)
    assert ops.action(service._db, plan["action"]).done_on is None
    for bad, message in (
        (dataclasses.replace(changed, goal_id=plan["effort"]), "delmål"),
        (dataclasses.replace(changed, what="  "), "tom"),
        (dataclasses.replace(changed, id=None), "ikke gemt"),
    ):
        with pytest.raises(InvalidInput, match=message):
            ops.update_action(service._db, bad)
    ops.remove_action(service._db, plan["action"])
    with pytest.raises(NotFound):
        ops.action(service._db, plan["action"])
    assert [e for e in _audit(service, "done")] == [("action", plan["action"])]
    assert ("action", plan["action"]) in _audit(service, "delete")


# -- the plan as text for the municipality's system ------------------------------------------

EXPECTED_TEXT = """\
Plan for Søren Ågård Bækgaard
Sag: Bostøtte § 85

LANGSIGTET MÅL (borgerens egne ord)
Jeg bor i min egen lejlighed.
Status: Aktiv.

INDSATSMÅL OG DELMÅL

Indsatsmål 1: Søren klarer selv sin økonomi.
Status: Aktiv. Kilde: {citizen_source}.

   Delmål 1.1: Søren betaler selv sin husleje den 1. i måneden.
   Frist: 01.06.2027. Ambition: Selvstændigt. Status: Aktiv. Fase: Nu. Kilde: {citizen_source}.
   Indsatser (hvem gør hvad hvornår):
   - Borgeren: Opretter betalingsservice til huslejen. Senest 01.02.2027.
   - Kontaktperson: Ringer til udlejer om en afdragsordning. Udført 03.11.2026.

   Delmål 1.2: Søren handler selv ind til ugens aftensmad.
   Status: Aktiv. Fase: Senere. Kilde: {citizen_source}.

Indsatsmål 2: Søren har en fast hverdag med aktiviteter uden for hjemmet.
Frist: 31.12.2027. Ambition: På opfordring. Status: Aktiv. Kilde: Kommunens bestilling.

   Delmål 2.1: Søren deltager i fællesspisningen om onsdagen.
   Frist: 01.03.2027. Ambition: På opfordring. Status: Aktiv. Fase: Nu. Kilde: {citizen_source}.
   Indikator: Søren er med mindst tre onsdage om måneden.
   Indsatser (hvem gør hvad hvornår):
   - Kontaktperson: Minder Søren om fællesspisningen tirsdag aften.
"""


def test_plan_as_text_is_clean_stable_and_without_cpr(
    service: CaseService, plan: dict[str, int]
) -> None:
    from caseapp.domain.labels import label

    text = plan_as_text(service._db, plan["citizen"])
    assert text == EXPECTED_TEXT.format(citizen_source=label(GoalSource.CITIZEN))
    assert plan_as_text(service._db, plan["citizen"]) == text
    assert not any(part in text for part in CPR_PARTS)
    assert "\t" not in text and "<" not in text and "\r" not in text
    # archived goals leave the text; the rest is renumbered
    service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 5, dt.date(2026, 10, 1)))
    ops.remove_goal(service._db, plan["sub"])
    after = plan_as_text(service._db, plan["citizen"])
    assert "husleje" not in after
    assert "Delmål 1.1: Søren handler selv ind" in after


def test_plan_as_text_for_an_empty_plan(service: CaseService) -> None:
    citizen_id = service.citizens.add_citizen(Citizen(name="Ny Borger"))
    assert plan_as_text(service._db, citizen_id) == (
        "Plan for Ny Borger\n\nLANGSIGTET MÅL (borgerens egne ord)\nIkke skrevet endnu.\n\n"
        "INDSATSMÅL OG DELMÅL\nIngen endnu.\n"
    )


# -- the one-page plan for the citizen -------------------------------------------------------


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _metadata(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    info = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.trailer["/Root"].get("/Metadata")
    return info + (xmp.get_object().get_data().decode("utf-8") if xmp else "")


@pytest.fixture
def meetings(service: CaseService, plan: dict[str, int]) -> None:
    service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))

    def add(kind: AppointmentKind, start: dt.datetime, **kw: object) -> int:
        return service.calendar.add_appointment(Appointment(
            kind=kind, start=start, end=start + dt.timedelta(hours=1),
            citizen_id=plan["citizen"], **kw))  # type: ignore[arg-type]

    add(AppointmentKind.CONVERSATION, dt.datetime(2026, 11, 25, 10, 0))  # today: this meeting
    add(AppointmentKind.HOME_VISIT, dt.datetime(2026, 11, 27, 9, 0),
        status=AppointmentStatus.CANCELLED)
    add(AppointmentKind.OFFICE_TIME, dt.datetime(2026, 11, 28, 9, 0))
    add(AppointmentKind.HOME_VISIT, dt.datetime(2026, 12, 2, 10, 0), place=Place.HOME)
    add(AppointmentKind.CONVERSATION, dt.datetime(2026, 12, 9, 10, 0))


@pytest.fixture
def plan_data(service: CaseService, plan: dict[str, int], meetings: None) -> PlanReportData:
    return plan_report_data(service._db, plan["citizen"], today=TODAY)


def test_plan_data_holds_what_the_citizen_needs_and_no_cpr(
    plan_data: PlanReportData, plan: dict[str, int]
) -> None:
    assert plan_data.long_term_goals == ("Jeg bor i min egen lejlighed.",)
    assert [g.text for g in plan_data.current] == [
        "Søren betaler selv sin husleje den 1. i måneden.",
        "Søren deltager i fællesspisningen om onsdagen.",
    ]
    assert plan_data.later == ("Søren handler selv ind til ugens aftensmad.",)
    first = plan_data.current[0]
    assert first.part_of == "Søren klarer selv sin økonomi."
    assert [(a.who, a.due, a.done_on) for a in first.actions] == [
        ("Du", dt.date(2027, 2, 1), None), ("Kontaktperson", None, dt.date(2026, 11, 3))]
    meeting = plan_data.next_meeting
    assert meeting is not None
    assert meeting.start == dt.datetime(2026, 12, 2, 10, 0)  # not today's, not the cancelled
    assert "cpr" not in {f.name for f in dataclasses.fields(PlanReportData)}


def test_plan_pdf_is_one_page_of_real_danish_text_without_cpr(
    plan_data: PlanReportData,
) -> None:
    pdf = build_plan_pdf(plan_data)
    assert _pages(pdf) == 1
    text = _text(pdf)
    for expected in (
        "Plan for Søren Ågård Bækgaard", "Dit mål", "Jeg bor i min egen lejlighed.",
        "Det arbejder vi med nu", "Søren betaler selv sin husleje den 1. i måneden.",
        "Nås senest 01.06.2027", "Ambition: selvstændigt", "Hvem", "Gør hvad", "Hvornår",
        "Opretter betalingsservice til huslejen", "Senest 01.02.2027", "Gjort 03.11.2026",
        "Det tager vi fat på senere", "Søren handler selv ind til ugens aftensmad.",
        "Næste møde", "Onsdag den 2. december 2026 kl. 10.00–11.00", "Hjemmebesøg",
        "Gert Hansen", "Udskrevet 25.11.2026",
    ):
        assert expected in text, expected
    assert "æ" in text and "ø" in text and "å" in text and "Å" in text
    metadata = _metadata(pdf)
    for part in CPR_PARTS:
        assert part not in text
        assert part not in metadata
    assert "Søren" not in metadata  # the name is page text only, never metadata


def test_plan_pdf_embeds_its_fonts(plan_data: PlanReportData) -> None:
    page = PdfReader(io.BytesIO(build_plan_pdf(plan_data))).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in str(font["/BaseFont"])
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


def test_plan_pdf_is_byte_identical_for_identical_input(
    service: CaseService, plan: dict[str, int], meetings: None
) -> None:
    first = build_plan_pdf(plan_report_data(service._db, plan["citizen"], today=TODAY))
    again = build_plan_pdf(plan_report_data(service._db, plan["citizen"], today=TODAY))
    assert first == again
    later = build_plan_pdf(plan_report_data(service._db, plan["citizen"], today=TODAY
                                            + dt.timedelta(days=1)))
    assert later != first


def test_plan_pdf_is_pdfa_2b(plan_data: PlanReportData, tmp_path: Path) -> None:
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    path = tmp_path / "plan.pdf"
    path.write_bytes(build_plan_pdf(plan_data))
    report = pdfa.validate_written(path, "2b")
    assert report.passed, [str(f) for f in report.findings]


def test_a_huge_plan_still_fits_on_one_page() -> None:
    words = "Søren øver sig i at lave mad og handle ind med støtte fra Åse. "
    data = PlanReportData(
        citizen_name="Søren " + "Ågård " * 40,
        printed_on=TODAY,
        long_term_goals=("Jeg vil bo for mig selv. " + words * 80, words * 80),
        current=tuple(
            PlanGoal(f"Delmål {i}: " + words * 20, dt.date(2027, 1, 1), "Selvstændigt",
                     words * 10, tuple(PlanAction("Kontaktperson", words * 15,
                                                  dt.date(2027, 1, i + 1)) for i in range(9)))
            for i in range(8)
        ),
        later=tuple(words * 5 for _ in range(10)),
        next_meeting=NextMeeting(dt.datetime(2026, 12, 2, 10), dt.datetime(2026, 12, 2, 11),
                                 "Samtale", "på jobcentret"),
        worker="Gert Hansen " * 20,
        unit="Bostøtten Nord " * 20,
    )
    pdf = build_plan_pdf(data)
    assert _pages(pdf) == 1
    text = " ".join(_text(pdf).split())
    assert "Jeg vil bo for mig selv." in text
    assert "…" in text  # long texts are cut visibly, not silently dropped
    assert "Næste møde" in text and "2. december 2026" in text


def test_a_full_but_ordinary_plan_keeps_full_size_text(
    service: CaseService, plan: dict[str, int], meetings: None
) -> None:
    for i in range(3):
        service.plans.add_action(Action(plan["sub"], f"Trin {i}: gennemgår kontoudtoget med Gert",
                                  due=dt.date(2027, 1, 10 + i)))
    data = plan_report_data(service._db, plan["citizen"], today=TODAY)
    width, height = 200.0 * 2.8346, 250.0 * 2.8346
    story = plan_pdf.fitted_story(data, width, height)
    sizes = {p.style.fontSize for p in story if hasattr(p, "style")}
    assert 21 in sizes  # the title at full size: nothing was shrunk


def test_plan_without_goals_or_meetings_says_so(service: CaseService) -> None:
    citizen_id = service.citizens.add_citizen(Citizen(name="Ny Borger", cpr="010190-1234"))
    pdf = build_plan_pdf(plan_report_data(service._db, citizen_id, today=TODAY))
    text = " ".join(_text(pdf).split())
    assert _pages(pdf) == 1
    assert "Vi har ikke skrevet dit mål på længere sigt ned endnu." in text
    assert "Der er ingen delmål i gang lige nu." in text
    assert "Der er ikke aftalt et nyt møde endnu." in text
    assert "Det tager vi fat på senere" not in text


def test_next_meeting_follows_a_recurring_series(service: CaseService, citizen_id: int) -> None:
    service.calendar.add_appointment(Appointment(
        kind=AppointmentKind.CONVERSATION, start=dt.datetime(2026, 9, 2, 13, 0),
        end=dt.datetime(2026, 9, 2, 14, 0), citizen_id=citizen_id,
        rrule="FREQ=WEEKLY;INTERVAL=2",
        exdates=(dt.datetime(2026, 11, 25, 13, 0) + dt.timedelta(days=14),),
    ))
    data = plan_report_data(service._db, citizen_id, today=TODAY)
    assert data.next_meeting is not None
    # every second Wednesday from 02.09: 25.11 is today, 09.12 is skipped, so 23.12
    assert data.next_meeting.start == dt.datetime(2026, 12, 23, 13, 0)
    assert plan_pdf.meeting_line(data.next_meeting) == "Onsdag den 23. december 2026 kl. 13.00–14.00"
    earlier = plan_report_data(service._db, citizen_id, today=TODAY,
                               after=dt.datetime(2026, 11, 25, 12, 0))
    assert earlier.next_meeting is not None
    assert earlier.next_meeting.start == dt.datetime(2026, 11, 25, 13, 0)


def test_export_plan_writes_the_file(service: CaseService, plan: dict[str, int],
                                     tmp_path: Path) -> None:
    out = export_plan(service._db, plan["citizen"], tmp_path / "plan.pdf", today=TODAY)
    assert out == tmp_path / "plan.pdf"
    assert _pages(out.read_bytes()) == 1
    named = export_plan(service._db, plan["citizen"], tmp_path, today=TODAY)
    assert named.name == f"plan_{plan['citizen']}_soeren_aagaard_baekgaard.pdf"
    assert named.read_bytes() == out.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".caseapp-")]
    with pytest.raises(NotFound):
        export_plan(service._db, 9999, tmp_path / "none.pdf", today=TODAY)
    assert not (tmp_path / "none.pdf").exists()
    with pytest.raises(InvalidInput):
        export_plan(service._db, plan["citizen"], tmp_path / "plan.txt", today=TODAY)


# -- removing a subtree and a rating, and undoing it: one transaction each --------------------


def _plan_view(service: CaseService, citizen_id: int) -> list[tuple]:
    """The plan as a user sees it, ids left out (a re-created goal gets a new id)."""
    goals = service.plans.goals(citizen_id, include_archived=True)
    text = {g.id: g.text for g in goals}
    actions = sorted((text[a.goal_id], a.what, a.who, a.due, a.done_on)
                     for a in service.plans.actions(citizen_id))
    return sorted((g.text, g.level, text.get(g.parent_id), g.position, g.archived, g.status,
                   g.phase, g.indicator, g.deadline) for g in goals) + actions


def _audit_size(service: CaseService) -> int:
    return len(service.audit_trail(10_000))


def test_a_subtree_taken_out_comes_back_exactly_as_it_was(
    service: CaseService, plan: dict[str, int]
) -> None:
    """Mixed: the rated sub-goal and its effort goal are archived, the other sub-goal and the
    actions are deleted; putting back gives the same plan, in the same places."""
    service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 6, dt.date(2026, 10, 1)))
    before = _plan_view(service, plan["citizen"])
    taken = service.plans.take_subtree(plan["effort"])
    assert set(taken.removal.archived) == {plan["effort"], plan["sub"]}
    assert taken.removal.deleted == (plan["sub2"],)
    assert _plan_view(service, plan["citizen"]) != before
    back = service.plans.put_back_subtree(taken, plan["long_term"])
    assert _plan_view(service, plan["citizen"]) == before
    assert back.goals[plan["effort"]] == plan["effort"]  # archived, so kept its id
    assert back.goals[plan["sub2"]] != plan["sub2"]  # deleted and made again
    assert service.plans.goal(back.goals[plan["sub2"]]).text.startswith("Søren handler selv")


def test_a_failure_half_way_through_putting_back_changes_nothing(
    service: CaseService, plan: dict[str, int]
) -> None:
    before = _plan_view(service, plan["citizen"])
    taken = service.plans.take_subtree(plan["effort2"])  # deleted: the goal, its sub-goal, an action
    assert taken.removal.deleted == (plan["effort2"], plan["sub3"])
    after_take, audit_after_take = _plan_view(service, plan["citizen"]), _audit_size(service)
    # the goals go back first, the action last: a refused action undoes the goals too
    service._db.execute("CREATE TRIGGER refuse_actions BEFORE INSERT ON actions "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(CaseappError):
        service.plans.put_back_subtree(taken, plan["long_term"])
    assert _plan_view(service, plan["citizen"]) == after_take
    assert _audit_size(service) == audit_after_take
    service._db.execute("DROP TRIGGER refuse_actions")
    service.plans.put_back_subtree(taken, plan["long_term"])
    assert _plan_view(service, plan["citizen"]) == before


def test_a_failure_half_way_through_taking_out_changes_nothing(
    service: CaseService, plan: dict[str, int]
) -> None:
    """Archiving comes before deleting: a refused delete leaves nothing archived either."""
    service.plans.add_rating(Rating(plan["sub"], RatingScale.FFB_0_4, 2, dt.date(2026, 10, 1)))
    before, audit_before = _plan_view(service, plan["citizen"]), _audit_size(service)
    service._db.execute("CREATE TRIGGER refuse_deletes BEFORE DELETE ON goals "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(CaseappError):
        service.plans.take_subtree(plan["effort"])
    assert _plan_view(service, plan["citizen"]) == before
    assert not any(g.archived for g in service.plans.goals(plan["citizen"], include_archived=True))
    assert _audit_size(service) == audit_before


def test_putting_back_under_a_parent_that_is_gone_changes_nothing(
    service: CaseService, plan: dict[str, int]
) -> None:
    taken = service.plans.take_subtree(plan["sub3"])
    after_take = _plan_view(service, plan["citizen"])
    with pytest.raises(NotFound):
        service.plans.put_back_subtree(taken, 9999)
    assert _plan_view(service, plan["citizen"]) == after_take


def test_a_rating_can_be_removed_and_the_removal_undone(
    service: CaseService, plan: dict[str, int]
) -> None:
    kept = service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 4, dt.date(2026, 9, 1)))
    wrong = service.plans.add_rating(Rating(plan["sub"], RatingScale.GAS, -1, dt.date(2026, 10, 1),
                                      rater="Mette", comment="Forkert delmål"))
    removed = service.plans.remove_rating(wrong)
    assert [r.id for r in service.plans.ratings(plan["sub"])] == [kept]
    assert ("rating", wrong) in _audit(service, "delete")
    with pytest.raises(NotFound):
        service.plans.remove_rating(wrong)  # already gone: one clear sentence, nothing changed
    again = service.plans.restore_rating(removed)
    back = service.plans.ratings(plan["sub"])[-1]
    assert (back.scale, back.value, back.rated_on, back.rater, back.comment) == (
        RatingScale.GAS, -1, dt.date(2026, 10, 1), "Mette", "Forkert delmål")
    assert back.id == again and ("rating", again) in _audit(service, "restore")
    service.plans.remove_rating(again)
    ops.remove_goal(service._db, plan["effort2"])
    elsewhere = dataclasses.replace(removed, goal_id=plan["sub3"])
    with pytest.raises(NotFound):
        service.plans.restore_rating(elsewhere)  # its goal is gone meanwhile
