"""The minutes of a meeting as PDF/A, for the citizen and the participants the consents allow:
`caseapp export minutes --meeting ID --out FILE.pdf [--for CONTACT]` and Referat … in the app.

Seed 003 l.1010-1028: after the meeting the citizen "får ... en kopi af referatet". A copy for a
network contact is refused unless a consent the user has reviewed covers minutes.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from reportlab.platypus import Flowable, Paragraph, Table

from caseapp.domain.enums import AccessAction, ParticipantKind
from caseapp.domain.labels import label
from caseapp.domain.meetings import Meeting, Participant, minutes_recipients
from caseapp.errors import InvalidInput
from caseapp.reports.a4_story import build_a4_story_pdf
from caseapp.reports.files import pdf_target, write_atomic
from caseapp.reports.layout import (
    RULE,
    DocumentInfo,
    Styles,
    fmt_date,
    markup,
    paragraphs,
    styles,
    table_style,
)
from caseapp.storage import access_log, citizens
from caseapp.storage import meetings as meeting_store

log = logging.getLogger(__name__)

_ROLE_OF = {ParticipantKind.CITIZEN: "Borger", ParticipantKind.COLLEAGUE: "Medarbejder"}


@dataclass(frozen=True, slots=True)
class MinutesCopy:
    meeting: Meeting
    citizen_name: str
    recipients: tuple[Participant, ...]
    copy_for: str  # whom this copy is printed for; empty: the file copy
    today: dt.date


def minutes_file_name(meeting: Meeting) -> str:
    return f"referat_{meeting.citizen_id}_{meeting.starts_at:%Y-%m-%d}_{meeting.id}.pdf"


def minutes_copy(db: sqlite_utils.Database, meeting_id: int, for_contact: int | None,
                 today: dt.date) -> MinutesCopy:
    """What the PDF holds; a copy for a network contact only if a reviewed consent covers
    minutes for them (else one sentence, nothing written)."""
    meeting = meeting_store.get(db, meeting_id)
    recipients = minutes_recipients(meeting, citizens.consents(db, meeting.citizen_id), today)
    copy_for = ""
    if for_contact is not None:
        chosen = [p for p in recipients if p.kind == ParticipantKind.NETWORK and p.contact_id == for_contact]
        if not chosen:
            raise InvalidInput("Der er ikke et gennemgået samtykke, der giver denne deltager lov til at "
                               "få referatet; gennemgå borgerens samtykker først.")
        copy_for = chosen[0].name
    name = citizens.get(db, meeting.citizen_id).name
    return MinutesCopy(meeting, name, tuple(recipients), copy_for, today)


def write_minutes_pdf(db: sqlite_utils.Database, copy: MinutesCopy, out: Path) -> Path:
    """Write the minutes to `out` (a .pdf file, or a folder), atomically; the print is logged."""
    path = write_atomic(pdf_target(out, minutes_file_name(copy.meeting)), build_minutes_pdf(copy))
    access_log.record(db, AccessAction.PRINTED, [copy.meeting.citizen_id], "referat")
    log.info("minutes of meeting %s written", copy.meeting.id)
    return path


def build_minutes_pdf(copy: MinutesCopy) -> bytes:
    info = DocumentInfo(  # no name in the metadata: it travels with the file, unencrypted
        title=f"Referat af {label(copy.meeting.kind).lower()}", author="caseapp",
        subject="Referat af et møde om en borger", created=copy.today, keywords="referat")
    centre = f"Referat · {fmt_date(copy.meeting.starts_at.date())}"
    if copy.copy_for:
        centre += f" · kopi til {copy.copy_for}"
    return build_a4_story_pdf(info, "minutes", centre, lambda width: story(copy, width))


def story(copy: MinutesCopy, width: float) -> list[Flowable]:
    st, m = styles(), copy.meeting
    when = f"{fmt_date(m.starts_at.date())} kl. {m.starts_at:%H.%M}–{m.ends_at:%H.%M}"
    flow: list[Flowable] = [
        Paragraph(f"Referat af {markup(label(m.kind).lower())}", st.title),
        Paragraph(" · ".join(markup(p) for p in (copy.citizen_name, when, m.place) if p), st.subtitle),
        Paragraph("Deltagere", st.h1), _participants(m, st, width),
        Paragraph("Dagsorden og referat", st.h1),
    ]
    for number, item in enumerate(m.agenda, start=1):
        flow.append(Paragraph(f"{number}. {markup(item.heading)}", st.h3))
        flow += paragraphs(item.minutes, st.body) if item.minutes.strip() else [
            Paragraph("Intet referat til dette punkt.", st.empty)]
    flow.append(Paragraph("Aftaler", st.h1))
    flow.append(_decisions(m, st, width) if m.decisions else Paragraph("Ingen aftaler.", st.empty))
    flow.append(Paragraph("Referatet sendes til", st.h1))
    flow.append(Paragraph(", ".join(markup(p.name) for p in copy.recipients), st.body))
    if m.minutes_done_on is None:
        flow.append(Paragraph("Referatet er ikke færdigskrevet.", st.empty))
    return flow


def _participants(m: Meeting, st: Styles, width: float) -> Table:
    rows = [[Paragraph(t, st.header_cell) for t in ("Navn", "Rolle", "")]]
    rows += [[Paragraph(markup(p.name), st.cell),
              Paragraph(markup(p.role or _ROLE_OF.get(p.kind, "")), st.cell),
              Paragraph("tovholder" if p.coordinator else "", st.cell)]
             for p in m.participants]
    table = Table(rows, colWidths=[width * 0.4, width * 0.42, width * 0.18], repeatRows=1)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return table


def _decisions(m: Meeting, st: Styles, width: float) -> Table:
    rows = [[Paragraph(t, st.header_cell) for t in ("Hvad", "Hvem", "Hvornår")]]
    for d in m.decisions:
        when = fmt_date(d.due_on) if d.due_on else ""
        if d.done_on:
            when = f"{when} (udført {fmt_date(d.done_on)})".strip()
        rows.append([Paragraph(markup(d.what), st.cell), Paragraph(markup(d.owner), st.cell),
                     Paragraph(when, st.cell)])
    table = Table(rows, colWidths=[width * 0.56, width * 0.24, width * 0.2], repeatRows=1)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return table
