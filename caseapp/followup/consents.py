"""Consents with a structured scope: which network contact may receive which topics. A consent
written as free text before scopes existed is shown with a proposal (domain/consent_scope.py)
and shares nothing until the user has reviewed it here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

import sqlite_utils

from caseapp.domain.consent_scope import propose_contact, propose_topics
from caseapp.domain.enums import ConsentTopic
from caseapp.domain.models import Consent
from caseapp.errors import NotFound
from caseapp.followup.case_checks import require_contact_of, require_open_case
from caseapp.storage import changes, citizens


class ConsentScopes:
    """The feature service for reviewing consents (`CaseService.consent_scopes`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def with_proposals(self, citizen_id: int) -> list[Consent]:
        """The citizen's consents; an unreviewed one carries the proposal for its scope."""
        contacts = citizens.contacts(self.db, citizen_id)
        return [
            c if c.reviewed_on is not None else dataclasses.replace(
                c, contact_id=c.contact_id or propose_contact(c.party, contacts),
                topics=c.topics or propose_topics(c.scope))
            for c in citizens.consents(self.db, citizen_id)
        ]

    def review(self, consent_id: int, contact_id: int | None, topics: Iterable[ConsentTopic],
               on: dt.date) -> Consent:
        """The user's answer: the contact the consent is for (none: a party outside the
        network) and the topics it covers."""
        consent = self._consent(consent_id)
        if contact_id is not None:
            require_contact_of(self.db, contact_id, consent.citizen_id)
        chosen = tuple(t for t in ConsentTopic if t in set(topics))
        with changes.change(self.db, "review", "consent") as touched:
            require_open_case(self.db, consent.citizen_id)
            citizens.set_consent_scope(self.db, consent_id, contact_id, chosen, on)
            touched.append(consent_id)
        return self._consent(consent_id)

    def _consent(self, consent_id: int) -> Consent:
        consent = citizens.consent(self.db, consent_id)
        if consent is None:
            raise NotFound(f"Der findes intet samtykke med nummer {consent_id}.")
        return consent
