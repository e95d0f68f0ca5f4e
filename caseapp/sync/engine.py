"""Sharing citizens, and the sync itself: learn who is in the team and fetch new keys, take back
this device's own entries the server has and the database lacks (a restore), try held entries
again, pull the other devices' entries after the cursor, then seal the outbox into this device's
log and send the server what it lacks.

Crash safety: each pulled batch is applied in one local transaction together with the cursor;
each outbox batch moves into the log in one local transaction; the log is sent until the server
has it (a repeat is ignored by the server's unique number), so a kill anywhere loses nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import psycopg
import sqlite_utils

from caseapp.domain.dates import add_months
from caseapp.domain.plural import count_of
from caseapp.errors import NotFound
from caseapp.storage import access_log, responsible
from caseapp.sync import (
    access_expiry,
    card_repair,
    crypto,
    ledger,
    local_store,
    membership,
    opening,
    receive,
    send,
    server_sql,
    team_leave,
    team_purge,
    team_repair,
)
from caseapp.sync.capture import install_triggers
from caseapp.sync.errors import AwaitingKey, SyncError, SyncOffline
from caseapp.sync.membership import require_team
from caseapp.sync.server_link import connect, offline_guard, server_call
from caseapp.sync.team_state import SyncReport

BATCH_ENV = "CASEAPP_SYNC_BATCH"
# Tests only: "push:N" kills the process after the N-th batch reached the server; "pull:N" kills
# it while the N-th pulled batch is applied, before it commits.
FAULT_ENV = "CASEAPP_SYNC_FAULT"
DEFAULT_BATCH = 2000
# A pulled batch is one local transaction with its own fixed costs (triggers set aside and put
# back, the full-text rows, the access log, a commit): fewer, larger ones on a first pull. The
# server hands out at most 10,000 at a time.
DEFAULT_PULL_BATCH = 5000

Progress = Callable[[str, int], None]


def share(db: sqlite_utils.Database, citizen_id: int | None, share_all: bool) -> int:
    """Share one citizen or all (also those added later). Returns the entries queued."""
    require_team(db)
    install_triggers(db)
    if share_all:
        local_store.set_share_all(db, True)
        chosen = local_store.all_citizen_ids(db)
    else:
        assert citizen_id is not None
        if not local_store.citizen_exists(db, citizen_id):
            raise NotFound(f"Der er ingen borger med id {citizen_id}.")
        chosen = [citizen_id]
    shared = local_store.shared_citizens(db)  # a colleague's citizen is not claimed by sharing it again
    responsible.claim_unassigned(db, [c for c in chosen if c not in shared])
    return local_store.share(db, chosen)


def share_all_if_bosted(db: sqlite_utils.Database, profile_role: str) -> bool:
    """A bosted (contact persons) shares all its residents by default; a caseworker chooses."""
    if profile_role != "contact_person":
        return False
    share(db, None, share_all=True)
    return True


def _batch_size(default: int = DEFAULT_BATCH) -> int:
    try:
        return max(1, int(os.environ.get(BATCH_ENV, default)))
    except ValueError:
        return default


def _fault(stage: str, batches: int) -> None:
    if os.environ.get(FAULT_ENV) == f"{stage}:{batches}":
        os.kill(os.getpid(), signal.SIGKILL)


def sync(
    db: sqlite_utils.Database, author: str, progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> SyncReport:
    """`now` (tests give a fixed one) dates the server's confirmations of this device's entries
    and decides which of them are past the kept period."""
    state = require_team(db)
    install_triggers(db)
    try:
        conn = connect(state.server)
    except SyncOffline:
        local_store.mark_synced(db, offline=True)
        raise
    report, tally = SyncReport(), receive.Tally()
    first_conflict = local_store.last_conflict_id(db)
    try:
        rolled_back, waiting_for_key = _run(
            db, conn, author, report, tally, progress, now or dt.datetime.now(dt.UTC))
    except SyncOffline:
        local_store.mark_synced(db, offline=True)
        raise
    finally:
        conn.close()
    local_store.mark_synced(db, offline=False)
    if tally.purged:
        team_purge.after_applied(db)
    report.purged = tally.purged
    report.notice = " ".join(filter(None, (report.notice, purged_sentence(tally))))
    report.applied = tally.applied
    report.conflicts = local_store.conflicts_after(db, first_conflict)
    report.rejected = ledger.held_count(db)
    report.problem = problems_sentence(db, tally.replayed, rolled_back, waiting_for_key)
    return report


def _run(
    db: sqlite_utils.Database, conn: psycopg.Connection, author: str, report: SyncReport,
    tally: receive.Tally, progress: Progress | None, now: dt.datetime,
) -> tuple[dict[str, int], bool]:
    """One sync; returns what the server still lacks from other devices, and whether this
    device's changes wait for a team key it has not received yet."""
    state = local_store.state(db)
    team, me = uuid.UUID(state.team_id), state.device_id
    rejoined = offline_guard(lambda: _check_member(db, conn, team))
    # A revoked device's own reads are refused too: that refusal is a sentence, not a crash.
    restored = rejoined + offline_guard(lambda: server_call(conn, lambda: _refresh_team(db, conn, team)))
    if not local_store.keys(db):
        raise AwaitingKey(
            "Teamets nøgle er ikke kommet endnu: den, der inviterede dig, skal synkronisere "
            "først. Dit arbejde er gemt her og sendes, når nøglen er kommet."
        )
    heads = offline_guard(lambda: server_sql.heads(conn, team))
    own_head = heads.get(uuid.UUID(me))
    lost_own, lost_others = _notice_losses(db, heads, me)
    server_lost = bool(lost_others) or lost_own > 0
    if server_lost:
        team_purge.again_after_loss(db)
    offline_guard(lambda: _take_back_own(db, conn, team, own_head, tally))
    receive.retry_held(db, team, me, tally)
    replayed_before = tally.replayed
    # Pull first: a newer value from the team settles a local edit here, before it travels.
    offline_guard(lambda: _pull_all(db, conn, team, report, tally, progress, own_head))
    if server_lost:
        tally.replayed = replayed_before  # a re-read on purpose, not the server repeating itself
    if offline_guard(lambda: team_repair.restore_creator(db, conn, team)):
        restored += 1
        membership.refresh_trust(db, conn, team)
    with db.atomic():  # a responsible text naming a member just met becomes that member
        responsible.link_to_members(db)
    # Never seal under an old key once a newer exists: a removed member could read it.
    waiting_for_key = server_sql.latest_epoch(conn, team) > max(local_store.keys(db))
    access_expiry.queue_expired(db, _log_cutoff(db, now))  # own access-log entries past the period
    if not waiting_for_key:  # a purge made here: its signed entry goes first
        offline_guard(lambda: team_purge.seal_pending(db, conn, team, author))
    outbox = None if waiting_for_key else send.OutboxSealer.for_db(db, team, author, _batch_size())
    pushed = offline_guard(lambda: send.push_log(
        db, conn, team, own_head, _batch_size(), progress, lambda n: _fault("push", n), _stamp(now),
        outbox))
    report.pushed = pushed.sent
    offline_guard(lambda: team_purge.delete_on_server(db, conn, team))
    report.notice = _notice(lost_own - pushed.gone if server_lost else None, pushed.squatted, pushed.gone)
    if restored:
        report.notice = " ".join(filter(None, (report.notice, (
            f"Serveren havde glemt {count_of(restored, 'ændring', 'ændringer')} af teamet (fjernede "
            "medlemmer, maskiner, nye nøgler, invitationer eller hvem der har oprettet teamet); de "
            "er sat ind igen."))))
    offline_guard(lambda: prune_own_log(db, conn, team, uuid.UUID(me), now))
    # What the server lacks from others stands as read at the start: their authors send it.
    return lost_others, waiting_for_key


def _notice_losses(
    db: sqlite_utils.Database, heads: dict[uuid.UUID, server_sql.Head], me: str
) -> tuple[int, dict[str, int]]:
    """Compare what the server holds from each device with what this one wrote and has seen.
    A lower mark means the server lost entries (restored from a copy, or a standby promoted
    while behind): its numbers may start again below the cursor, so everything is read again
    (applying is idempotent), and the lost entries are expected to come again. Returns (own
    entries lost, per other device the entries it lost)."""
    own_head = heads.get(uuid.UUID(me))
    confirmed = local_store.state(db).confirmed_seq
    lost_own = max(confirmed - (own_head.last_device_seq if own_head else 0), 0)
    lost_others = _rolled_back(db, heads, me)
    for device in lost_others:
        ledger.expect_again(db, device)
    if lost_others or lost_own:
        local_store.set_cursor(db, 0)
    return lost_own, lost_others


def _log_cutoff(db: sqlite_utils.Database, now: dt.datetime) -> dt.datetime:
    """Access-log rows written before this are past the log's period (as Records.expire_access_log)."""
    local = now.astimezone().replace(tzinfo=None) if now.tzinfo else now
    return dt.datetime.combine(add_months(local.date(), -access_log.keep_months(db)), dt.time())


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).isoformat(timespec="seconds")


def prune_own_log(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, me: uuid.UUID,
    now: dt.datetime,
) -> int:
    """After a sync that went through: forget own entries the server has held for longer than
    the kept period, and only those its per-device mark covers and it does not lack (asked
    again here, so never one the server has not confirmed). Returns how many went."""
    before = _stamp(now - dt.timedelta(days=ledger.own_log_days(db)))
    confirmed = local_store.state(db).confirmed_seq
    if not ledger.prunable(db, before, confirmed):
        return 0  # the usual case: nothing to ask the server
    head = server_sql.heads(conn, team).get(me)
    if head is None:
        return 0
    below = min(confirmed, head.last_device_seq)
    lacking = server_sql.missing(conn, team, me, below) if head.entries < head.last_device_seq else []
    return ledger.prune_sent(db, before, below, lacking)


def _notice(lost_own: int | None, squatted: int, gone: int = 0) -> str:
    """The sentence for a server that lost entries or held someone else's under this device's
    numbers; both are healed by now, except entries past the kept period (`gone`), which this
    device no longer has sealed. `lost_own` None: the server lost nothing."""
    parts = []
    if lost_own is not None:
        resent = f"{count_of(lost_own, 'ændring', 'ændringer')} herfra blev sendt igen, og " if lost_own else ""
        parts.append(
            "Serveren har mistet ændringer (den er skiftet eller lagt tilbage fra en kopi); "
            f"{resent}alt blev hentet på ny."
        )
    if gone:
        parts.append(
            f"{count_of(gone, 'ældre ændring', 'ældre ændringer')} herfra kunne ikke sendes igen, "
            "fordi serveren havde haft dem længere end opbevaringstiden for sendte ændringer; "
            "de findes stadig på denne maskine."
        )
    if squatted:
        parts.append(
            f"Serveren havde {count_of(squatted, 'ændring', 'ændringer')} under denne maskines "
            "navn, som den ikke har skrevet; dens egne ændringer er sendt under nye numre."
        )
    return " ".join(parts)


def _check_member(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """Refuse a removed member; a member the server does not know (its copy is older than this
    device's joining) registers this device again. Returns 1 when it did."""
    member = server_sql.member_state(conn, team)
    conn.commit()
    if member == "removed":  # the colleagues' citizens go from here, at every try (team_leave.py)
        let_go = team_leave.let_go(db, dt.datetime.now())
        if let_go.purged:
            team_purge.after_applied(db)
        raise SyncError(" ".join(filter(None, (
            "Du er fjernet fra teamet og kan ikke længere sende eller hente ændringer.",
            let_go.sentence(removed=True) or "Dine egne borgere er her stadig."))))
    if member is None:
        if card_repair.register_again(db, conn, team):
            return 1
        raise SyncError("Serveren kender ikke dette medlem af teamet; tjek serveradressen og brugeren.")
    return 0


def _refresh_team(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """Who is in the team now: pin newly vouched-for devices, record revocations, put back the
    removals and keys a server lost, vouch for the devices this one invited, make a new key
    after a removal (the creator), fetch keys. Returns how many lost changes were put back."""
    cards = membership.refresh_trust(db, conn, team)
    restored = 0
    if card_repair.card_missing(db, cards) and card_repair.register_again(db, conn, team):
        restored, cards = 1, membership.refresh_trust(db, conn, team)  # another device of the member stayed
    restored += team_repair.restore(db, conn, team, cards)
    if restored:
        cards = membership.refresh_trust(db, conn, team)
    membership.endorse_joiners(db, conn, team, cards)
    if local_store.state(db).is_creator and server_sql.needs_rotation(conn, team):
        removed = {m.role for m in server_sql.members(conn, team) if m.removed}
        left = [c.device for c in cards if c.role in removed and c.revoked_last is None]
        if left:
            membership.revoke(db, conn, team, left, None)
        ledger.remember_removed(db, sorted(removed))
        membership.rotate(db, conn, team)
    _fetch_keys(db, conn, team)
    membership.seal_missing_keys(db, conn, team)
    return restored


def _fetch_keys(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> None:
    state = local_store.state(db)
    assert state.device_keys is not None
    have, trusted = local_store.keys(db), ledger.devices(db)
    me = uuid.UUID(state.device_id)
    for sealed in server_sql.epoch_keys(conn, team, me):
        sealer = trusted.get(sealed.sealer.hex)
        if sealed.epoch in have or sealer is None:
            continue  # a sealer not (yet) vouched for is tried again next time
        key = crypto.open_epoch_key(
            state.device_keys, team, sealed.epoch, me, sealed.sealed, sealed.signature,
            sealer.sign_pub,
        )
        local_store.add_key(db, sealed.epoch, key)


def _take_back_own(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    head: server_sql.Head | None, tally: receive.Tally,
) -> None:
    """A database restored from a backup is behind its own device on the server: take those
    later entries back (checked like anyone's) and number new ones after them."""
    state = local_store.state(db)
    me = uuid.UUID(state.device_id)
    while head is not None and state.device_seq < head.last_device_seq:
        entries = server_sql.device_entries(conn, team, me, state.device_seq, _batch_size())
        if not entries:
            return
        receive.take_batch(db, team, state.device_id, entries, tally, None)
        before, state = state.device_seq, local_store.state(db)
        if state.device_seq == before:
            return  # held: reported with the others


def _pull_all(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, report: SyncReport,
    tally: receive.Tally, progress: Progress | None, own_head: server_sql.Head | None,
) -> None:
    """Batch by batch; the next batch is read from the server while this one is applied here
    (the server's work and ours overlap). Only the reading thread touches the connection
    meanwhile, and a batch read ahead is simply dropped when applying fails.

    The server leaves this device's own entries out, so a cursor that only follows what was
    read stays behind them, and every later pull walks past all of them again (after a first
    push of 60,000 entries, most of a small sync's time). Once everything after the cursor has
    been read, every entry up to this device's newest one as the server showed it before the
    reading is either read or its own (numbers become visible in order), so the cursor moves
    there."""
    size, batches = _batch_size(DEFAULT_PULL_BATCH), 0
    me_text = local_store.state(db).device_id
    me = uuid.UUID(me_text)
    own_newest = _own_newest_seq(conn, team, me, own_head)
    keys = local_store.keys(db)

    def read_and_open(after: int) -> list[server_sql.ServerEntry]:
        return opening.open_ahead(team, keys, server_sql.pull(conn, team, after, size, me))

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-pull") as ahead, _quick_handover():
        entries = server_sql.pull(conn, team, local_store.state(db).cursor, size, me)
        while entries:
            after = entries[-1].seq  # the cursor once this batch is applied
            coming = ahead.submit(read_and_open, after)
            batches += 1
            receive.take_batch(
                db, team, me_text, entries, tally, after,
                before_commit=lambda n=batches: _fault("pull", n),
            )
            report.pulled += len(entries)
            if progress:
                progress("pull", report.pulled)
            entries = coming.result()
    if own_newest > local_store.state(db).cursor:
        local_store.set_cursor(db, own_newest)


@contextlib.contextmanager
def _quick_handover() -> Iterator[None]:
    """This thread gets Python's lock back within 1 ms, not 5, after each SQLite statement
    while the other thread opens the next batch in Python: a first pull runs thousands of
    statements, and waiting up to 5 ms after many of them added up (63,700 entries, three
    side-by-side runs: 6.6 s instead of 7.1 s)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _own_newest_seq(
    conn: psycopg.Connection, team: uuid.UUID, me: uuid.UUID, own_head: server_sql.Head | None
) -> int:
    """The server's number for this device's newest entry there (0 when it has none)."""
    if own_head is None or own_head.last_device_seq < 1:
        return 0
    newest = server_sql.device_entries(conn, team, me, own_head.last_device_seq - 1, 1)
    return newest[0].seq if newest else 0


def _rolled_back(db: sqlite_utils.Database, heads: dict[uuid.UUID, server_sql.Head], me: str) -> dict[str, int]:
    """Entries this database has seen from another device that the server no longer has."""
    out = {}
    for device in ledger.devices(db).values():
        if device.device == me or device.max_seq == 0:
            continue
        head = heads.get(uuid.UUID(device.device))
        server_last = head.last_device_seq if head else 0
        if server_last < device.max_seq:
            out[device.device] = device.max_seq - server_last
    return out


def purged_sentence(tally: receive.Tally) -> str:
    """What a colleague's purge took from this laptop, and what arrived too late for it."""
    parts = []
    if tally.purged:
        parts.append(f"{count_of(tally.purged, 'borger', 'borgere')} er slettet i teamet og nu også her "
                     "(se sletningerne)")
    if tally.dropped_own:
        parts.append(f"{count_of(tally.dropped_own, 'ændring', 'ændringer')} herfra om en slettet "
                     "borger blev ikke sendt")
    if tally.dropped:
        parts.append(f"{count_of(tally.dropped, 'ændring', 'ændringer')} fra teamet om en slettet "
                     "borger blev ikke taget med")
    if tally.kept_notes:
        parts.append(f"{count_of(tally.kept_notes, 'underskrevet notat', 'underskrevne notater')} herfra om "
                     "en slettet borger er ikke ført i fagsystemet og står under »Ikke ført – borger slettet« "
                     "(caseapp notes --unfiled)")
    if not parts:
        return ""
    text = "; ".join(parts) + "."
    return text[0].upper() + text[1:]


def author_label(db: sqlite_utils.Database, device: str) -> str:
    name = local_store.author_names(db).get(device)
    if name:
        return name
    known = ledger.devices(db).get(device)
    return known.role if known else f"maskine {device[:8]}"


def problems_sentence(
    db: sqlite_utils.Database, replayed: int, rolled_back: dict[str, int], waiting_for_key: bool
) -> str:
    """One sentence for everything the user should know after a sync that otherwise went
    through; empty when there is nothing."""
    parts = []
    if waiting_for_key:
        waiting = local_store.pending_count(db)
        parts.append(
            f"teamets nye nøgle er ikke kommet hertil endnu, så {count_of(waiting, 'ændring', 'ændringer')} "
            "venter her"
        )
    by_device: dict[str, list[str]] = {}
    for item in ledger.held(db):
        by_device.setdefault(item.entry.device.hex, []).append(item.reason)
    for device, reasons in by_device.items():
        parts.append(
            f"{count_of(len(reasons), 'ændring', 'ændringer')} fra {author_label(db, device)} "
            f"holdes tilbage ({receive.REASONS.get(reasons[0], reasons[0])})"
        )
    missing = dict(ledger.gaps(db))
    for device, n in rolled_back.items():
        missing[device] = missing.get(device, 0) + n
    for device, n in missing.items():
        parts.append(f"serveren mangler {count_of(n, 'ændring', 'ændringer')} fra {author_label(db, device)}")
    if replayed:
        parts.append(
            f"serveren sendte {count_of(replayed, 'ændring', 'ændringer')} igen, som allerede var "
            "modtaget (ignoreret)"
        )
    if not parts:
        return ""
    text = "; ".join(parts) + "; resten er synkroniseret."
    return text[0].upper() + text[1:]
