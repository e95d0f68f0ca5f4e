"""Fixtures the planning unit tests share: a fresh service and a bare database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey


@pytest.fixture
def fresh(tmp_path: Path, key: DatabaseKey) -> Iterator[CaseService]:
    svc = CaseService.create(tmp_path / "fresh.db", key)
    yield svc
    svc.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    service = CaseService.create(tmp_path / "ics.db", DatabaseKey.random())
    yield service._db
    service.close()
