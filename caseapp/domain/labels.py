"""Labels for the stored vocabularies, for lists, PDFs and the command line.

Danish is the language of the reports and the command line; English is the desktop's second
language. Both tables are keyed by vocabulary and stored value, so a label never depends on the
text of another language.
"""

from __future__ import annotations

from enum import StrEnum

from caseapp.domain import enums as e

LABELS: dict[type[StrEnum], dict[str, str]] = {
    e.AccessAction: {
        e.AccessAction.OPENED_CITIZEN: "Åbnede borgeren",
        e.AccessAction.OPENED_NOTE: "Åbnede et dagbogsnotat",
        e.AccessAction.SEARCHED: "Søgte",
        e.AccessAction.PRINTED: "Skrev en PDF",
        e.AccessAction.EXPORTED_CALENDAR: "Eksporterede kalenderen",
        e.AccessAction.COPIED_OUT: "Kopierede til fagsystemet",
        e.AccessAction.SYNCED: "Ændret ved synkronisering",
        e.AccessAction.EXPIRED: "Ældre rækker slettet",
    },
    e.Role: {
        e.Role.CASEWORKER: "Sagsbehandler",
        e.Role.CONTACT_PERSON: "Kontaktperson",
        e.Role.LEADER: "Leder",
    },
    e.CitizenStatus: {
        e.CitizenStatus.ACTIVE: "Aktiv",
        e.CitizenStatus.WAITING: "Venter",
        e.CitizenStatus.CLOSED: "Afsluttet",
    },
    e.TimeOfDay: {
        e.TimeOfDay.ANY: "Hele dagen",
        e.TimeOfDay.MORNING: "Formiddag",
        e.TimeOfDay.MIDDAY: "Middag",
        e.TimeOfDay.AFTERNOON: "Eftermiddag",
    },
    e.GoalLevel: {
        e.GoalLevel.LONG_TERM: "Langsigtet mål",
        e.GoalLevel.EFFORT: "Indsatsmål",
        e.GoalLevel.SUB: "Delmål",
    },
    e.GoalSource: {
        e.GoalSource.CITIZEN: "Borgerens egne ord",
        e.GoalSource.ORDER: "Kommunens bestilling",
        e.GoalSource.PROVIDER: "Tilbuddet",
    },
    e.Ambition: {
        e.Ambition.INDEPENDENT: "Selvstændigt",
        e.Ambition.ON_PROMPT: "På opfordring",
        e.Ambition.PARTICIPANT: "Som deltager",
    },
    e.GoalStatus: {
        e.GoalStatus.ACTIVE: "Aktiv",
        e.GoalStatus.PAUSED: "Sat på pause",
        e.GoalStatus.ACHIEVED: "Opnået",
        e.GoalStatus.DROPPED: "Opgivet",
    },
    e.Phase: {
        e.Phase.NOW: "Nu",
        e.Phase.LATER: "Senere",
    },
    e.ActionOwner: {
        e.ActionOwner.CITIZEN: "Borgeren",
        e.ActionOwner.CASEWORKER: "Sagsbehandler",
        e.ActionOwner.CONTACT_PERSON: "Kontaktperson",
        e.ActionOwner.PROVIDER: "Leverandør",
        e.ActionOwner.OTHER: "Andre",
    },
    e.RatingScale: {
        e.RatingScale.SELF_1_10: "Borgerens egen vurdering (1-10)",
        e.RatingScale.FFB_0_4: "Funktionsniveau (FFB 0-4)",
        e.RatingScale.GAS: "Målopfyldelse (GAS -2..+2)",
    },
    e.AppointmentKind: {
        e.AppointmentKind.CONVERSATION: "Samtale",
        e.AppointmentKind.HOME_VISIT: "Hjemmebesøg",
        e.AppointmentKind.NETWORK_MEETING: "Netværksmøde",
        e.AppointmentKind.PHONE: "Telefon",
        e.AppointmentKind.OFFICE_TIME: "Kontortid",
        e.AppointmentKind.TEAM_MEETING: "Teammøde",
        e.AppointmentKind.SUPERVISION: "Supervision",
        e.AppointmentKind.STATUS_MEETING: "Statusmøde",
        e.AppointmentKind.FIXED_ACTIVITY: "Fast aktivitet",
        e.AppointmentKind.OTHER: "Andet",
    },
    e.Place: {
        e.Place.JOBCENTER: "Jobcenter",
        e.Place.HOME: "Hjemme",
        e.Place.RESIDENCE: "Bosted",
        e.Place.PROVIDER: "Leverandør",
        e.Place.PHONE: "Telefon",
        e.Place.OTHER: "Andet",
    },
    e.AppointmentStatus: {
        e.AppointmentStatus.PLANNED: "Planlagt",
        e.AppointmentStatus.HELD: "Afholdt",
        e.AppointmentStatus.CANCELLED: "Aflyst",
        e.AppointmentStatus.NO_SHOW: "Udeblevet",
    },
    e.NoteKind: {
        e.NoteKind.OBSERVATION: "Observation",
        e.NoteKind.CONVERSATION: "Samtale",
        e.NoteKind.PHONE: "Telefon",
        e.NoteKind.SMS: "SMS",
        e.NoteKind.HOME_VISIT: "Hjemmebesøg",
        e.NoteKind.NETWORK_MEETING: "Netværksmøde",
        e.NoteKind.SUMMARY: "Opsamling",
        e.NoteKind.OTHER: "Andet",
    },
    e.RecordState: {
        e.RecordState.DRAFT: "Kladde",
        e.RecordState.SIGNED: "Underskrevet",
    },
    e.StatusState: {
        e.StatusState.DRAFT: "Kladde",
        e.StatusState.FINAL: "Endelig",
    },
    e.ConsentForm: {
        e.ConsentForm.ORAL: "Mundtligt",
        e.ConsentForm.WRITTEN: "Skriftligt",
    },
    e.EffortKind: {
        e.EffortKind.MENTOR: "Mentor",
        e.EffortKind.COURSE: "Kursus",
        e.EffortKind.PLACEMENT: "Praktik",
        e.EffortKind.SUPPORT: "Socialpædagogisk støtte",
        e.EffortKind.TREATMENT: "Behandling",
        e.EffortKind.OTHER: "Andet",
    },
    e.EffortOutcome: {
        e.EffortOutcome.EXTENDED: "Forlænget",
        e.EffortOutcome.ENDED: "Afsluttet",
        e.EffortOutcome.REPLACED: "Erstattet",
    },
    e.ChaseHow: {
        e.ChaseHow.LETTER: "Brev",
        e.ChaseHow.PHONE: "Telefon",
        e.ChaseHow.EMAIL: "E-mail",
    },
    e.DeadlineKind: {
        e.DeadlineKind.EFFORT_ENDS: "Indsats udløber",
        e.DeadlineKind.EFFORT_UNDECIDED: "Afventer afgørelse",
        e.DeadlineKind.EFFORT_REVIEW: "Revurdering",
        e.DeadlineKind.REPORT_DUE: "Statusrapport fra leverandør",
        e.DeadlineKind.DOCUMENT_DUE: "Dokument",
        e.DeadlineKind.CONVERSATION_DUE: "Samtale",
        e.DeadlineKind.MEETING_PREPARE: "Møde",
        e.DeadlineKind.MINUTES_DUE: "Referat",
        e.DeadlineKind.DECISION_DUE: "Aftale fra møde",
    },
    e.MeetingKind: {
        e.MeetingKind.NETWORK: "Netværksmøde",
        e.MeetingKind.OPEN_DIALOGUE: "Åben dialog",
        e.MeetingKind.STATUS: "Statusmøde",
    },
    e.ParticipantKind: {
        e.ParticipantKind.CITIZEN: "Borger",
        e.ParticipantKind.NETWORK: "Netværk",
        e.ParticipantKind.COLLEAGUE: "Kollega",
    },
    e.ConsentTopic: {
        e.ConsentTopic.MINUTES: "Referater fra møder",
        e.ConsentTopic.PLAN: "Mål og plan",
        e.ConsentTopic.ATTENDANCE: "Fremmøde og aftaler",
        e.ConsentTopic.HEALTH: "Helbred og behandling",
        e.ConsentTopic.ECONOMY: "Økonomi og gæld",
    },
}


ENGLISH: dict[type[StrEnum], dict[str, str]] = {
    e.AccessAction: {
        e.AccessAction.OPENED_CITIZEN: "Opened the citizen",
        e.AccessAction.OPENED_NOTE: "Opened a diary note",
        e.AccessAction.SEARCHED: "Searched",
        e.AccessAction.PRINTED: "Wrote a PDF",
        e.AccessAction.EXPORTED_CALENDAR: "Exported the calendar",
        e.AccessAction.COPIED_OUT: "Copied to the case management system",
        e.AccessAction.SYNCED: "Changed by a sync",
        e.AccessAction.EXPIRED: "Older rows removed",
    },
    e.Role: {
        e.Role.CASEWORKER: "Caseworker",
        e.Role.CONTACT_PERSON: "Contact person",
        e.Role.LEADER: "Leader",
    },
    e.CitizenStatus: {
        e.CitizenStatus.ACTIVE: "Active",
        e.CitizenStatus.WAITING: "Waiting",
        e.CitizenStatus.CLOSED: "Closed",
    },
    e.TimeOfDay: {
        e.TimeOfDay.ANY: "All day",
        e.TimeOfDay.MORNING: "Morning",
        e.TimeOfDay.MIDDAY: "Midday",
        e.TimeOfDay.AFTERNOON: "Afternoon",
    },
    e.GoalLevel: {
        e.GoalLevel.LONG_TERM: "Long-term goal",
        e.GoalLevel.EFFORT: "Effort goal",
        e.GoalLevel.SUB: "Sub-goal",
    },
    e.GoalSource: {
        e.GoalSource.CITIZEN: "The citizen's own words",
        e.GoalSource.ORDER: "The municipality's order",
        e.GoalSource.PROVIDER: "The provider",
    },
    e.Ambition: {
        e.Ambition.INDEPENDENT: "Independently",
        e.Ambition.ON_PROMPT: "When prompted",
        e.Ambition.PARTICIPANT: "As a participant",
    },
    e.GoalStatus: {
        e.GoalStatus.ACTIVE: "Active",
        e.GoalStatus.PAUSED: "Paused",
        e.GoalStatus.ACHIEVED: "Achieved",
        e.GoalStatus.DROPPED: "Dropped",
    },
    e.Phase: {
        e.Phase.NOW: "Now",
        e.Phase.LATER: "Later",
    },
    e.ActionOwner: {
        e.ActionOwner.CITIZEN: "The citizen",
        e.ActionOwner.CASEWORKER: "Caseworker",
        e.ActionOwner.CONTACT_PERSON: "Contact person",
        e.ActionOwner.PROVIDER: "Provider",
        e.ActionOwner.OTHER: "Others",
    },
    e.RatingScale: {
        e.RatingScale.SELF_1_10: "The citizen's own rating (1-10)",
        e.RatingScale.FFB_0_4: "Functional level (FFB 0-4)",
        e.RatingScale.GAS: "Goal attainment (GAS -2..+2)",
    },
    e.AppointmentKind: {
        e.AppointmentKind.CONVERSATION: "Conversation",
        e.AppointmentKind.HOME_VISIT: "Home visit",
        e.AppointmentKind.NETWORK_MEETING: "Network meeting",
        e.AppointmentKind.PHONE: "Phone",
        e.AppointmentKind.OFFICE_TIME: "Office hours",
        e.AppointmentKind.TEAM_MEETING: "Team meeting",
        e.AppointmentKind.SUPERVISION: "Supervision",
        e.AppointmentKind.STATUS_MEETING: "Status meeting",
        e.AppointmentKind.FIXED_ACTIVITY: "Fixed activity",
        e.AppointmentKind.OTHER: "Other",
    },
    e.Place: {
        e.Place.JOBCENTER: "Job centre",
        e.Place.HOME: "At home",
        e.Place.RESIDENCE: "Residence",
        e.Place.PROVIDER: "Provider",
        e.Place.PHONE: "Phone",
        e.Place.OTHER: "Other",
    },
    e.AppointmentStatus: {
        e.AppointmentStatus.PLANNED: "Planned",
        e.AppointmentStatus.HELD: "Held",
        e.AppointmentStatus.CANCELLED: "Cancelled",
        e.AppointmentStatus.NO_SHOW: "No-show",
    },
    e.NoteKind: {
        e.NoteKind.OBSERVATION: "Observation",
        e.NoteKind.CONVERSATION: "Conversation",
        e.NoteKind.PHONE: "Phone",
        e.NoteKind.SMS: "Text message",
        e.NoteKind.HOME_VISIT: "Home visit",
        e.NoteKind.NETWORK_MEETING: "Network meeting",
        e.NoteKind.SUMMARY: "Monthly summary",
        e.NoteKind.OTHER: "Other",
    },
    e.RecordState: {
        e.RecordState.DRAFT: "Draft",
        e.RecordState.SIGNED: "Signed",
    },
    e.StatusState: {
        e.StatusState.DRAFT: "Draft",
        e.StatusState.FINAL: "Final",
    },
    e.ConsentForm: {
        e.ConsentForm.ORAL: "Oral",
        e.ConsentForm.WRITTEN: "Written",
    },
    e.EffortKind: {
        e.EffortKind.MENTOR: "Mentor",
        e.EffortKind.COURSE: "Course",
        e.EffortKind.PLACEMENT: "Work placement",
        e.EffortKind.SUPPORT: "Social-pedagogical support",
        e.EffortKind.TREATMENT: "Treatment",
        e.EffortKind.OTHER: "Other",
    },
    e.EffortOutcome: {
        e.EffortOutcome.EXTENDED: "Extended",
        e.EffortOutcome.ENDED: "Ended",
        e.EffortOutcome.REPLACED: "Replaced",
    },
    e.ChaseHow: {
        e.ChaseHow.LETTER: "Letter",
        e.ChaseHow.PHONE: "Phone",
        e.ChaseHow.EMAIL: "E-mail",
    },
    e.DeadlineKind: {
        e.DeadlineKind.EFFORT_ENDS: "Effort ends",
        e.DeadlineKind.EFFORT_UNDECIDED: "Awaiting decision",
        e.DeadlineKind.EFFORT_REVIEW: "Review",
        e.DeadlineKind.REPORT_DUE: "Progress report from provider",
        e.DeadlineKind.DOCUMENT_DUE: "Document",
        e.DeadlineKind.CONVERSATION_DUE: "Conversation",
        e.DeadlineKind.MEETING_PREPARE: "Meeting",
        e.DeadlineKind.MINUTES_DUE: "Minutes",
        e.DeadlineKind.DECISION_DUE: "Agreed at a meeting",
    },
    e.MeetingKind: {
        e.MeetingKind.NETWORK: "Network meeting",
        e.MeetingKind.OPEN_DIALOGUE: "Open dialogue",
        e.MeetingKind.STATUS: "Status meeting",
    },
    e.ParticipantKind: {
        e.ParticipantKind.CITIZEN: "Citizen",
        e.ParticipantKind.NETWORK: "Network",
        e.ParticipantKind.COLLEAGUE: "Colleague",
    },
    e.ConsentTopic: {
        e.ConsentTopic.MINUTES: "Minutes of meetings",
        e.ConsentTopic.PLAN: "Goals and plan",
        e.ConsentTopic.ATTENDANCE: "Attendance and appointments",
        e.ConsentTopic.HEALTH: "Health and treatment",
        e.ConsentTopic.ECONOMY: "Finances and debt",
    },
}

TABLES: dict[str, dict[type[StrEnum], dict[str, str]]] = {"da": LABELS, "en": ENGLISH}


def label(value: StrEnum, language: str = "da") -> str:
    """The label of a vocabulary value: Danish unless another language is asked for.

    Labels are looked up per vocabulary: members of different enums may share a stored value
    (GoalSource.CITIZEN and ActionOwner.CITIZEN are both "citizen") and still read differently.
    An unknown language gives the Danish label.
    """
    return TABLES.get(language, LABELS)[type(value)][value.value]
