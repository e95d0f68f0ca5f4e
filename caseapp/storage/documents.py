"""Documents requested from others and chased (rykkere): the SQL."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlite_utils

from caseapp.domain.followup import DocumentChase, DocumentRequest
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, iso, to_row, update_row

_OPEN_CASES = "citizen_id IN (SELECT id FROM citizens WHERE status <> 'closed')"


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def insert(db: sqlite_utils.Database, request: DocumentRequest) -> int:
    row = to_row(request, skip=("chases",)) | {"created_at": _now(), "updated_at": _now()}
    return insert_row(db, "document_requests", row)


def set_closed(db: sqlite_utils.Database, request_id: int, *, received_on: dt.date | None = None,
               given_up_on: dt.date | None = None) -> None:
    update_row(db, "document_requests", request_id,
               {"received_on": iso(received_on), "given_up_on": iso(given_up_on), "updated_at": _now()})


def add_chase(db: sqlite_utils.Database, request_id: int, chase: DocumentChase) -> int:
    row = to_row(chase) | {"document_id": request_id}
    chase_id = insert_row(db, "document_chases", row)
    update_row(db, "document_requests", request_id, {"updated_at": _now()})
    return chase_id


def get(db: sqlite_utils.Database, request_id: int) -> DocumentRequest:
    rows = list(db.query("SELECT * FROM document_requests WHERE id = ?", [request_id]))
    if not rows:
        raise NotFound(f"Der findes intet bestilt dokument med nummer {request_id}.")
    return _with_chases(db, rows)[0]


def of_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[DocumentRequest]:
    """The citizen's requests, open ones first, each group by due date."""
    rows = list(db.query(
        "SELECT * FROM document_requests WHERE citizen_id = ? "
        "ORDER BY received_on IS NOT NULL OR given_up_on IS NOT NULL, due_on, id", [citizen_id]))
    return _with_chases(db, rows)


def open_requests(db: sqlite_utils.Database, due_by: dt.date,
                  citizen_id: int | None = None) -> list[DocumentRequest]:
    """Open requests of open cases (all, or one citizen's) due on or before `due_by`."""
    rows = list(db.query(
        f"SELECT * FROM document_requests WHERE received_on IS NULL AND given_up_on IS NULL "
        f"AND {_OPEN_CASES} AND citizen_id = coalesce(?, citizen_id) AND due_on <= ? "
        "ORDER BY due_on, id", [citizen_id, iso(due_by)]))
    return _with_chases(db, rows)


def _with_chases(db: sqlite_utils.Database, rows: list[dict]) -> list[DocumentRequest]:
    if not rows:
        return []
    chases: dict[int, list[DocumentChase]] = defaultdict(list)
    ids = "[" + ",".join(str(int(r["id"])) for r in rows) + "]"
    for c in db.query(
        "SELECT id, document_id, chased_on, how FROM document_chases "
        "WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY chased_on, id", [ids]
    ):
        chases[c["document_id"]].append(from_row(DocumentChase, c))
    return [from_row(DocumentRequest, r, chases=tuple(chases[r["id"]])) for r in rows]
