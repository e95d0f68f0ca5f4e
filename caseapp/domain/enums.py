"""The closed vocabularies of the domain. Values are stored in the database; labels are Danish."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASEWORKER = "caseworker"
    CONTACT_PERSON = "contact_person"
    LEADER = "leader"


class CitizenStatus(StrEnum):
    ACTIVE = "active"
    WAITING = "waiting"
    CLOSED = "closed"


class TimeOfDay(StrEnum):
    ANY = "any"
    MORNING = "morning"
    MIDDAY = "midday"
    AFTERNOON = "afternoon"


class GoalLevel(StrEnum):
    LONG_TERM = "long_term"
    EFFORT = "effort"
    SUB = "sub"


class GoalSource(StrEnum):
    CITIZEN = "citizen"
    ORDER = "order"
    PROVIDER = "provider"


class Ambition(StrEnum):
    INDEPENDENT = "independent"
    ON_PROMPT = "on_prompt"
    PARTICIPANT = "participant"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Phase(StrEnum):
    NOW = "now"
    LATER = "later"


class ActionOwner(StrEnum):
    CITIZEN = "citizen"
    CASEWORKER = "caseworker"
    CONTACT_PERSON = "contact_person"
    PROVIDER = "provider"
    OTHER = "other"


class RatingScale(StrEnum):
    SELF_1_10 = "self_1_10"
    FFB_0_4 = "ffb_0_4"
    GAS = "gas"


class AppointmentKind(StrEnum):
    CONVERSATION = "samtale"
    HOME_VISIT = "hjemmebesoeg"
    NETWORK_MEETING = "netvaerksmoede"
    PHONE = "telefon"
    OFFICE_TIME = "kontortid"
    TEAM_MEETING = "teammoede"
    SUPERVISION = "supervision"
    STATUS_MEETING = "statusmoede"
    FIXED_ACTIVITY = "fast_aktivitet"
    OTHER = "andet"


class Place(StrEnum):
    JOBCENTER = "jobcenter"
    HOME = "hjemme"
    RESIDENCE = "bosted"
    PROVIDER = "leverandoer"
    PHONE = "telefon"
    OTHER = "andet"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class NoteKind(StrEnum):
    OBSERVATION = "observation"
    CONVERSATION = "samtale"
    PHONE = "telefon"
    SMS = "sms"
    HOME_VISIT = "hjemmebesoeg"
    NETWORK_MEETING = "netvaerksmoede"
    SUMMARY = "opsamling"
    OTHER = "andet"


class RecordState(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class StatusState(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"



class EffortKind(StrEnum):
    """What kind of effort or grant a citizen has (indsats / bevilling / forløb)."""

    MENTOR = "mentor"
    COURSE = "course"
    PLACEMENT = "placement"
    SUPPORT = "support"  # socialpædagogisk støtte, e.g. serviceloven §85
    TREATMENT = "treatment"
    OTHER = "other"


class EffortOutcome(StrEnum):
    """The decision when an effort ends; an effort with none is running."""

    EXTENDED = "extended"  # still running, to a later end date
    ENDED = "ended"
    REPLACED = "replaced"


class ChaseHow(StrEnum):
    LETTER = "letter"
    PHONE = "phone"
    EMAIL = "email"


class DeadlineKind(StrEnum):
    """The kinds of dates in the Frister list (caseapp/followup/deadlines.py)."""

    EFFORT_ENDS = "effort_ends"
    EFFORT_UNDECIDED = "effort_undecided"  # the end date passed without extended / ended / replaced
    EFFORT_REVIEW = "effort_review"
    REPORT_DUE = "report_due"
    DOCUMENT_DUE = "document_due"
    CONVERSATION_DUE = "conversation_due"
    MEETING_PREPARE = "meeting_prepare"  # a meeting ahead: agenda and participants
    MINUTES_DUE = "minutes_due"  # a meeting held whose minutes are not finished
    DECISION_DUE = "decision_due"  # something agreed at a meeting, with its owner


class MeetingKind(StrEnum):
    """Meetings with several people around the citizen (seed 003 l.1010-1028)."""

    NETWORK = "network"  # netværksmøde
    OPEN_DIALOGUE = "open_dialogue"  # åben dialog
    STATUS = "status"  # statusmøde


class ParticipantKind(StrEnum):
    CITIZEN = "citizen"  # always at the table
    NETWORK = "network"  # one of the citizen's network contacts
    COLLEAGUE = "colleague"  # the user or a colleague from the team


class ConsentTopic(StrEnum):
    """What a consent lets the user share with its recipient."""

    MINUTES = "minutes"  # referater fra møder
    PLAN = "plan"  # mål og plan
    ATTENDANCE = "attendance"  # fremmøde og aftaler
    HEALTH = "health"  # helbred, medicin og behandling
    ECONOMY = "economy"  # økonomi og gæld


class AccessAction(StrEnum):
    """What the access log records (storage/access_log.py)."""

    OPENED_CITIZEN = "opened_citizen"
    OPENED_NOTE = "opened_note"
    SEARCHED = "searched"
    PRINTED = "printed"  # a PDF written: status description, plan, overview, insight
    EXPORTED_CALENDAR = "exported_calendar"
    COPIED_OUT = "copied_out"  # a note copied to the clipboard for the case management system
    SYNCED = "synced"  # a sync changed this citizen
    EXPIRED = "expired"  # a checkpoint: older rows removed


RATING_RANGES: dict[RatingScale, tuple[int, int]] = {
    RatingScale.SELF_1_10: (1, 10),
    RatingScale.FFB_0_4: (0, 4),
    RatingScale.GAS: (-2, 2),
}
