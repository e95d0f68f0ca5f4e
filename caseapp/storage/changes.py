"""One change to the database: a transaction that leaves an audit entry per id it touched.

Every write above storage (the façade, the plan edits, the diary) goes through `change`, so an
edit is all or nothing and the audit trail holds ids and actions only, never personal data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

from caseapp.errors import CaseappError, CaseClosed, InvalidInput, RecordLocked
from caseapp.storage import audit, closed_lock, connection


@contextlib.contextmanager
def change(db: sqlite_utils.Database, action: str, entity: str) -> Iterator[list[int]]:
    """One transaction; the body appends the ids it touched, which go to the audit trail."""
    touched: list[int] = []
    try:
        with db.atomic():
            yield touched
            for entity_id in touched:
                audit.record(db, action, entity, entity_id)
    except connection.IntegrityError as exc:
        raise refusal(exc) from None


def refusal(exc: BaseException, otherwise: str = "Ændringen strider mod databasens regler og blev "
            "ikke gemt.") -> CaseappError:
    """The sentence for a write the database refused: a closed case, a locked record, or
    `otherwise` for any other rule."""
    if closed_lock.refused(exc):
        return CaseClosed(closed_lock.SENTENCE)
    if "read-only" in str(exc):
        return RecordLocked("Posten er låst og kan ikke ændres.")
    return InvalidInput(otherwise)
