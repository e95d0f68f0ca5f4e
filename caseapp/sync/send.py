"""Sending this device's changes: seal the outbox into the device's own numbered, chained log
(one local transaction a batch), then send the server whatever of the log it does not have.

The log is the truth, not the server: entries the server lost (a restore, a failover, a row
deleted by hand) are sent again from it, byte for byte, and a kill at any point leaves either
the outbox or the log holding each change. Each entry stays in the log for the kept period after
the server confirmed it (engine.prune_own_log); one the server loses after that is counted and
told, not sent.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import psycopg
import sqlite_utils

from caseapp.sync import access_expiry, crypto, ledger, local_store, server_sql
from caseapp.sync.errors import ForkedDevice
from caseapp.sync.server_link import server_call
from caseapp.sync.server_sql import Head

Progress = Callable[[str, int], None]
_LARGEST_LOCAL = 4


def _plain(entry: local_store.OutboxEntry, author_json: str) -> bytes:
    """The entry's JSON, with the outbox's stored fields put in as they are (no decode and
    re-encode); kind, op and uuid are local names and hex, so need no escaping."""
    return (
        f'{{"kind":"{entry.kind}","op":"{entry.op}","uuid":"{entry.uuid}","hlc":{entry.hlc},'
        f'"by":{author_json},"fields":{entry.fields_json}}}'
    ).encode()


class OutboxSealer:
    """Moves the outbox into the log one batch at a time (one local transaction a batch)."""

    def __init__(self, db: sqlite_utils.Database, sealer: crypto.EntrySealer, author_json: str,
                 batch_size: int):
        self.db, self.sealer, self.author_json, self.batch_size = db, sealer, author_json, batch_size

    @classmethod
    def for_db(
        cls, db: sqlite_utils.Database, team: uuid.UUID, author: str, batch_size: int
    ) -> OutboxSealer | None:
        """None while this device has no team key (a new member waits for the inviting device)."""
        state = local_store.state(db)
        epochs = local_store.keys(db)
        if not epochs or state.device_keys is None:
            return None
        epoch = max(epochs)
        device = uuid.UUID(state.device_id)
        sealer = crypto.EntrySealer(team, device, state.device_keys, epoch, epochs[epoch])
        return cls(db, sealer, json.dumps(author, ensure_ascii=False), batch_size)

    def next_batch(self, size: int | None = None) -> list[crypto.SealedEntry]:
        """Seal the oldest outbox batch (of `size`, or the batch size) into the log and return
        it as stored ([] when empty)."""
        batch = local_store.outbox_batch(self.db, size or self.batch_size)
        if not batch:
            return []
        state = local_store.state(self.db)
        sealed = self.sealer.seal_many(
            state.device_seq + 1, state.chain_head, [_plain(item, self.author_json) for item in batch]
        )
        with self.db.atomic():
            ledger.record_sent(self.db, sealed)
            access_expiry.note_sealed(self.db, batch, sealed)
            local_store.take_from_outbox(self.db, batch, state.device_id)
        return sealed


def seal_outbox(db: sqlite_utils.Database, team: uuid.UUID, author: str, batch_size: int) -> int:
    """Move the whole outbox into the log. Returns how many entries were sealed."""
    sealer = OutboxSealer.for_db(db, team, author, batch_size)
    total = 0
    while sealer is not None and (sealed := sealer.next_batch()):
        total += len(sealed)
    return total


@dataclass(frozen=True)
class PushResult:
    sent: int  # entries new on the server
    holes: int  # entries the server had lost below its head, sent again
    squatted: int  # entries someone else put under this device's numbers, routed around
    gone: int = 0  # entries the server lost that the log no longer keeps (past the kept period)


def push_log(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, head: Head | None,
    batch_size: int, progress: Progress | None, after_batch: Callable[[int], None], now: str,
    outbox: OutboxSealer | None = None,
) -> PushResult:
    """Send the log entries the server lacks: those past what it confirmed to this device, and
    any hole below its head; then, with `outbox`, seal the outbox into the log batch by batch
    and send each. `now` starts the kept period of what the server confirms."""
    state = local_store.state(db)
    device = uuid.UUID(state.device_id)
    server_last = head.last_device_seq if head else 0
    holes = _fill_holes(db, conn, team, device, head, batch_size, now) if head else 0
    gone = 0
    if server_last < state.confirmed_seq:  # the server lost entries it had confirmed
        ledger.unconfirm_after(db, server_last)
        gone = max(state.device_seq - server_last - ledger.kept_after(db, server_last), 0)
    # Start from what the server confirmed to this device, not from the head it shows: a row
    # someone put under this device's next number then meets the real entry, and the server
    # refuses the push as a fork, instead of the real entry looking sent.
    local_store.set_confirmed(db, min(state.confirmed_seq, server_last))
    send = _Sender(db, conn, team, device, batch_size, progress, after_batch, now, outbox)
    try:
        return PushResult(send.all(), holes, 0, gone)
    except ForkedDevice:
        squatted = _route_around_squatters(db, conn, team, device)
        if not squatted:
            raise  # signed by this device's own key: a copy of the database writes elsewhere
        return PushResult(send.all(), holes, squatted, gone)


def _fill_holes(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID,
    head: Head, batch_size: int, now: str,
) -> int:
    """Send again the entries missing below the server's head that the log still keeps (those
    past the kept period were told as lost when the server lost them)."""
    if head.entries >= head.last_device_seq:
        return 0
    kept = ledger.sent_numbered(db, device, server_sql.missing(conn, team, device, head.last_device_seq))
    return _push_in_parts(conn, team, device, kept, batch_size,
                         lambda part: ledger.reconfirm(db, [e.device_seq for e in part], now))


def _push_in_parts(
    conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, entries: list[crypto.SealedEntry],
    size: int, after_each: Callable[[list[crypto.SealedEntry]], None] | None = None,
) -> int:
    """Send `entries` in parts of `size`, one server transaction each (`after_each` after
    each). Returns how many were new on the server."""
    sent = 0
    for start in range(0, len(entries), size):
        part = entries[start:start + size]
        sent += server_call(conn, lambda p=part: server_sql.push(conn, team, device, p))
        if after_each:
            after_each(part)
    return sent


class _Sender:
    """Sends batch by batch, one batch on its way to the server (on a worker thread, the only
    user of the connection meanwhile) while the next is read from the log or sealed here: the
    server's work and the signing overlap. A batch is sent only once it is committed to the
    log, and the next one only once the previous one's confirmation is written.

    Local batches grow from the batch size to `_LARGEST_LOCAL` times it, each sent to the
    server in parts of the batch size: every local commit rewrites most pages of the two
    indexes keyed by random ids (the outbox's and the clocks'), so a first push of 60,000
    entries paid that 32 times; the first batch stays small, so the server starts early."""

    def __init__(
        self, db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
        device: uuid.UUID, batch_size: int, progress: Progress | None,
        after_batch: Callable[[int], None], now: str, outbox: OutboxSealer | None = None,
    ):
        self.db, self.conn, self.team, self.device = db, conn, team, device
        self.batch_size, self.progress, self.after_batch = batch_size, progress, after_batch
        self.now, self.outbox = now, outbox
        self.sent = self.batches = 0
        self.local_size = batch_size

    def all(self) -> int:
        """Everything in the log past the confirmed number, then the outbox, batch by batch."""
        after = local_store.state(self.db).confirmed_seq
        on_its_way: tuple[Future[int], int] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-push") as worker:
            while True:
                entries = self._next(after)
                if on_its_way is not None:
                    self._confirmed(*on_its_way)
                    on_its_way = None
                if not entries:
                    return self.sent
                going = worker.submit(
                    _push_in_parts, self.conn, self.team, self.device, entries, self.batch_size
                )
                after = entries[-1].device_seq
                on_its_way = (going, after)

    def _next(self, after: int) -> list[crypto.SealedEntry]:
        entries = ledger.sent_after(self.db, self.device, after, self.local_size)
        if not entries and self.outbox is not None:
            entries = self.outbox.next_batch(self.local_size)  # numbered after the log's last
        self.local_size = min(self.local_size * 2, self.batch_size * _LARGEST_LOCAL)
        return entries

    def _confirmed(self, going: Future[int], upto: int) -> None:
        self.sent += going.result()
        with self.db.atomic():  # one local commit a batch, not one per statement
            local_store.set_confirmed(self.db, upto)
            ledger.mark_confirmed(self.db, upto, self.now)
        self.batches += 1
        self.after_batch(self.batches)
        if self.progress:
            self.progress("push", self.sent)


def _route_around_squatters(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID
) -> int:
    """Entries under this device's numbers that it did not sign (put there by someone with
    access to the server): seal this device's unconfirmed entries again under numbers after
    them, so nothing of its own is lost. Returns how many were not its own (0: they carry its
    own signature, so a copy of this database is writing elsewhere)."""
    state = local_store.state(db)
    assert state.device_keys is not None
    theirs = [s.entry for s in server_sql.device_entries(conn, team, device, state.confirmed_seq, 10_000)]
    squatters = [e for e in theirs if not crypto.signature_ok(team, e, state.device_keys.sign_public)]
    if not squatters:
        return 0
    epochs = local_store.keys(db)
    ours = ledger.sent_after(db, device, state.confirmed_seq, 1_000_000)
    number = max(e.device_seq for e in theirs)
    prev = ledger.sent_digest(db, device, state.confirmed_seq, team)
    sealers: dict[int, crypto.EntrySealer] = {}
    resealed = []
    for entry in ours:
        key = epochs[entry.key_epoch]
        sealer = sealers.setdefault(
            entry.key_epoch,
            crypto.EntrySealer(team, device, state.device_keys, entry.key_epoch, key),
        )
        number += 1
        again = sealer.seal(number, prev, crypto.open_entry(team, entry, key))
        prev = again.digest(team)
        resealed.append(again)
    with db.atomic():
        ledger.drop_sent_after(db, state.confirmed_seq)
        if resealed:
            ledger.record_sent(db, resealed)
        access_expiry.renumbered(db, [(o.device_seq, n.device_seq) for o, n in zip(ours, resealed, strict=True)])
    return len(squatters)
