"""Turning a consent written as free text into a structured scope the user reviews: which of
the citizen's network contacts it names, and which topics its words cover.

The proposal is only a starting point. Until the user has reviewed it, the consent lets nothing
be shared (domain/meetings.py `consent_allows`).
"""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.domain.enums import ConsentTopic
from caseapp.domain.models import NetworkContact

# Word stems in a consent's free text, and the topic each points to.
_TOPIC_WORDS: dict[ConsentTopic, tuple[str, ...]] = {
    ConsentTopic.MINUTES: ("referat",),
    ConsentTopic.PLAN: ("mål", "plan", "handleplan", "indsats"),
    ConsentTopic.ATTENDANCE: ("fremmøde", "aftale", "mødetid", "trivsel"),
    ConsentTopic.HEALTH: ("helbred", "medicin", "behandling", "læge", "psykiat"),
    ConsentTopic.ECONOMY: ("økonomi", "gæld", "husleje", "ydelse"),
}


def propose_topics(scope_text: str) -> tuple[ConsentTopic, ...]:
    words = scope_text.casefold()
    return tuple(topic for topic, stems in _TOPIC_WORDS.items() if any(s in words for s in stems))


def propose_contact(party: str, contacts: Iterable[NetworkContact]) -> int | None:
    """The contact the party names: by name, role or organisation, ignoring case; none if the
    text names no contact or more than one."""
    wanted = party.strip().casefold()
    if not wanted:
        return None
    found = {
        c.id for c in contacts
        if wanted in {c.name.casefold(), c.role.casefold(), c.organisation.casefold()}
    }
    return found.pop() if len(found) == 1 else None
