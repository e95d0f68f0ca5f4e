"""Efforts and grants of a citizen: adding one, extending it, and deciding how it ended.

The provider is one of the citizen's network contacts; named by text, it is found by name
(case-insensitively) or added to the network.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from caseapp.domain.enums import EffortKind, EffortOutcome
from caseapp.domain.followup import Effort, check_effort, check_extension
from caseapp.domain.models import NetworkContact
from caseapp.domain.validation import MAX_GOAL_TEXT, MAX_LINE, optional_text, require_text
from caseapp.errors import InvalidInput
from caseapp.followup.case_checks import require_contact_of, require_goal_of, require_open_case
from caseapp.storage import changes, citizens
from caseapp.storage import efforts as store


class Efforts:
    """The feature service for efforts (`CaseService.efforts`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def of_citizen(self, citizen_id: int) -> list[Effort]:
        return store.of_citizen(self.db, citizen_id)

    def get(self, effort_id: int) -> Effort:
        return store.get(self.db, effort_id)

    def add(self, effort: Effort, provider: str = "") -> int:
        """Store a new effort; `provider` names a network contact, added if new."""
        clean = self._cleaned(effort)
        with changes.change(self.db, "create", "effort") as touched:
            require_open_case(self.db, clean.citizen_id)
            for goal_id in clean.goal_ids:
                require_goal_of(self.db, goal_id, clean.citizen_id)
            provider_id = self._provider(clean.citizen_id, provider) if provider.strip() else clean.provider_id
            if provider_id is not None:
                require_contact_of(self.db, provider_id, clean.citizen_id)
            touched.append(store.insert(self.db, dataclasses.replace(clean, provider_id=provider_id)))
        return touched[0]

    def set_goals(self, effort_id: int, goal_ids: tuple[int, ...]) -> Effort:
        """The effort now serves exactly these sub-goals (any number, none included)."""
        with changes.change(self.db, "link", "effort") as touched:
            effort = store.get(self.db, effort_id)
            require_open_case(self.db, effort.citizen_id)
            for goal_id in goal_ids:
                require_goal_of(self.db, goal_id, effort.citizen_id)
            store.set_goals(self.db, effort_id, tuple(goal_ids))
            touched.append(effort_id)
        return self.get(effort_id)

    def extend(self, effort_id: int, until: dt.date, note: str = "",
               review_on: dt.date | None = None) -> Effort:
        """The grant goes on to `until`; the old end is kept as the previous one."""
        with changes.change(self.db, "extend", "effort") as touched:
            effort = self._running(effort_id)
            check_extension(effort, until)
            extended = dataclasses.replace(
                effort, outcome=EffortOutcome.EXTENDED, previous_end_on=effort.end_on, end_on=until,
                review_on=review_on, outcome_note=optional_text(note, "Noten", MAX_GOAL_TEXT))
            check_effort(extended)
            store.update(self.db, extended)
            touched.append(effort_id)
        return self.get(effort_id)

    def end(self, effort_id: int, outcome: EffortOutcome, on: dt.date, note: str = "") -> Effort:
        """The effort ended, or was replaced by another (`note` says by what)."""
        if outcome == EffortOutcome.EXTENDED:
            raise InvalidInput("En forlængelse skal have en ny slutdato (--until).")
        with changes.change(self.db, "end", "effort") as touched:
            effort = self._running(effort_id)
            if on < effort.start_on:
                raise InvalidInput("Indsatsen kan ikke slutte før den begyndte.")
            store.update(self.db, dataclasses.replace(
                effort, outcome=outcome, ended_on=on,
                outcome_note=optional_text(note, "Noten", MAX_GOAL_TEXT)))
            touched.append(effort_id)
        return self.get(effort_id)

    def _running(self, effort_id: int) -> Effort:
        effort = store.get(self.db, effort_id)
        require_open_case(self.db, effort.citizen_id)
        if not effort.running:
            raise InvalidInput("Indsatsen er allerede afsluttet.")
        return effort

    def _cleaned(self, effort: Effort) -> Effort:
        clean = dataclasses.replace(
            effort,
            title=require_text(effort.title, "Titlen", MAX_LINE),
            kind=EffortKind(effort.kind),
            goal_ids=tuple(dict.fromkeys(effort.goal_ids)),
        )
        check_effort(clean)
        return clean

    def _provider(self, citizen_id: int, name: str) -> int:
        wanted = require_text(name, "Leverandøren", MAX_LINE)
        for contact in citizens.contacts(self.db, citizen_id):
            if contact.name.casefold() == wanted.casefold():
                assert contact.id is not None
                return contact.id
        return citizens.insert_contact(
            self.db, NetworkContact(citizen_id=citizen_id, name=wanted, role="Leverandør"))

