"""Efforts, documents to chase and the Frister list, through CaseService."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import ChaseHow, DeadlineKind, EffortKind, EffortOutcome
from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput
from caseapp.service import CaseService

TODAY = dt.date(2026, 12, 7)


def _mentor(citizen_id: int, **changes: object) -> Effort:
    values: dict[str, object] = dict(
        citizen_id=citizen_id, title="Mentorforløb", kind=EffortKind.MENTOR,
        start_on=dt.date(2026, 9, 1), end_on=dt.date(2026, 12, 20),
        review_on=dt.date(2026, 12, 10))
    values.update(changes)
    return Effort(**values)  # type: ignore[arg-type]


def test_an_effort_names_its_provider_from_the_network_and_adds_a_new_one(
    service: CaseService, citizen_id: int
) -> None:
    effort_id = service.efforts.add(_mentor(citizen_id), provider="Jens Mentor")
    effort = service.efforts.get(effort_id)
    assert effort.provider_name == "Jens Mentor"
    assert [c.name for c in service.citizens.contacts(citizen_id)] == ["Jens Mentor"]
    second = service.efforts.add(_mentor(citizen_id, title="Kursus"), provider="jens mentor")
    assert service.efforts.get(second).provider_id == effort.provider_id  # found, not doubled


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"end_on": dt.date(2026, 8, 1)}, "Indsatsen slutter før den begynder; ret slutdatoen."),
        ({"review_on": dt.date(2027, 2, 1)},
         "Datoen for revurdering skal ligge inden for indsatsens periode."),
        ({"title": "  "}, "Titlen: feltet er tomt og skal udfyldes."),
    ],
)
def test_bad_effort_dates_are_one_sentence_and_nothing_is_saved(
    service: CaseService, citizen_id: int, changes: dict, sentence: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        service.efforts.add(_mentor(citizen_id, **changes), provider="Jens Mentor")
    assert str(caught.value) == sentence
    assert service.efforts.of_citizen(citizen_id) == []
    assert service.citizens.contacts(citizen_id) == []  # the provider was not added either


def test_an_unknown_citizen_or_a_closed_case_takes_no_effort(service: CaseService, citizen_id: int) -> None:
    with pytest.raises(Exception, match="ingen borger med nummer 999"):
        service.efforts.add(_mentor(999))
    service.records.close_case(citizen_id, "Flyttet", TODAY)
    with pytest.raises(InvalidInput, match="Sagen er afsluttet"):
        service.efforts.add(_mentor(citizen_id))


def test_extending_keeps_the_old_end_and_ending_takes_it_off_the_list(
    service: CaseService, citizen_id: int
) -> None:
    effort_id = service.efforts.add(_mentor(citizen_id), provider="Jens Mentor")
    with pytest.raises(InvalidInput, match="efter den nuværende slutdato"):
        service.efforts.extend(effort_id, dt.date(2026, 12, 1))
    extended = service.efforts.extend(effort_id, dt.date(2027, 3, 31), "Forlænget efter netværksmøde")
    assert (extended.end_on, extended.previous_end_on, extended.outcome) == (
        dt.date(2027, 3, 31), dt.date(2026, 12, 20), EffortOutcome.EXTENDED)
    assert extended.running and extended.review_on is None
    ended = service.efforts.end(effort_id, EffortOutcome.REPLACED, TODAY, "Erstattet af praktik")
    assert not ended.running and ended.ended_on == TODAY
    assert [d for d in service.deadlines(TODAY, days=365) if d.record_id == effort_id] == []
    with pytest.raises(InvalidInput, match="allerede afsluttet"):
        service.efforts.end(effort_id, EffortOutcome.ENDED, TODAY)


def test_a_document_is_chased_twice_then_received(service: CaseService, citizen_id: int) -> None:
    request_id = service.documents.request(DocumentRequest(
        citizen_id, "Lægeattest", "Lægehuset Vestergade", dt.date(2026, 11, 1), dt.date(2026, 11, 20)))
    [line] = [d for d in service.deadlines(TODAY) if d.kind == DeadlineKind.DOCUMENT_DUE]
    assert (line.on, line.next_action) == (dt.date(2026, 11, 20), "Send rykker 1 til Lægehuset Vestergade")
    assert line.overdue(TODAY)
    service.documents.chase(request_id, ChaseHow.PHONE, dt.date(2026, 11, 23))
    [line] = [d for d in service.deadlines(TODAY) if d.kind == DeadlineKind.DOCUMENT_DUE]
    assert (line.on, line.next_action) == (dt.date(2026, 11, 30), "Send rykker 2 til Lægehuset Vestergade")
    service.documents.chase(request_id, ChaseHow.LETTER, TODAY)
    [line] = [d for d in service.deadlines(TODAY) if d.kind == DeadlineKind.DOCUMENT_DUE]
    assert line.next_action == "Ring til Lægehuset Vestergade eller opgiv"
    received = service.documents.received(request_id, dt.date(2026, 12, 8))
    assert received.received_on == dt.date(2026, 12, 8)
    assert [c.how for c in received.chases] == [ChaseHow.PHONE, ChaseHow.LETTER]
    assert [d for d in service.deadlines(TODAY) if d.kind == DeadlineKind.DOCUMENT_DUE] == []


def test_a_document_due_before_it_was_requested_is_refused(service: CaseService, citizen_id: int) -> None:
    with pytest.raises(InvalidInput, match="Fristen ligger før dokumentet blev bestilt"):
        service.documents.request(DocumentRequest(
            citizen_id, "Udtalelse", "Psykiatrien", dt.date(2026, 12, 1), dt.date(2026, 11, 1)))
    assert service.documents.of_citizen(citizen_id) == []


def test_frister_are_in_date_order_overdue_first_and_filter_by_citizen_and_kind(
    service: CaseService, citizen_id: int
) -> None:
    other = service.citizens.add_citizen(Citizen(name="Åse Østergaard", cpr="020290-1234"))
    service.efforts.add(_mentor(citizen_id), provider="Jens Mentor")
    service.documents.request(DocumentRequest(
        other, "Lægeattest", "Lægen", dt.date(2026, 11, 1), dt.date(2026, 12, 1)))
    lines = service.deadlines(TODAY)
    assert all(a.on <= b.on for a, b in zip(lines, lines[1:], strict=False))
    kinds = [(d.citizen_name, d.kind, d.next_action) for d in lines if d.kind != DeadlineKind.CONVERSATION_DUE]
    assert kinds == [
        ("Åse Østergaard", DeadlineKind.DOCUMENT_DUE, "Send rykker 1 til Lægen"),
        ("Søren Ågård Bækgaard", DeadlineKind.EFFORT_REVIEW, "Beslut om indsatsen skal forlænges"),
        ("Søren Ågård Bækgaard", DeadlineKind.EFFORT_ENDS, "Ring til Jens Mentor og planlæg det videre forløb"),
    ]
    # Two never-contacted citizens are due for a conversation today.
    assert [d.citizen_name for d in lines if d.kind == DeadlineKind.CONVERSATION_DUE] == [
        "Søren Ågård Bækgaard", "Åse Østergaard"]
    mine = service.deadlines(TODAY, citizen_id=other, kinds=[DeadlineKind.DOCUMENT_DUE])
    assert [d.title for d in mine] == ["Lægeattest"]
    assert service.deadlines(TODAY, days=5, kinds=[DeadlineKind.EFFORT_ENDS]) == []


def test_a_closed_case_takes_its_deadlines_with_it(service: CaseService, citizen_id: int) -> None:
    service.efforts.add(_mentor(citizen_id), provider="Jens Mentor")
    assert service.deadlines(TODAY, citizen_id=citizen_id)
    service.records.close_case(citizen_id, "Flyttet", TODAY)
    assert service.deadlines(TODAY, citizen_id=citizen_id) == []


def test_a_purge_removes_efforts_documents_and_their_chases(service: CaseService, citizen_id: int) -> None:
    service.efforts.add(_mentor(citizen_id), provider="Jens Mentor")
    request_id = service.documents.request(DocumentRequest(
        citizen_id, "Lægeattest", "Lægen", dt.date(2026, 11, 1), dt.date(2026, 11, 20)))
    service.documents.chase(request_id, ChaseHow.EMAIL, dt.date(2026, 11, 25))
    service.documents.received(request_id, dt.date(2026, 11, 30))
    service.records.close_case(citizen_id, "Flyttet", dt.date(2026, 1, 1))
    service.records.purge_citizen(citizen_id, TODAY)
    for table in ("efforts", "document_requests", "document_chases"):
        assert service._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
