"""The meeting commands: `network` lists whom a meeting can invite (and what their consents
allow), `meeting add` plans a meeting with several people (an appointment in the week, the
citizen always at the table) and `export minutes` prints its minutes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.cli.common import add_command, open_database
from caseapp.domain.enums import MeetingKind, ParticipantKind
from caseapp.domain.labels import label
from caseapp.errors import InvalidInput

if TYPE_CHECKING:
    from caseapp.domain.meetings import Meeting


def _parse_moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise InvalidInput(f"Ugyldigt tidspunkt: {text!r}; brug ÅÅÅÅ-MM-DDTTT:MM.") from None


def cmd_network(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        contacts = service.citizens.contacts(args.citizen)
        consents = service.consent_scopes.with_proposals(args.citizen)
    if args.json:
        print(json.dumps({
            "contacts": [{"id": c.id, "name": c.name, "role": c.role, "organisation": c.organisation}
                         for c in contacts],
            "consents": [{"id": c.id, "party": c.party, "contact_id": c.contact_id,
                          "topics": [t.value for t in c.topics], "reviewed": c.reviewed_on is not None}
                         for c in consents],
        }, ensure_ascii=False, indent=1))
        return 0
    for c in contacts:
        print(f"{c.id:>5}  {c.name:<28} {c.role}" + (f", {c.organisation}" if c.organisation else ""))
    for c in consents:
        state = "gennemgået" if c.reviewed_on else "forslag, ikke gennemgået"
        topics = ", ".join(label(t).lower() for t in c.topics) or "intet"
        print(f"Samtykke {c.id}: {c.party} – {topics} ({state})")
    return 0


def cmd_meeting_add(args: argparse.Namespace) -> int:
    from caseapp.domain.meetings import Meeting, Participant

    starts = _parse_moment(args.at)
    with open_database(args) as service:
        me = Participant(ParticipantKind.COLLEAGUE, name=service.team.author_name(), coordinator=True)
        people = (*(Participant(ParticipantKind.NETWORK, contact_id=c) for c in args.with_ or ()), me)
        meeting_id = service.meetings.add(Meeting(
            citizen_id=args.citizen, kind=MeetingKind(args.kind), starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=args.minutes), place=args.place or "",
            participants=people))
        meeting = service.meetings.get(meeting_id)
    if args.json:
        print(json.dumps(_meeting_json(meeting), ensure_ascii=False, indent=1))
    else:
        names = ", ".join(p.name for p in meeting.participants)
        print(f"{label(meeting.kind)} {meeting_id} oprettet {meeting.starts_at:%d.%m.%Y kl. %H.%M} "
              f"med {names}.")
    return 0


def _meeting_json(meeting: Meeting) -> dict:
    return {
        "id": meeting.id, "citizen_id": meeting.citizen_id, "kind": meeting.kind.value,
        "starts_at": meeting.starts_at.isoformat(), "ends_at": meeting.ends_at.isoformat(),
        "place": meeting.place, "appointment_id": meeting.appointment_id,
        "participants": [{"kind": p.kind.value, "name": p.name, "contact_id": p.contact_id,
                          "coordinator": p.coordinator} for p in meeting.participants],
        "agenda": [item.heading for item in meeting.agenda],
    }


def cmd_export_minutes(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        path = service.export_minutes(args.meeting, Path(args.out), for_contact=args.for_contact)
    print(f"Referat skrevet: {path}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "network", cmd_network, "borgerens netværk og samtykker (hvem kan deltage i møder)")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--json", action="store_true")
    meeting = sub.add_parser("meeting", help="møder med flere deltagere: netværksmøde, åben dialog, statusmøde")
    meeting_sub = meeting.add_subparsers(dest="meeting_command", required=True)
    p = add_command(meeting_sub, "add", cmd_meeting_add, "planlæg et møde (en aftale i ugen)")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--at", required=True, metavar="ÅÅÅÅ-MM-DDTTT:MM")
    p.add_argument("--with", dest="with_", type=int, nargs="+", metavar="ID",
                   help="netværkskontakter, der deltager (borgeren deltager altid)")
    p.add_argument("--kind", choices=[k.value for k in MeetingKind], default=MeetingKind.NETWORK.value)
    p.add_argument("--minutes", type=int, default=60, metavar="N", help="varighed i minutter (standard 60)")
    p.add_argument("--place", metavar="TEKST")
    p.add_argument("--json", action="store_true")


def add_minutes_export(kinds: argparse._SubParsersAction) -> None:
    p = add_command(kinds, "minutes", cmd_export_minutes, "referatet af et møde")
    p.add_argument("--meeting", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf|DIR")
    p.add_argument("--for", dest="for_contact", type=int, metavar="KONTAKT",
                   help="en kopi til en netværkskontakt (kræver et gennemgået samtykke)")
