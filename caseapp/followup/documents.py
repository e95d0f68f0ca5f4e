"""Documents requested from others (attester, udtalelser, journaler) and chased until they
arrive or are given up (seed 002 l.4570-4574)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from caseapp.domain.enums import ChaseHow
from caseapp.domain.followup import DocumentChase, DocumentRequest, check_request
from caseapp.domain.validation import MAX_LINE, require_text
from caseapp.errors import InvalidInput
from caseapp.followup.case_checks import require_open_case
from caseapp.storage import changes
from caseapp.storage import documents as store


class Documents:
    """The feature service for documents to chase (`CaseService.documents`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def of_citizen(self, citizen_id: int) -> list[DocumentRequest]:
        return store.of_citizen(self.db, citizen_id)

    def get(self, request_id: int) -> DocumentRequest:
        return store.get(self.db, request_id)

    def request(self, request: DocumentRequest) -> int:
        clean = dataclasses.replace(
            request,
            title=require_text(request.title, "Dokumentet", MAX_LINE),
            requested_from=require_text(request.requested_from, "Hvem det er bestilt hos", MAX_LINE),
            received_on=None, given_up_on=None, chases=(),
        )
        check_request(clean)
        with changes.change(self.db, "create", "document_request") as touched:
            require_open_case(self.db, clean.citizen_id)
            touched.append(store.insert(self.db, clean))
        return touched[0]

    def chase(self, request_id: int, how: ChaseHow, on: dt.date) -> DocumentRequest:
        """Log a reminder sent (letter, phone or e-mail) on `on`."""
        with changes.change(self.db, "chase", "document_request") as touched:
            request = self._open(request_id)
            if on < request.requested_on:
                raise InvalidInput("Der kan ikke rykkes før dokumentet blev bestilt.")
            store.add_chase(self.db, request_id, DocumentChase(chased_on=on, how=ChaseHow(how)))
            touched.append(request_id)
        return self.get(request_id)

    def received(self, request_id: int, on: dt.date) -> DocumentRequest:
        with changes.change(self.db, "receive", "document_request") as touched:
            request = self._open(request_id)
            if on < request.requested_on:
                raise InvalidInput("Dokumentet kan ikke være modtaget før det blev bestilt.")
            store.set_closed(self.db, request_id, received_on=on)
            touched.append(request_id)
        return self.get(request_id)

    def give_up(self, request_id: int, on: dt.date) -> DocumentRequest:
        with changes.change(self.db, "give_up", "document_request") as touched:
            self._open(request_id)
            store.set_closed(self.db, request_id, given_up_on=on)
            touched.append(request_id)
        return self.get(request_id)

    def _open(self, request_id: int) -> DocumentRequest:
        request = store.get(self.db, request_id)
        require_open_case(self.db, request.citizen_id)
        if not request.open:
            raise InvalidInput("Dokumentet er allerede modtaget eller opgivet.")
        return request
