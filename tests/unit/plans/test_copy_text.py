"""The plan as plain text for the municipality's system: clean, stable and without the CPR number."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import GoalSource, RatingScale
from caseapp.domain.models import Citizen, Rating
from caseapp.plans import operations as ops
from caseapp.plans.copy_text import plan_as_text
from caseapp.service import CaseService

CPR_PARTS = ("010190", "0101901234", "1234")


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
