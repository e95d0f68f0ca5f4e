"""A demo citizen's meetings with the network: minutes for some of the network meetings the
calendar already holds (the latest held one, perhaps the one before, and the next one coming),
with participants, an agenda from the kind's template, minutes and what was agreed.

Drawn from a stream of its own, after everything else, and written onto appointments already
generated, so adding meetings to the demo changed no other generated row. Dates follow the
calendar, which follows the demo's "today": a meeting held a week ago may still owe its
minutes, an agreement may be overdue, and a meeting in the coming weeks is to be prepared.
"""

from __future__ import annotations

import datetime as dt
import random

from caseapp.demo.citizen import CitizenContext, Lifetime
from caseapp.demo.identity import Profile
from caseapp.domain.enums import AppointmentKind, AppointmentStatus, MeetingKind, ParticipantKind
from caseapp.domain.meetings import AGENDA_TEMPLATES

SHARE_WITH_MINUTES = 0.6  # of the active citizens: how many have meetings written up
_KIND, _START, _STATUS = 2, 4, 12  # the fields of an appointment row used here

_MINUTES: dict[MeetingKind, tuple[tuple[str, ...], ...]] = {  # one line per agenda item
    MeetingKind.NETWORK: (
        ("{lead} bød velkommen; mødet skal samle trådene omkring {first}.",
         "Formålet er at aftale, hvem der gør hvad de næste måneder."),
        ("{first} fortæller, at det går bedre med at komme op om morgenen.",
         "{first} synes, det er svært med de mange aftaler, men vil gerne fortsætte."),
        ("Delmålet om faste rutiner er godt på vej; {provider} ser fremskridt.",
         "Ét delmål står stille; det tages op igen på næste møde."),
        ("{lead} er tovholder. {provider} tager kontakten til praktikstedet.",
         "Sagsbehandleren samler op og sender referatet rundt."),
        ("Næste møde om cirka to måneder.", "Næste møde aftales, når statusrapporten er kommet."),
    ),
    MeetingKind.OPEN_DIALOGUE: (
        ("{first} vil gerne tale om økonomien og om at flytte.",
         "{first} vil tale om, hvordan ugen hænger sammen."),
        ("{provider} oplever {first} som mere åben end sidst.",
         "Netværket er bekymret for søvnen, men ser også gode dage."),
        ("Enige om at tage det i små skridt; uenige om tempoet.",
         "Alle er enige om, at {first} selv skal bestemme rækkefølgen."),
        ("Næste skridt aftales herunder; næste møde om seks uger.",
         "{first} inviterer selv sin søster med næste gang."),
    ),
}
_AGREEMENTS = (
    "Ringe til praktikstedet om flere timer",
    "Sende ansøgning om forlængelse af mentorforløbet",
    "Bestille tid hos egen læge",
    "Følge op på budgettet sammen med {first}",
    "Undersøge muligheder for et kursus",
    "Sende statusrapport til sagsbehandleren",
)


def meetings_stream(seed: int, index: int) -> random.Random:
    return random.Random(f"caseapp-demo:{seed}:meetings:{index}")


def write_meetings(c: CitizenContext, life: Lifetime, profile: Profile, calendar: list[tuple],
                   providers: list[tuple[int, str]]) -> None:
    """Minutes for some of the citizen's network meetings: held ones and the next coming."""
    rnd = meetings_stream(c.world.seed, c.index)
    if not life.active or not providers or rnd.random() >= SHARE_WITH_MINUTES:
        return
    today = c.world.at(c.world.today_i, 0)
    network = [r for r in calendar if r[_KIND] == AppointmentKind.NETWORK_MEETING.value]
    held = [r for r in network if r[_STATUS] == AppointmentStatus.HELD.value and r[_START] < today]
    coming = [r for r in network if r[_STATUS] == AppointmentStatus.PLANNED.value and r[_START] >= today]
    chosen = held[-rnd.randint(1, 2):] + coming[:1]
    rows: dict[str, list[tuple]] = {t: [] for t in ("meetings", "meeting_participants", "meeting_items",
                                                   "meeting_decisions")}
    for appointment in chosen:
        _meeting(c, rnd, profile, appointment, providers, rows)
    for table, table_rows in rows.items():
        c.writer.add_many(table, table_rows)


def _meeting(c: CitizenContext, rnd: random.Random, profile: Profile, appointment: tuple,
             providers: list[tuple[int, str]], rows: dict[str, list[tuple]]) -> None:
    w = c.world
    kind = MeetingKind.NETWORK if rnd.random() < 0.75 else MeetingKind.OPEN_DIALOGUE
    day = dt.datetime.fromisoformat(appointment[_START]).date()
    held = day < w.today
    meeting_id = c.new_id("meetings")
    people, owners, lead = _participants(c, rnd, profile, meeting_id, providers)
    rows["meeting_participants"] += people
    names = {"first": profile.first, "lead": lead, "provider": owners[0]}
    for position, heading in enumerate(AGENDA_TEMPLATES[kind]):
        text = rnd.choice(_MINUTES[kind][position]).format(**names) if held else ""
        rows["meeting_items"].append((c.new_id("meeting_items"), meeting_id, position, heading, text))
    done_on = None
    if held and (day < w.today - dt.timedelta(days=14) or rnd.random() < 0.4):
        done_on = min(w.today, day + dt.timedelta(days=rnd.randint(1, 4))).isoformat()
    if held:
        for what in rnd.sample(_AGREEMENTS, rnd.randint(1, 2)):
            due = day + dt.timedelta(days=rnd.choice((7, 14, 21, 28)))
            # agreed long ago: done; lately: some done, some overdue, some still ahead
            settled = due < w.today - dt.timedelta(days=14) or (due < w.today and rnd.random() < 0.5)
            done = due.isoformat() if settled else None
            rows["meeting_decisions"].append((c.new_id("meeting_decisions"), meeting_id,
                                              what.format(**names), rnd.choice(owners), due.isoformat(),
                                              None, None, done))
    stamp = w.at(w.today_i, 9 * 60)
    rows["meetings"].append((meeting_id, c.cid, appointment[0], kind.value, done_on, stamp, stamp))


def _participants(c: CitizenContext, rnd: random.Random, profile: Profile, meeting_id: int,
                  providers: list[tuple[int, str]]) -> tuple[list[tuple], list[str], str]:
    """The rows of the citizen, one or two of the providers and the caseworker at the table
    (a contact's and the citizen's name come from their own rows), the names that may own an
    agreement (the providers first, then the caseworker) and the tovholder's name."""
    chosen = rnd.sample(providers, min(len(providers), rnd.randint(1, 2)))
    at_table = [(ParticipantKind.CITIZEN, "", None, profile.first)]
    at_table += [(ParticipantKind.NETWORK, "", contact_id, name) for contact_id, name in chosen]
    at_table.append((ParticipantKind.COLLEAGUE, profile.responsible, None, profile.responsible))
    lead = rnd.randrange(len(at_table))
    rows = [(c.new_id("meeting_participants"), meeting_id, kind.value, name, contact_id, int(i == lead))
            for i, (kind, name, contact_id, _shown) in enumerate(at_table)]
    return rows, [shown for _k, _n, _c, shown in at_table[1:]], at_table[lead][3]
