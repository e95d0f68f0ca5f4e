"""Sending this device's changes: seal the outbox into the device's own numbered, chained log
(one local transaction a batch), then send the server whatever of the log it does not have.

The log is the truth, not the server: entries the server lost (a restore, a failover, a row
deleted by hand) are sent again from it, byte for byte, and a kill at any point leaves either
the outbox or the log holding each change.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

import psycopg
import sqlite_utils

from caseapp.sync import crypto, ledger, local_store, server_sql
from caseapp.sync.server_sql import Head

Progress = Callable[[str, int], None]


def _plain(entry: local_store.OutboxEntry, author_json: str) -> bytes:
    """The entry's JSON, with the outbox's stored fields put in as they are (no decode and
    re-encode); kind, op and uuid are local names and hex, so need no escaping."""
    return (
        f'{{"kind":"{entry.kind}","op":"{entry.op}","uuid":"{entry.uuid}","hlc":{entry.hlc},'
        f'"by":{author_json},"fields":{entry.fields_json}}}'
    ).encode()


def seal_outbox(db: sqlite_utils.Database, team: uuid.UUID, author: str, batch_size: int) -> int:
    """Move the whole outbox into the log. Returns how many entries were sealed."""
    state = local_store.state(db)
    epochs = local_store.keys(db)
    if not epochs or state.device_keys is None:
        return 0  # no team key yet (a new member waits for the inviting device)
    epoch = max(epochs)
    device = uuid.UUID(state.device_id)
    sealer = crypto.EntrySealer(team, device, state.device_keys, epoch, epochs[epoch])
    author_json = json.dumps(author, ensure_ascii=False)
    total = 0
    while batch := local_store.outbox_batch(db, batch_size):
        state = local_store.state(db)
        number, prev, sealed = state.device_seq, state.chain_head, []
        for item in batch:
            number += 1
            entry = sealer.seal(number, prev, _plain(item, author_json))
            prev = entry.digest(team)
            sealed.append(entry)
        with db.atomic():
            ledger.record_sent(db, sealed)
            local_store.take_from_outbox(db, batch, state.device_id)
        total += len(batch)
    return total


def push_log(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, head: Head | None,
    batch_size: int, progress: Progress | None, after_batch: Callable[[int], None],
) -> tuple[int, int]:
    """Send the log entries the server lacks: those past its head for this device, and any hole
    below it. Returns (sent, resent)."""
    state = local_store.state(db)
    device = uuid.UUID(state.device_id)
    server_last = head.last_device_seq if head else 0
    resent = 0
    if head and head.entries < head.last_device_seq:
        holes = server_sql.missing(conn, team, device, head.last_device_seq)
        for start in range(0, len(holes), batch_size):
            resent += server_sql.push(
                conn, team, device, ledger.sent_numbered(db, device, holes[start:start + batch_size])
            )
    local_store.set_confirmed(db, server_last)  # the holes below it were just sent again
    sent, batches, after = 0, 0, server_last
    while entries := ledger.sent_after(db, device, after, batch_size):
        server_sql.push(conn, team, device, entries)
        local_store.set_confirmed(db, entries[-1].device_seq)
        batches += 1
        after_batch(batches)
        after = entries[-1].device_seq
        sent += len(entries)
        if progress:
            progress("push", sent)
    return sent, resent
