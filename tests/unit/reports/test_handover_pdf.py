"""The handover summary (overdragelse): what the colleague who takes a citizen over reads, as the
PDF prints it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdf

from caseapp.domain.enums import GoalStatus, NoteKind, RatingScale
from caseapp.domain.models import Action, DiaryNote, NetworkContact, Rating
from caseapp.reports.handover_pdf import write_handover_pdf
from caseapp.service import CaseService

TODAY = dt.date(2026, 12, 7)
OWN_WORDS = "Jeg vil have min egen lejlighed og en hund, der hedder Bølle."


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _fill(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    citizen = service.citizens.citizen(citizen_id)
    service.citizens.update_citizen(dataclasses.replace(
        citizen, own_words=OWN_WORDS, next_step="Møde med boligkontoret om venteliste.",
        responsible="Åse Kontaktperson"))
    service.plans.add_rating(Rating(sub_goal_id, RatingScale.FFB_0_4, 1, dt.date(2026, 6, 1), "Åse"))
    service.plans.add_rating(Rating(sub_goal_id, RatingScale.FFB_0_4, 3, dt.date(2026, 10, 1), "Åse"))
    service.plans.add_action(Action(sub_goal_id, "Søren sætter betalingsservice op.", due=dt.date(2026, 11, 1)))
    dropped = service.plans.goal(service.plans.goal(sub_goal_id).parent_id or 0)
    service.plans.update_goal(dataclasses.replace(dropped, status=GoalStatus.DROPPED))
    summary = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.SUMMARY, dt.datetime(2026, 11, 30, 15),
                                           "November: huslejen betalt til tiden for første gang.", "Åse"))
    service.diary.sign_note(summary, dt.datetime(2026, 11, 30, 16))
    draft = DiaryNote(citizen_id, NoteKind.PHONE, dt.datetime(2026, 12, 1, 9), "Kladde: ikke til kollegaen.")
    service.diary.save_draft(draft)
    service.citizens.add_contact(NetworkContact(citizen_id, "Bodil Ørsted", role="Mentor", organisation="Ærø Kommune"))


def test_the_summary_holds_own_words_goal_history_ratings_notes_network_and_deadlines(
    service: CaseService, citizen_id: int, sub_goal_id: int, tmp_path: Path
) -> None:
    _fill(service, citizen_id, sub_goal_id)
    summary = service.reports.handover_summary(citizen_id, TODAY, to_role="bo")
    pdf = write_handover_pdf(service._db, summary, tmp_path)
    assert pdf.name == f"overdragelse_{citizen_id}_soeren_aagaard_baekgaard.pdf"
    text = " ".join(_text(pdf).split())
    assert "Overdragelse af Søren Ågård Bækgaard" in text
    assert OWN_WORDS in text
    assert "Jeg bor i min egen lejlighed." in text  # the long-term goal
    assert "Søren klarer selv sin økonomi." in text and "Opgivet" in text  # what was tried, and dropped
    assert "01.06.2026 Funktionsniveau (FFB 0-4): 1 (Åse) → 01.10.2026 Funktionsniveau (FFB 0-4): 3 (Åse)" in text
    assert "November: huslejen betalt til tiden for første gang." in text
    assert "Kladde: ikke til kollegaen." not in text  # a draft is the writer's own
    assert "Bodil Ørsted" in text and "Ærø Kommune" in text
    assert "01.11.2026 overskredet" in text and "betalingsservice" in text  # an open action, late
    assert "01.06.2027" in text  # the sub-goal's deadline
    assert "Næste skridt: Møde med boligkontoret om venteliste." in text
    assert "Overdrages til: bo" in text
    assert "Fortroligt" in text and "Side 1 af" in text
