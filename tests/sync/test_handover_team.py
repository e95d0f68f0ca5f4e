"""Handing a citizen over from one laptop to another through a real PostgreSQL: A hands Karen to
B with the summary as PDF, B accepts, and after the syncs both laptops show B as responsible."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pypdf

from caseapp.domain.models import Citizen
from tests.sync.helpers import Laptop

NAME = "Karen Ærø Østergaard"
OWN_WORDS = "Jeg vil gerne klare mig selv og se mine børn hver weekend."


def _team(laptop) -> tuple[Laptop, Laptop, int]:
    """A (Anne) founds a team and shares Karen; B (Bo) joins and both have synced."""
    a = laptop("a")
    with a.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name="Anne Kontaktperson"))
        karen = service.citizens.add_citizen(Citizen(name=NAME, own_words=OWN_WORDS, responsible="Anne Kontaktperson",
                                            next_step="Netværksmøde med skolen."))
    invite = a.ok("team", "create", "--server", a.url, "--team", "Team Lærkereden", "--json").json()
    a.ok("team", "share", "--citizen", str(karen))
    a.sync()
    b = laptop("b")
    with b.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name="Bo Bøgh"))
    b.join(a, invite["invite"])
    a.sync()
    b.sync()
    return a, b, karen


def _responsible(machine: Laptop, citizen_id: int) -> tuple[str, str, str]:
    with machine.service() as service:
        state = service.team.handover_state(citizen_id)
    return state.responsible, state.responsible_role, state.to_role


def test_a_hands_over_to_b_b_accepts_and_both_show_b_as_responsible(laptop, tmp_path: Path) -> None:
    a, b, karen = _team(laptop)
    karen_b = b.citizen_id(NAME)
    pdf = tmp_path / "overdragelse.pdf"
    done = a.ok("handover", "--citizen", str(karen), "--to", b.role, "--out", str(pdf))
    assert f"overdraget til {b.role}" in done.out
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert f"Overdragelse af {NAME}" in text and OWN_WORDS in text and f"Overdrages til: {b.role}" in text

    assert a.run("handover", "accept", "--citizen", str(karen)).code != 0  # only the receiver
    a.sync()
    b.sync()
    assert _responsible(b, karen_b) == ("Anne Kontaktperson", a.role, b.role)  # waiting for Bo
    with b.service() as service:
        assert service.team.handovers_waiting() == [karen_b]
    b.ok("handover", "accept", "--citizen", str(karen_b))
    b.sync()
    a.sync()
    assert _responsible(b, karen_b) == ("Bo Bøgh", b.role, "")
    assert _responsible(a, karen) == ("Bo Bøgh", b.role, "")
    with a.service() as service:
        assert service.team.sync_conflicts() == []
        assert service.citizens.citizen(karen).responsible == "Bo Bøgh"  # the header and the caseload say so


def test_handing_over_to_someone_who_is_not_a_member_is_one_sentence_and_saves_nothing(
    laptop, tmp_path: Path
) -> None:
    a, b, karen = _team(laptop)
    pdf = tmp_path / "overdragelse.pdf"
    outbox_before = a.state("(SELECT count(*) FROM sync_outbox)")
    refused = a.run("handover", "--citizen", str(karen), "--to", "carl", "--out", str(pdf))
    assert refused.code != 0
    assert refused.err.strip() == f"caseapp: «carl» er ikke medlem af teamet; borgeren kan overdrages til: {b.role}."
    assert not pdf.exists()
    assert _responsible(a, karen) == ("Anne Kontaktperson", a.role, "")
    assert a.state("(SELECT count(*) FROM sync_outbox)") == outbox_before

    with a.service() as service:  # a citizen the team does not see cannot be handed over either
        alone = service.citizens.add_citizen(Citizen(name="Ib Ågesen"))
    refused = a.run("handover", "--citizen", str(alone), "--to", b.role, "--out", str(pdf))
    assert refused.code != 0 and "ikke delt med teamet" in refused.err
    assert not pdf.exists()
