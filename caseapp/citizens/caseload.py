"""The caseload read by itself, for `caseapp citizens`: the file opened over the plain
SQLCipher connection when its schema is current (store.open_for_reading), the rows read, the
file closed. Listing the caseload so loads neither sqlite-utils nor the rest of the core; the
desktop reads the same rows through `CaseService.citizens.caseload()`."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.caseload import CitizenSummary
from caseapp.storage import caseload, store
from caseapp.storage.keys import DatabaseKey


def read_caseload(path: Path, key: DatabaseKey) -> list[CitizenSummary]:
    conn = store.open_for_reading(path, key)
    try:
        return caseload.summaries(conn)
    finally:
        conn.close()
