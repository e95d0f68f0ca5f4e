"""The feature service for citizens (`CaseService.citizens`): the caseload, one citizen's case
details, network contacts and consents, each checked before it is stored."""

from __future__ import annotations

import dataclasses

import sqlite_utils

from caseapp.domain.cpr import normalise_cpr
from caseapp.domain.models import Citizen, CitizenSummary, Consent, NetworkContact
from caseapp.domain.validation import MAX_LINE, optional_text, require_range, require_text
from caseapp.errors import InvalidInput
from caseapp.storage import caseload, changes, responsible
from caseapp.storage import citizens as store
from caseapp.sync import guarded_save


class Citizens:
    """The citizens of one database (`CaseService.citizens`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def caseload(self) -> list[CitizenSummary]:
        return caseload.summaries(self._db)

    def citizen_summary(self, citizen_id: int) -> CitizenSummary:
        store.get(self._db, citizen_id)
        return caseload.summaries(self._db, citizen_id)[0]

    def citizen(self, citizen_id: int) -> Citizen:
        return store.get(self._db, citizen_id)

    def citizen_count(self) -> int:
        return store.count(self._db)

    def add_citizen(self, citizen: Citizen) -> int:
        clean = validate_citizen(citizen)
        if not clean.responsible:  # in a team, whoever adds a citizen answers for it at first
            clean = dataclasses.replace(clean, responsible=responsible.name_for_new(self._db))
        with changes.change(self._db, "create", "citizen") as touched:
            touched.append(store.insert(self._db, clean))
        return touched[0]

    def update_citizen(self, citizen: Citizen, base: Citizen | None = None) -> list[str]:
        """Save a citizen. With `base` (what the form showed when the user began) only the
        fields the user changed are written; returns those whose stored value had changed
        meanwhile, kept beside the user's as conflicts (see sync/guarded_save.py)."""
        clean = validate_citizen(citizen)
        with changes.change(self._db, "update", "citizen") as touched:
            before = store.get(self._db, clean.id or 0).responsible
            if base is None:
                store.update(self._db, clean)
                kept: list[str] = []
            else:
                kept = guarded_save.save_changed(
                    self._db, "citizens", clean.id or 0, store.stored(base), store.stored(clean),
                    also=store.touched_now(),
                )
            if clean.responsible != before:
                responsible.follow_text(self._db, clean.id or 0)
            touched.append(clean.id or 0)
        return kept

    def contacts(self, citizen_id: int) -> list[NetworkContact]:
        return store.contacts(self._db, citizen_id)

    def add_contact(self, contact: NetworkContact) -> int:
        self.citizen(contact.citizen_id)
        clean = dataclasses.replace(
            contact,
            name=require_text(contact.name, "Navnet", MAX_LINE),
            role=optional_text(contact.role, "Rollen", MAX_LINE),
            organisation=optional_text(contact.organisation, "Organisationen", MAX_LINE),
            phone=optional_text(contact.phone, "Telefonnummeret", 40),
        )
        with changes.change(self._db, "create", "network_contact") as touched:
            touched.append(store.insert_contact(self._db, clean))
        return touched[0]

    def consents(self, citizen_id: int) -> list[Consent]:
        return store.consents(self._db, citizen_id)

    def add_consent(self, consent: Consent) -> int:
        self.citizen(consent.citizen_id)
        if consent.given_on and consent.withdrawn_on and consent.withdrawn_on < consent.given_on:
            raise InvalidInput("Samtykket kan ikke trækkes tilbage før det er givet.")
        clean = dataclasses.replace(
            consent,
            party=require_text(consent.party, "Parten", MAX_LINE),
            scope=require_text(consent.scope, "Omfanget", 2_000),
        )
        with changes.change(self._db, "create", "consent") as touched:
            touched.append(store.insert_consent(self._db, clean))
        return touched[0]


def validate_citizen(citizen: Citizen) -> Citizen:
    """The citizen as it will be stored, or InvalidInput naming the first problem."""
    require_range(citizen.contact_cadence_days, 1, 366, "Kontaktrytmen i dage")
    require_range(citizen.max_activities_per_day, 1, 10, "Aktiviteter pr. dag")
    if citizen.status_cadence_months is not None:
        require_range(citizen.status_cadence_months, 1, 24, "Statusrytmen i måneder")
    return dataclasses.replace(
        citizen,
        name=require_text(citizen.name, "Navnet", MAX_LINE),
        cpr=normalise_cpr(citizen.cpr) if citizen.cpr else None,
        case_type=optional_text(citizen.case_type, "Sagstypen", MAX_LINE),
        legal_basis=optional_text(citizen.legal_basis, "Lovgrundlaget", MAX_LINE),
        phone=optional_text(citizen.phone, "Telefonnummeret", 40),
        responsible=optional_text(citizen.responsible, "Den ansvarlige", MAX_LINE),
        own_words=optional_text(citizen.own_words, "Borgerens egne ord"),
        where_now=optional_text(citizen.where_now, "Hvor er vi nu"),
        next_step=optional_text(citizen.next_step, "Næste skridt"),
        barriers=optional_text(citizen.barriers, "Barrierer"),
    )
