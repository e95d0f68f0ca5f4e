"""Taking entries from the server: check each one (protocol, author's device and signature, its
place in that device's chain, key, content, timestamp), apply it, or hold it back with a reason.

A held entry is kept, never skipped: it is tried again at every sync (after the keys and devices
are fetched again, so a key-rotation race heals by itself), and later entries of the same device
wait behind it until it goes in or the user discards it. One bad entry never stops the rest.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from caseapp.domain.enums import AccessAction
from caseapp.storage import access_log
from caseapp.storage.connection import Error as SqliteError
from caseapp.storage.connection import IntegrityError
from caseapp.sync import apply, bulk_insert, crypto, ledger, local_store, opening, team_purge
from caseapp.sync.capture import TABLES, columns
from caseapp.sync.server_sql import ServerEntry

FUTURE_LIMIT_MS = 5 * 60 * 1000

# Why an entry is held, as the user reads it ("... fra Anne: <reason>").
REASONS = {
    "newer": "skrevet af en nyere caseapp; opdatér caseapp",
    "unknown_device": "fra en maskine, teamet ikke (endnu) har godkendt",
    "revoked": "skrevet efter at maskinen blev spærret",
    "signature": "underskriften passer ikke til afsenderen",
    "chain": "passer ikke i rækken af ændringer fra samme maskine",
    "key": "teamnøglen til den er ikke kommet endnu",
    "tampered": "indholdet kunne ikke godkendes (ændret eller forfalsket)",
    "shape": "indholdet har en ugyldig form",
    "future": "tidsstemplet ligger mere end 5 minutter ude i fremtiden",
    "waiting": "venter på en tidligere ændring fra samme maskine",
    "missing_parent": "hører til en post, der ikke er kommet endnu",
}
NON_BLOCKING = frozenset({"missing_parent"})


@dataclass
class Tally:
    applied: int = 0
    replayed: int = 0
    authors: dict[str, str] = field(default_factory=dict)
    newest_hlc: int = 0
    changed: dict[str, set[str]] = field(default_factory=dict)  # table -> uuids changed this batch
    logged: set[int] = field(default_factory=set)  # citizens the access log has a row for, this sync
    purged: int = 0  # citizens a colleague's purge removed here
    dropped: int = 0  # colleagues' entries about a purged citizen, never applied
    dropped_own: int = 0  # this laptop's changes to a purged citizen, never sent
    kept_notes: int = 0  # signed notes written here about a purged citizen, not filed: kept


def now_ms() -> int:
    return int(dt.datetime.now(dt.UTC).timestamp() * 1000)


@dataclass(frozen=True)
class Checked:
    """An entry that passed every check, decrypted, waiting to be applied."""

    seq: int
    entry: crypto.SealedEntry
    incoming: apply.Incoming
    by: str


ALREADY_IN = object()  # an entry applied before (a repeat): nothing to do


def _same_run(first: apply.Incoming, incoming: apply.Incoming) -> bool:
    return incoming.op == "insert" and incoming.kind == first.kind


class Receiver:
    """Checks and applies entries inside the caller's transaction."""

    def __init__(self, db: sqlite_utils.Database, team: uuid.UUID, me: str, tally: Tally):
        self.db, self.team, self.me, self.tally = db, team, me, tally
        self.keys = local_store.keys(db)
        self.devices = ledger.devices(db)
        self.blocked = ledger.blocking_devices(db, NON_BLOCKING)
        self.now = now_ms()
        self._opener = opening.Opener(team)
        self._ids: apply.IdCache = {}  # the batch's uuid -> local id look-ups
        self._heads: dict[str, tuple[int, bytes]] = {}  # devices moved on, written by finish()
        self._vouched: set[tuple[str, int]] = set()  # (device, number) signed for by a later entry
        self.purged = team_purge.purged_uuids(db)  # rows of purged citizens: entries about them drop

    # -- one entry at a time (held entries, this device's own) ---------------------------------

    def take(self, seq: int, entry: crypto.SealedEntry, retrying: bool = False) -> bool:
        """True when the entry is in (or was already); False when it is held."""
        checked = self.check(seq, entry, retrying)
        if checked is ALREADY_IN:
            return True
        if checked is None:
            return False
        assert isinstance(checked, Checked)
        if self._about_purged(checked, retrying):
            return True
        return self._apply_one(checked, retrying)

    # -- a pulled batch -----------------------------------------------------------------------

    def take_all(self, items: list[ServerEntry]) -> None:
        """Check every entry in order; new rows of one table in a row go in set-wise, anything
        else one by one."""
        self._vouched = self._signed_chains(items)
        run: list[Checked] = []
        in_run: set[str] = set()
        for item in items:
            if item.entry.device_hex == self.me:
                self._flush(run)
                run, in_run = [], set()
                self.take(item.seq, item.entry)
                continue
            checked = self.check(item.seq, item.entry, False)
            if not isinstance(checked, Checked) or self._about_purged(checked, False):
                continue
            incoming = checked.incoming
            if run and _same_run(run[0].incoming, incoming) and incoming.uuid not in in_run:
                run.append(checked)
                in_run.add(incoming.uuid)
                continue
            self._flush(run)
            run, in_run = [], set()
            if incoming.op == "insert" and incoming.kind in TABLES:
                run, in_run = [checked], {incoming.uuid}
            else:
                self._apply_one(checked, False)
        self._flush(run)

    def _flush(self, run: list[Checked]) -> None:
        if not run:
            return
        spec = TABLES[run[0].incoming.kind]
        known = columns(self.db, spec.name)
        allowed = {*known, *spec.extras}
        try:
            with self.db.atomic():
                fresh = bulk_insert.insert_new(self.db, spec, [
                    # nearly always every name is known: then the entry goes as it came
                    c.incoming if allowed.issuperset(c.incoming.fields)
                    else apply.known_fields_only(spec, c.incoming, known) for c in run
                ], known)
        except SqliteError:  # something refused: each entry again on its own, to find which
            self._ids.clear()
            fresh = set()
        self._accepted_new([c for c in run if c.incoming.uuid in fresh])
        for checked in run:
            if checked.incoming.uuid not in fresh:
                self._apply_one(checked, False)

    def _signed_chains(self, items: list[ServerEntry]) -> set[tuple[str, int]]:
        """The entries of the batch vouched for by a later signature of their own device: each
        entry's signed header carries the hash of the one before it (of all it holds except,
        since protocol 3, its signature), so one valid signature at the end of an unbroken run
        of a device's entries vouches for the whole run. A run whose last signature fails is
        checked entry by entry instead."""
        runs: dict[str, list[crypto.SealedEntry]] = {}
        vouched: set[tuple[str, int]] = set()

        def close(device: str) -> None:
            run = runs.pop(device, [])
            pinned = self.devices.get(device)
            if len(run) > 1 and pinned is not None and crypto.signature_ok(
                self.team, run[-1], pinned.sign_pub
            ):
                vouched.update((device, e.device_seq) for e in run)

        for item in items:
            entry, device = item.entry, item.entry.device_hex
            run = runs.get(device)
            if run and (entry.device_seq != run[-1].device_seq + 1
                        or entry.prev != run[-1].digest(self.team)):
                close(device)
                run = None
            runs.setdefault(device, []).append(entry)
        for device in list(runs):
            close(device)
        return vouched

    # -- the checks -----------------------------------------------------------------------------

    def check(self, seq: int, entry: crypto.SealedEntry, retrying: bool) -> object:
        """A Checked entry, ALREADY_IN, or None when it was held (with its reason)."""
        device = entry.device_hex
        if device in self.blocked and not retrying:
            return self._hold(seq, entry, "waiting")
        position = self._position(device)
        if position is None:
            return self._hold(seq, entry, "unknown_device")
        max_seq, last_hash, pinned = position
        if entry.proto > crypto.PROTOCOL:
            return self._hold(seq, entry, "newer")
        if pinned.revoked_last is not None and entry.device_seq > pinned.revoked_last:
            return self._hold(seq, entry, "revoked")
        vouched = (device, entry.device_seq) in self._vouched
        if not vouched and not crypto.signature_ok(self.team, entry, pinned.sign_pub):
            return self._hold(seq, entry, "signature")
        # A held entry was never applied, even when later ones of its device went in (one that
        # waited for a row to arrive does not block them): it is not a repeat.
        already_in = entry.device_seq <= max_seq and not ledger.in_gap(self.db, device, entry.device_seq)
        if already_in and not retrying:
            if entry.device_seq > pinned.expect_again:
                self.tally.replayed += 1
            return ALREADY_IN
        if entry.device_seq == max_seq + 1 and last_hash is not None and entry.prev != last_hash:
            return self._hold(seq, entry, "chain")
        return self._open(seq, entry)

    def _position(self, device: str) -> tuple[int, bytes | None, ledger.KnownDevice] | None:
        pinned = self.devices.get(device)
        if pinned is None or not pinned.trusted:
            return None
        if device == self.me:  # our own entries, coming back after a restore
            state = local_store.state(self.db)
            head = state.chain_head if state.device_seq else None
            return state.device_seq, head, pinned
        if device in self._heads:
            return (*self._heads[device], pinned)
        return pinned.max_seq, pinned.last_hash, pinned

    def _open(self, seq: int, entry: crypto.SealedEntry) -> Checked | None:
        key = self.keys.get(entry.key_epoch)
        if key is None:
            return self._hold(seq, entry, "key")
        opened = opening.opened_ahead(entry, self.team, key)
        if opened is None:
            opened = self._opener.open(entry, key)
        if isinstance(opened, str):  # TAMPERED or BAD_SHAPE, as the reason it is held for
            return self._hold(seq, entry, opened)
        incoming, by = opened
        if incoming.hlc > self.now + FUTURE_LIMIT_MS:
            return self._hold(seq, entry, "future")
        self._advance(entry)
        return Checked(seq, entry, incoming, by)

    def _advance(self, entry: crypto.SealedEntry) -> None:
        """The entry is authentic and in its place: the device's chain moves on (kept in memory,
        written once per batch); a gap before it is noted, one it fills is closed."""
        device = entry.device_hex
        if device == self.me:
            return
        position = self._position(device)
        assert position is not None
        max_seq = position[0]
        if entry.device_seq > max_seq:
            if entry.device_seq > max_seq + 1:
                ledger.note_gap(self.db, device, max_seq + 1, entry.device_seq - 1)
            self._heads[device] = (entry.device_seq, entry.digest(self.team))
        else:
            ledger.fill_gap(self.db, device, entry.device_seq)

    # -- applying -------------------------------------------------------------------------------

    def _about_purged(self, checked: Checked, retrying: bool) -> bool:
        """An entry about a citizen the team purged (an edit made offline, arriving late) is
        taken off the chain like any other, counted, and never applied."""
        i = checked.incoming
        if not team_purge.is_about(i.kind, i.op, i.uuid, i.fields, self.purged):
            return False
        if i.op == "insert":
            team_purge.tombstone(self.db, [i.uuid])
        self._accepted(checked, False, retrying)
        self.tally.dropped += int(checked.entry.device_hex != self.me)
        return True

    def _purge(self, checked: Checked, retrying: bool) -> bool:
        """A colleague's signed purge: the citizen goes here too (storage/purge.py)."""
        with self.db.atomic():
            done = team_purge.apply_purge(self.db, checked.incoming.uuid, checked.incoming.fields,
                                          dt.datetime.now(), checked.entry.device_hex)
        self._ids.clear()
        self.purged = team_purge.purged_uuids(self.db)
        self.tally.purged += int(done.purged)
        self.tally.dropped_own += done.dropped
        self.tally.kept_notes += done.kept
        self._accepted(checked, False, retrying)
        return True

    def _apply_one(self, checked: Checked, retrying: bool) -> bool:
        if checked.incoming.kind == team_purge.KIND:
            return self._purge(checked, retrying)
        try:
            with self.db.atomic():
                changed = apply.apply(self.db, checked.incoming, self._ids)
        except IntegrityError:  # it points to a row that has not arrived
            self._ids.clear()  # rolled back: forget what this entry looked up
            self._hold(checked.seq, checked.entry, "missing_parent")
            return False
        except SqliteError:
            self._ids.clear()
            self._hold(checked.seq, checked.entry, "shape")
            return False
        self._accepted(checked, changed, retrying)
        return True

    def _accepted(self, checked: Checked, changed: bool, retrying: bool) -> None:
        device = checked.entry.device_hex
        if device == self.me:
            ledger.record_sent(self.db, [checked.entry])
        elif checked.by:
            self.tally.authors[device] = checked.by
        if retrying:
            ledger.release(self.db, checked.seq)
        if changed and device != self.me:
            self.tally.changed.setdefault(checked.incoming.kind, set()).add(checked.incoming.uuid)
        self.tally.applied += int(changed)
        self.tally.newest_hlc = max(self.tally.newest_hlc, checked.incoming.hlc)

    def _accepted_new(self, run: list[Checked]) -> None:
        """_accepted for a run of colleagues' new rows of one table, counted in one go."""
        if not run:
            return
        tally = self.tally
        for checked in run:
            if checked.by:
                tally.authors[checked.entry.device_hex] = checked.by
        tally.changed.setdefault(run[0].incoming.kind, set()).update(c.incoming.uuid for c in run)
        tally.applied += len(run)
        tally.newest_hlc = max(tally.newest_hlc, max(c.incoming.hlc for c in run))

    def _hold(self, seq: int, entry: crypto.SealedEntry, reason: str) -> None:
        ledger.hold(self.db, seq, entry, reason)
        if reason not in NON_BLOCKING:
            self.blocked.add(entry.device_hex)
        return None

    def write_heads(self) -> None:
        ledger.set_heads(self.db, self._heads)
        self._heads.clear()
        self.devices = ledger.devices(self.db)


def finish(db: sqlite_utils.Database, tally: Tally) -> None:
    """Inside the batch's transaction: remember the authors' names, write an access-log row
    for each citizen the batch changed, and move the clock."""
    for device, name in tally.authors.items():
        local_store.remember_author(db, device, name)
    tally.authors.clear()
    citizens = local_store.citizens_of(db, tally.changed) - tally.logged
    if citizens:
        access_log.record(db, AccessAction.SYNCED, sorted(citizens), "hentet fra teamet")
        tally.logged |= citizens
    tally.changed.clear()
    if tally.newest_hlc:
        local_store.observe_hlc(db, tally.newest_hlc)


def retry_held(db: sqlite_utils.Database, team: uuid.UUID, me: str, tally: Tally) -> int:
    """Try every held entry again, device by device in its own order; a device stops at the
    first that still does not go in. Returns how many went in."""
    held = ledger.held(db)
    if not held:
        return 0
    went_in, stopped = 0, set()
    with db.atomic():
        applying = apply.begin_applying(db)
        receiver = Receiver(db, team, me, tally)
        receiver.blocked = set()
        for item in held:
            device = item.entry.device_hex
            if device in stopped:
                continue
            ledger.release(db, item.seq)
            if receiver.take(item.seq, item.entry, retrying=True):
                went_in += 1
            elif ledger.reason_of(db, item.seq) not in NON_BLOCKING:
                stopped.add(device)
                receiver.blocked = set(stopped)
        receiver.write_heads()
        finish(db, tally)
        apply.end_applying(db, None, applying)
    return went_in


def take_batch(
    db: sqlite_utils.Database, team: uuid.UUID, me: str, entries: list[ServerEntry], tally: Tally,
    cursor: int | None, before_commit: Callable[[], None] | None = None,
) -> None:
    """Apply one pulled batch in one transaction together with the cursor."""
    with db.atomic():
        applying = apply.begin_applying(db)
        receiver = Receiver(db, team, me, tally)
        receiver.take_all(entries)
        receiver.write_heads()
        finish(db, tally)
        if before_commit:
            before_commit()
        apply.end_applying(db, cursor, applying)
