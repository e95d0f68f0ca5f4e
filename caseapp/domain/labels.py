"""Danish labels for the stored vocabularies, for lists, PDFs and the command line."""

from __future__ import annotations

from enum import StrEnum

from caseapp.domain import enums as e

LABELS: dict[type[StrEnum], dict[str, str]] = {
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
}


def label(value: StrEnum) -> str:
    """The Danish label of a vocabulary value.

    Labels are looked up per vocabulary: members of different enums may share a stored value
    (GoalSource.CITIZEN and ActionOwner.CITIZEN are both "citizen") and still read differently.
    """
    return LABELS[type(value)][value.value]
