"""This device's own log: when the kept period of each entry started (spans of numbers the
server confirmed, and dates kept on single entries it confirmed again), and which entries the
kept period lets go."""

from __future__ import annotations

import os

import pytest
import sqlite_utils

from caseapp.service import CaseService
from caseapp.sync import ledger

JAN, FEB, MAR, APR = "2026-01-01T09:00:00+00:00", "2026-02-01T09:00:00+00:00", \
    "2026-03-01T09:00:00+00:00", "2026-04-01T09:00:00+00:00"


@pytest.fixture
def log(service: CaseService) -> sqlite_utils.Database:
    """A log of ten sealed entries, none confirmed."""
    db = service._db
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO sync_sent (device_seq, key_epoch, prev, nonce, payload, signature) "
            "VALUES (?, 1, ?, ?, ?, ?)",
            [(n, bytes(32), os.urandom(12), os.urandom(64), os.urandom(64)) for n in range(1, 11)],
        )
    return db


def _since(db: sqlite_utils.Database) -> list[str | None]:
    return [ledger.confirmed_since(db, n) for n in range(1, 11)]


def _kept(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT device_seq FROM sync_sent ORDER BY device_seq")]


def test_each_confirmation_dates_only_the_entries_not_confirmed_before(log) -> None:
    ledger.mark_confirmed(log, 4, JAN)
    ledger.mark_confirmed(log, 8, FEB)
    ledger.mark_confirmed(log, 6, MAR)  # all confirmed already: nothing changes
    assert _since(log) == [JAN] * 4 + [FEB] * 4 + [None] * 2


def test_a_server_that_lost_entries_leaves_them_unconfirmed_until_it_confirms_them_again(log) -> None:
    ledger.mark_confirmed(log, 4, JAN)
    ledger.mark_confirmed(log, 8, FEB)
    ledger.unconfirm_after(log, 6)
    assert _since(log) == [JAN] * 4 + [FEB] * 2 + [None] * 4
    ledger.mark_confirmed(log, 10, MAR)
    assert _since(log) == [JAN] * 4 + [FEB] * 2 + [MAR] * 4
    ledger.reconfirm(log, [2], APR)  # sent again: its period starts over
    assert _since(log) == [JAN, APR, JAN, JAN] + [FEB] * 2 + [MAR] * 4


def test_the_kept_period_lets_go_of_old_entries_except_those_the_server_lacks(log) -> None:
    ledger.mark_confirmed(log, 4, JAN)
    ledger.mark_confirmed(log, 8, FEB)
    ledger.reconfirm(log, [2], MAR)
    assert not ledger.prunable(log, JAN, 10)
    assert ledger.prunable(log, "2026-01-15T00:00:00+00:00", 10)
    assert ledger.prune_sent(log, "2026-01-15T00:00:00+00:00", 10, [3]) == 2
    assert _kept(log) == [2, 3, 5, 6, 7, 8, 9, 10]
    assert ledger.prune_sent(log, "2026-02-15T00:00:00+00:00", 8, [3]) == 3
    assert _kept(log) == [2, 3, 8, 9, 10]  # the newest confirmed (8) stays, below 8 only
    assert ledger.confirmed_since(log, 8) == FEB and ledger.confirmed_since(log, 3) == JAN


def test_spans_below_every_kept_entry_go_and_the_rest_keep_their_dates(log) -> None:
    ledger.mark_confirmed(log, 4, JAN)
    ledger.mark_confirmed(log, 8, FEB)
    ledger.prune_sent(log, "2026-01-15T00:00:00+00:00", 10, [])
    assert log.execute("SELECT upto, at FROM sync_confirmed").fetchall() == [(8, FEB)]
    assert [ledger.confirmed_since(log, n) for n in _kept(log)] == [FEB] * 4 + [None] * 2
    ledger.drop_sent_after(log, 6)  # numbers after 6 are sealed anew: not confirmed
    log.conn.execute(
        "INSERT INTO sync_sent (device_seq, key_epoch, prev, nonce, payload, signature) "
        "VALUES (7, 1, x'00', x'00', x'00', x'00')")
    assert ledger.confirmed_since(log, 6) == FEB and ledger.confirmed_since(log, 7) is None
