"""The security review's attacks, each written as the attacker against the real PostgreSQL, and
what a caseworker would notice: the exit code, the one Danish sentence, the data on each laptop,
nothing lost.

Attackers: a member of another team (1), a removed member with every key she ever had (2), a
member forging a colleague's entries or crafting odd ones with valid keys (3, 4, 5), the server's
operator deleting, rolling back, replaying, flipping bits and hiding keys (6, 7, 8), and the
misuses of backups and invites (9, 10, 11).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass

import psycopg
import pytest

from caseapp.sync import crypto, ledger, local_store, server_sql
from caseapp.sync.capture import TABLES, row_json
from caseapp.sync.errors import TamperedEntry
from tests.pg_fixtures import MEMBER_PASSWORD
from tests.sync.helpers import PASSPHRASE, Laptop, Result, founded_team

# -- small shared helpers ----------------------------------------------------------------------


def _team(laptop, demo: int = 1, others: tuple[str, ...] = ("b",)) -> list[Laptop]:
    return founded_team(laptop, "Angrebsholdet", demo, others)


def _one_sentence(result: Result, code: int, *words: str) -> None:
    """The command failed with `code` and said so in one line on stderr containing `words`."""
    assert result.code == code, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("caseapp: "), result.err
    for word in words:
        assert word.lower() in lines[0].lower(), (word, lines[0])


def _team_id(machine: Laptop) -> uuid.UUID:
    return uuid.UUID(hex=str(machine.state("team_id")))


def _device_id(machine: Laptop) -> uuid.UUID:
    return uuid.UUID(hex=str(machine.state("device_id")))


def _device_seq(machine: Laptop) -> int:
    return int(machine.state("device_seq"))  # type: ignore[arg-type]


def _scalar(machine: Laptop, query: str, params: list | None = None) -> object:
    with machine.service() as service:
        row = service._db.execute(query, params or []).fetchone()
    return row[0] if row else None


def _note(machine: Laptop, citizen_id: int, text: str) -> str:
    """Add and sign a note here; its uuid (notes are found by uuid, not by text)."""
    machine.ok("note", "add", "--citizen", str(citizen_id), "--text", text, "--sign")
    return str(_scalar(machine, "SELECT uuid FROM notes ORDER BY id DESC LIMIT 1"))


def _note_text(machine: Laptop, note_uuid: str) -> object:
    return _scalar(machine, "SELECT text FROM notes WHERE uuid = ?", [note_uuid])


def _citizen(machine: Laptop, column: str, citizen_uuid: str) -> object:
    return _scalar(machine, f"SELECT {column} FROM citizens WHERE uuid = ?", [citizen_uuid])


def _first_citizen_uuid(machine: Laptop, offset: int = 0) -> str:
    return str(_scalar(machine, "SELECT uuid FROM citizens ORDER BY id LIMIT 1 OFFSET ?", [offset]))


def _edit_citizen(machine: Laptop, citizen_uuid: str, **changes: str) -> None:
    with machine.service() as service:
        row_id = service._db.execute("SELECT id FROM citizens WHERE uuid = ?", [citizen_uuid]).fetchone()[0]
        service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(row_id), **changes))


def _member_conn(pg, role: str) -> psycopg.Connection:
    return psycopg.connect(pg.url(role), password=MEMBER_PASSWORD, autocommit=True)


def _server_entries(pg, team: uuid.UUID, device: uuid.UUID | None = None) -> list[tuple]:
    """(seq, device_id, device_seq, key_epoch) of the team's rows, as the DBA sees them."""
    where, params = "team_id = %s", [team]
    if device is not None:
        where, params = where + " AND device_id = %s", [team, device]
    with pg.admin() as conn:
        return conn.execute(
            f"SELECT seq, device_id, device_seq, key_epoch FROM caseapp.entries WHERE {where} "
            "ORDER BY seq", params).fetchall()


def _insert_as_dba(pg, team: uuid.UUID, entry: crypto.SealedEntry) -> int:
    """The operator writes a row straight into the table, with the team's next number."""
    with pg.admin() as conn:
        seq = conn.execute("UPDATE caseapp.teams SET last_seq = last_seq + 1 WHERE team_id = %s "
                           "RETURNING last_seq", [team]).fetchone()[0]
        conn.execute(
            "INSERT INTO caseapp.entries (team_id, seq, device_id, device_seq, proto, key_epoch, "
            "prev, nonce, payload, signature) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [team, seq, entry.device, entry.device_seq, entry.proto, entry.key_epoch, entry.prev,
             entry.nonce, entry.payload, entry.signature])
    return int(seq)


@dataclass
class Keys:
    """Everything a member's laptop holds: its device, its private keys, the team's epoch keys,
    and where its own chain stands."""

    team: uuid.UUID
    device: uuid.UUID
    device_keys: crypto.DeviceKeys
    epochs: dict[int, bytes]
    device_seq: int
    chain_head: bytes


def _keys(machine: Laptop) -> Keys:
    with machine.service() as service:
        state, epochs = local_store.state(service._db), local_store.keys(service._db)
    assert state.device_keys is not None and state.team_id
    return Keys(uuid.UUID(state.team_id), uuid.UUID(state.device_id), state.device_keys, epochs,
                state.device_seq, state.chain_head)


def _plain(kind: str, op: str, uid: str, fields: dict, hlc: int | None = None, by: str = "Mallory") -> bytes:
    hlc = hlc if hlc is not None else int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    return json.dumps({"kind": kind, "op": op, "uuid": uid, "hlc": hlc, "by": by,
                       "fields": fields}, ensure_ascii=False).encode()


def _seal_own(machine: Laptop, plains: list[bytes]) -> list[crypto.SealedEntry]:
    """A member's modified client seals `plains` validly: own device, own key, next numbers, the
    chain intact. They go into its own log too, so its own client stays consistent."""
    k = _keys(machine)
    epoch = max(k.epochs)
    sealer = crypto.EntrySealer(k.team, k.device, k.device_keys, epoch, k.epochs[epoch])
    entries, number, prev = [], k.device_seq, k.chain_head
    for plain in plains:
        number += 1
        entry = sealer.seal(number, prev, plain)
        prev = entry.digest(k.team)
        entries.append(entry)
    with machine.service() as service, service._db.atomic():
        ledger.record_sent(service._db, entries)
    return entries


def _push_as(pg, machine: Laptop, device: uuid.UUID, entries: list[crypto.SealedEntry]) -> int:
    """`caseapp.push` called by hand with the machine's login."""
    conn = server_sql.connect(pg.url(machine.role))
    try:
        return server_sql.push(conn, _team_id(machine), device, entries)
    finally:
        conn.close()


def _held(machine: Laptop) -> list[dict]:
    return machine.ok("team", "held", "--json").json()  # type: ignore[return-value]


# -- 1. a member of another team shadows our tables in pg_temp -------------------------------


def _refusal(conn: psycopg.Connection, statement: str, params: list) -> str:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(statement, params).fetchall()
    return str(caught.value).split("\n", 1)[0]


_SHADOWS = {
    "members": "team_id uuid, role_name text, is_creator boolean, removed boolean, "
               "key_rotated boolean, joined_at timestamptz",
    "caseapp_members": "team_id uuid, role_name text, is_creator boolean, removed boolean, "
                       "key_rotated boolean, joined_at timestamptz",
    "devices": "team_id uuid, device_id uuid, role_name text, sign_pub bytea, box_pub bytea, "
               "invite_hash bytea, card_mac bytea, endorsed_by uuid, endorsement bytea, "
               "revoked_last bigint, revoked_by uuid, revocation bytea, key_rotated boolean, "
               "added_at timestamptz",
    "teams": "team_id uuid, last_seq bigint, created_at timestamptz",
}


def test_a_member_of_another_team_cannot_shadow_our_tables_or_call_into_team_x(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    x, a_device = _team_id(a), _device_id(a)
    mallory = laptop("mallory", demo=1)  # a member of team Y, with a login of his own
    mallory.ok("team", "create", "--server", mallory.url, "--team", "Y")
    my_device = _device_id(mallory)
    before = _server_entries(pg, x)
    with pg.admin() as conn:
        members_before = conn.execute(
            "SELECT role_name, is_creator, removed FROM caseapp.members WHERE team_id = %s "
            "ORDER BY 1", [x]).fetchall()

    with _member_conn(pg, mallory.role) as conn:
        # No temporary tables for members at all.
        for name, columns in _SHADOWS.items():
            assert "permission denied" in _refusal(conn, f"CREATE TEMP TABLE {name} ({columns})", [])
        # Even given TEMP back, a temporary table named like ours is never what a function reads.
        with pg.admin() as admin:
            admin.execute(f"GRANT TEMPORARY ON DATABASE caseapp TO {mallory.role}")
        conn.execute("SET search_path = pg_temp, caseapp, public")
        for name, columns in _SHADOWS.items():
            conn.execute(f"CREATE TEMP TABLE {name} ({columns})")
        for name in ("members", "caseapp_members"):
            conn.execute(f"INSERT INTO pg_temp.{name} VALUES (%s, session_user, true, false, false, now())", [x])
        conn.execute("INSERT INTO pg_temp.devices (team_id, device_id, role_name, sign_pub, box_pub) "
                     "VALUES (%s, %s, session_user, '\\x00', '\\x00')", [x, a_device])
        conn.execute("INSERT INTO pg_temp.teams VALUES (%s, 0, now())", [x])
        conn.execute("CREATE FUNCTION pg_temp.require_member(uuid) RETURNS void LANGUAGE sql AS ''")
        assert conn.execute("SELECT count(*) FROM members WHERE team_id = %s", [x]).fetchone()[0] == 1

        token = b"\x01" * 32
        calls = {
            "members": ("SELECT * FROM caseapp.members(%s)", [x]),
            "devices": ("SELECT * FROM caseapp.devices(%s)", [x]),
            "pull": ("SELECT * FROM caseapp.pull(%s, 0, 100, %s)", [x, my_device]),
            "heads": ("SELECT * FROM caseapp.heads(%s)", [x]),
            "push": ("SELECT caseapp.push(%s, %s, ARRAY[99]::bigint[], ARRAY[2]::smallint[], "
                     "ARRAY[1]::integer[], ARRAY[%s]::bytea[], ARRAY[%s]::bytea[], "
                     "ARRAY[%s]::bytea[], ARRAY[%s]::bytea[])",
                     [x, a_device, bytes(32), bytes(12), b"evil", bytes(64)]),
            "epoch_keys": ("SELECT * FROM caseapp.epoch_keys(%s, %s)", [x, a_device]),
            "create_invite": ("SELECT caseapp.create_invite(%s, %s, NULL, 7)", [x, token]),
            "add_epoch": ("SELECT caseapp.add_epoch(%s, %s, 9, ARRAY[%s]::uuid[], ARRAY[%s]::bytea[], "
                          "ARRAY[%s]::bytea[])", [x, a_device, my_device, b"k", b"s"]),
            "revoke_devices": ("SELECT caseapp.revoke_devices(%s, %s, ARRAY[%s]::uuid[], "
                               "ARRAY[0]::bigint[], ARRAY[%s]::bytea[], %s)",
                               [x, a_device, a_device, b"s", a.role]),
            "set_creator": ("SELECT caseapp.set_creator(%s, session_user::text)", [x]),
            "needs_rotation": ("SELECT caseapp.needs_rotation(%s)", [x]),
            "missing": ("SELECT * FROM caseapp.missing(%s, %s, 5)", [x, a_device]),
            "device_entries": ("SELECT * FROM caseapp.device_entries(%s, %s, 0, 100)", [x, a_device]),
            "endorse_device": ("SELECT caseapp.endorse_device(%s, %s, %s, %s, ARRAY[1], "
                               "ARRAY[%s]::bytea[], ARRAY[%s]::bytea[])",
                               [x, my_device, a_device, b"e", b"k", b"s"]),
            "leave_team": ("SELECT caseapp.leave_team(%s)", [x]),
            "purge_entries": ("SELECT caseapp.purge_entries(%s, %s, 1, ARRAY[%s]::uuid[], "
                              "ARRAY[1]::bigint[])", [x, a_device, a_device]),
            "join_team": ("SELECT caseapp.join_team(%s, %s, %s, '\\x00', '\\x00', '\\x00')",
                          [x, token, my_device]),
        }
        refused = {name: _refusal(conn, *call) for name, call in calls.items()}
        expected = {name: "caseapp:not_member" for name in calls}
        expected |= {"add_epoch": "caseapp:not_creator", "set_creator": "caseapp:not_creator",
                     "join_team": "caseapp:bad_invite"}
        assert refused == expected
        assert conn.execute("SELECT caseapp.member_state(%s)", [x]).fetchone()[0] is None

        # No table, no sequence, no schema object of ours is reachable directly.
        with pg.admin() as admin:
            tables = [r[0] for r in admin.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'caseapp' ORDER BY 1")]
            sequences = admin.execute(
                "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            ).fetchall()
        assert {"entries", "teams", "members", "devices", "invites", "epoch_keys"} <= set(tables)
        for table in tables:
            assert "permission denied" in _refusal(conn, f"SELECT * FROM caseapp.{table}", [])
        assert "permission denied" in _refusal(
            conn, "INSERT INTO caseapp.members (team_id, role_name, is_creator) "
                  "VALUES (%s, session_user, true)", [x])
        assert "permission denied" in _refusal(conn, "CREATE TABLE caseapp.members2 (x int)", [])
        assert not [s for s in sequences if s[0] == "caseapp"]  # numbers come from push alone
        for schema, name in sequences:
            assert "permission denied" in _refusal(conn, f"SELECT nextval('{schema}.{name}')", [])

    with pg.admin() as conn:
        assert conn.execute(
            "SELECT role_name, is_creator, removed FROM caseapp.members WHERE team_id = %s "
            "ORDER BY 1", [x]).fetchall() == members_before
        assert conn.execute("SELECT count(*) FROM caseapp.invites WHERE team_id = %s AND "
                            "token_hash = sha256(%s)", [x, token]).fetchone()[0] == 0
    assert _server_entries(pg, x) == before
    assert a.sync()["pulled"] == 0 and b.sync()["pulled"] == 0


# -- 2. a removed member keeps every key she had ------------------------------------------------


def test_a_removed_member_with_all_her_keys_and_a_full_dump_cannot_read_later_notes(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    team = _team_id(a)
    hers = _keys(b)  # copied out of her database before she is removed
    assert set(hers.epochs) == {1}
    a.ok("team", "remove", "--member", b.role)
    secret = "Efter fjernelsen: ny adresse hos moster."
    note = _note(a, 1, secret)
    a.sync()

    _one_sentence(b.run("sync"), 6, "fjernet fra teamet")
    assert _note_text(b, note) is None
    with _member_conn(pg, b.role) as conn:  # the server's own wall
        assert _refusal(conn, "SELECT * FROM caseapp.pull(%s, 0, 100, %s)", [team, hers.device]) \
            == "caseapp:not_member"

    with pg.admin() as conn:  # a full dump, as the DBA (or a thief of the disk) has it
        rows = conn.execute(
            "SELECT device_id, device_seq, proto, key_epoch, prev, nonce, payload, signature "
            "FROM caseapp.entries WHERE team_id = %s ORDER BY seq", [team]).fetchall()
        sealed_keys = conn.execute(
            "SELECT epoch, recipient, sealer, sealed, signature FROM caseapp.epoch_keys "
            "WHERE team_id = %s", [team]).fetchall()
        her_devices = [r[0] for r in conn.execute(
            "SELECT device_id FROM caseapp.devices WHERE team_id = %s AND role_name = %s", [team, b.role])]
    entries = [crypto.SealedEntry(r[0], r[1], r[2], r[3], bytes(r[4]), bytes(r[5]), bytes(r[6]),
                                  bytes(r[7])) for r in rows]
    later = [e for e in entries if e.key_epoch == 2]
    assert later, "the note after her removal is under the new key"
    for entry in later:
        for key in hers.epochs.values():
            with pytest.raises(TamperedEntry):
                crypto.open_entry(team, entry, key)
    # (The same attempt with A's epoch-2 key finds the note: the right entries were tried.)
    a_key = _keys(a).epochs[2]
    assert any(secret.encode() in crypto.open_entry(team, e, a_key) for e in later)

    assert her_devices == [hers.device]
    assert [k for k in sealed_keys if k[0] == 2 and k[1] in her_devices] == []
    a_sign = {d.device: d.sign_pub for d in _ledger(a).values()}
    for epoch, recipient, sealer, sealed, signature in sealed_keys:
        if epoch != 2:
            continue
        with pytest.raises(TamperedEntry):  # nor can her box key open anyone else's copy
            crypto.open_epoch_key(hers.device_keys, team, 2, recipient, bytes(sealed),
                                  bytes(signature), a_sign[sealer.hex])


def _ledger(machine: Laptop) -> dict[str, ledger.KnownDevice]:
    with machine.service() as service:
        return ledger.devices(service._db)


# -- 3. a member forges a colleague's note --------------------------------------------------------


def _forge_as_a(pg, a: Laptop, b: Laptop, note: str, text: str) -> tuple[crypto.SealedEntry, str]:
    """B takes A's note entry (B can read it), gives it new text and a new uuid, and seals it
    with B's own signing key under A's device id, next in A's chain as B knows it."""
    k, team, a_device = _keys(b), _team_id(b), _device_id(a)
    known = _ledger(b)[a_device.hex]
    conn = server_sql.connect(pg.url(b.role))
    try:
        pulled = server_sql.device_entries(conn, team, a_device, 0, 10_000)
    finally:
        conn.close()
    for item in pulled:
        data = json.loads(crypto.open_entry(team, item.entry, k.epochs[item.entry.key_epoch]))
        if data["uuid"] == note and data["kind"] == "notes":
            break
    else:
        raise AssertionError("A's note is not on the server")
    forged_uuid = uuid.uuid4().hex
    data["fields"]["text"] = text
    plain = _plain("notes", "insert", forged_uuid, data["fields"], by=data["by"])
    epoch = max(k.epochs)
    sealer = crypto.EntrySealer(team, a_device, k.device_keys, epoch, k.epochs[epoch])
    assert known.last_hash is not None
    return sealer.seal(known.max_seq + 1, known.last_hash, plain), forged_uuid


def test_a_note_forged_in_a_colleagues_name_is_refused_and_held(laptop, pg) -> None:
    a, b, c = _team(laptop, demo=1, others=("b", "c"))
    note = _note(a, 1, "Borgeren ønsker ikke at flytte.")
    a.sync()
    b.sync()
    c.sync()
    forged, forged_uuid = _forge_as_a(pg, a, b, note, "Borgeren ønsker at flytte straks.")

    # B may not push in A's name (the server knows whose device it is) ...
    with pytest.raises(psycopg.errors.RaiseException, match="caseapp:not_your_device"):
        _push_as(pg, b, _device_id(a), [forged])
    # ... so the operator slips it in for B.
    _insert_as_dba(pg, _team_id(a), forged)

    result = c.run("sync")
    _one_sentence(result, 7, "1 ændring fra", "holdes tilbage",
                  "underskriften passer ikke til afsenderen")
    assert "ønsker at flytte straks" not in result.err
    assert _note_text(c, forged_uuid) is None
    assert _scalar(c, "SELECT count(*) FROM notes WHERE text = ?",
                   ["Borgeren ønsker at flytte straks."]) == 0
    assert [h["reason"] for h in _held(c)] == ["signature"]
    assert _note_text(c, note) == "Borgeren ønsker ikke at flytte."
    # A's own data is untouched.
    assert _note_text(a, forged_uuid) is None
    assert _note_text(a, note) == "Borgeren ønsker ikke at flytte."


def test_after_a_forgery_in_her_name_a_keeps_working_and_nothing_of_hers_is_lost(laptop, pg) -> None:
    a, b, c = _team(laptop, demo=1, others=("b", "c"))
    note = _note(a, 1, "Borgeren ønsker ikke at flytte.")
    a.sync()
    b.sync()
    forged, forged_uuid = _forge_as_a(pg, a, b, note, "Forfalsket.")
    _insert_as_dba(pg, _team_id(a), forged)

    real = _note(a, 1, "Ægte note skrevet efter forfalskningen.")
    a.run("sync")  # A may well be told about the forgery; it must not lose its own note
    c.run("sync")
    c.ok("team", "held", "--discard", "alle")
    c.run("sync")
    assert _note_text(c, forged_uuid) is None
    assert _note_text(c, real) == "Ægte note skrevet efter forfalskningen."


# -- 4. a field name with a quote, sealed validly by a member ------------------------------------


INJECTED = 'phone" = (SELECT 1); DROP TABLE notes; --'
# On the old code this name made the receiving laptop run the SELECT and keep every citizen's CPR
# number in a conflict row; a name with a lone quote stopped every later sync (see the report).
STOLEN = 'phone" FROM citizens WHERE 0 UNION ALL SELECT group_concat(cpr) FROM citizens WHERE ? --'
MARKERS = ("DROP TABLE", "VALUES (1); --", "UNION ALL", 'x"y', "SET name = 1")


def _crafted_batch(b: Laptop) -> tuple[list[bytes], dict]:
    first, second = _first_citizen_uuid(b), _first_citizen_uuid(b, 1)
    with b.service() as service:
        spec = TABLES["citizens"]
        whole = json.loads(service._db.execute(
            f"SELECT {row_json(service._db, spec, 'r')} FROM citizens r ORDER BY id LIMIT 1").fetchone()[0])
    new_citizen = uuid.uuid4().hex
    whole |= {"name": "Ny borger fra angrebet", INJECTED: "x", 'name") VALUES (1); --': "y"}
    plains = [
        _plain("citizens", "update", first, {STOLEN: "x"}, hlc=5),  # older: would be a conflict
        _plain("citizens", "update", first, {'x"y': "1"}),
        _plain("citizens", "update", first, {INJECTED: "x", "phone": "55555555"}),
        _plain("citizens", "insert", new_citizen, whole),
        _plain('citizens" SET name = 1; --', "update", first, {"phone": "66666666"}),
        _plain("citizens", "update", second, {"where_now": "Resten af batchen kom igennem."}),
    ]
    return plains, {"first": first, "second": second, "new": new_citizen}


@pytest.mark.parametrize("pull_batch", [None, "2"], ids=["one-batch", "opened-ahead"])
def test_a_field_name_with_a_quote_never_reaches_sql_and_the_batch_goes_through(
    laptop, pg, monkeypatch, pull_batch
) -> None:
    a, b, c = _team(laptop, demo=2, others=("b", "c"))
    plains, ids = _crafted_batch(b)
    entries = _seal_own(b, plains)
    assert _push_as(pg, b, _device_id(b), entries) == len(entries)  # valid: the server takes it
    if pull_batch:  # all but the first batch are opened on the thread that reads them
        monkeypatch.setenv("CASEAPP_SYNC_BATCH", pull_batch)

    statements: list[str] = []
    with a.service() as service:
        service._db.conn.set_trace_callback(statements.append)
        report = service.team.sync_now()
        service._db.conn.set_trace_callback(None)
    assert report.rejected == 0 and report.pulled == len(entries)
    assert statements and not [s for s in statements if any(m in s for m in MARKERS)]
    assert b.sync() is not None and _held(b) == []  # the sender's own sync goes on (exit 0)
    for machine in (a, c):
        if machine is c:
            assert c.sync() is not None  # exit 0: no one's sync halts
        assert _citizen(machine, "phone", ids["first"]) == "55555555"
        assert _citizen(machine, "where_now", ids["second"]) == "Resten af batchen kom igennem."
        assert _citizen(machine, "name", ids["new"]) == "Ny borger fra angrebet"
        assert _scalar(machine, "SELECT count(*) FROM notes") > 0  # the table is still there
        assert _held(machine) == []
        with machine.service() as service:
            assert service.team.sync_conflicts() == []
    # Later work still travels.
    _edit_citizen(a, ids["second"], next_step="Efter angrebet.")
    a.sync()
    c.sync()
    assert _citizen(c, "next_step", ids["second"]) == "Efter angrebet."


# -- 5. timestamps far in the future ------------------------------------------------------------


def _now_ms() -> int:
    return int(dt.datetime.now(dt.UTC).timestamp() * 1000)


def _future_setup(laptop, pg, hlc: int):
    """A and B edit the same phone (a conflict on A); B then sends, validly sealed, one good
    change and one whose timestamp is `hlc`."""
    a, b = _team(laptop, demo=2)
    x, y = _first_citizen_uuid(a), _first_citizen_uuid(a, 1)
    _edit_citizen(a, x, phone="11111111")
    _edit_citizen(b, x, phone="22222222")  # later: B's value wins, A keeps a conflict
    b.sync()
    plains = [
        _plain("citizens", "update", y, {"where_now": "Kom igennem."}),
        _plain("citizens", "update", y, {"own_words": "Fra fremtiden."}, hlc=hlc),
    ]
    entries = _seal_own(b, plains)
    _push_as(pg, b, _device_id(b), entries)
    return a, b, x, y


@pytest.mark.parametrize("label", ["2**62", "2**62-1", "10 minutter"])
def test_a_timestamp_far_in_the_future_is_held_and_the_rest_applies(laptop, pg, label) -> None:
    hlc = {"2**62": 2**62, "2**62-1": 2**62 - 1, "10 minutter": _now_ms() + 10 * 60 * 1000}[label]
    a, b, x, y = _future_setup(laptop, pg, hlc)
    result = a.run("sync")
    reason = "shape" if hlc >= 2**62 else "future"  # 2**62 is past the timestamp's range itself
    sentence = {"future": "tidsstemplet ligger mere end 5 minutter ude i fremtiden",
                "shape": "indholdet har en ugyldig form"}[reason]
    _one_sentence(result, 7, "1 ændring fra", "holdes tilbage", sentence)
    assert [h["reason"] for h in _held(a)] == [reason]
    assert _citizen(a, "where_now", y) == "Kom igennem."
    assert _citizen(a, "own_words", y) != "Fra fremtiden."
    assert _citizen(a, "phone", x) == "22222222"
    with a.service() as service:
        conflicts = service.team.sync_conflicts()
        assert int(service._db.execute("SELECT hlc FROM sync_state").fetchone()[0]) < _now_ms() + 60_000
    assert [(c.field, c.kept_value, c.other_value) for c in conflicts] == [("phone", "22222222", "11111111")]
    # A's clock did not jump: its next edit still travels and wins over nothing in the future.
    _edit_citizen(a, y, next_step="Næste skridt.")
    _one_sentence(a.run("sync"), 7, "holdes tilbage")
    b.sync()
    assert _citizen(b, "next_step", y) == "Næste skridt."


def test_sync_json_still_lists_the_conflicts_when_something_is_held(laptop, pg) -> None:
    a, _b, _x, _y = _future_setup(laptop, pg, _now_ms() + 10 * 60 * 1000)
    result = a.run("sync", "--json")
    assert result.code == 7 and "holdes tilbage" in result.err
    assert result.out.strip(), "no JSON on stdout"
    report = json.loads(result.out)
    assert [c["field"] for c in report["conflicts"]] == ["phone"]


# -- 6. the server deletes, rolls back and replays ------------------------------------------------


def test_a_row_the_server_deleted_is_named_missing_and_sent_again_by_its_author(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    team, a_device = _team_id(a), _device_id(a)
    notes, ranges = [], []
    for text in ("Første.", "Anden.", "Tredje."):
        before = _device_seq(a)
        notes.append(_note(a, 1, text))
        a.sync()
        ranges.append((before + 1, _device_seq(a)))
    first, last = ranges[1]
    with pg.admin() as conn:
        gone = conn.execute("DELETE FROM caseapp.entries WHERE team_id = %s AND device_id = %s "
                            "AND device_seq BETWEEN %s AND %s", [team, a_device, first, last]).rowcount
    assert gone >= 1

    _one_sentence(b.run("sync"), 7, f"Serveren mangler {gone} ændring", "resten er synkroniseret")
    assert _note_text(b, notes[0]) == "Første." and _note_text(b, notes[2]) == "Tredje."
    assert _note_text(b, notes[1]) is None

    a.sync()  # A's log is the truth: it sends the lost row again
    assert [r[2] for r in _server_entries(pg, team, a_device) if first <= r[2] <= last] == \
        list(range(first, last + 1))
    b.sync()
    assert _note_text(b, notes[1]) == "Anden."


def test_a_rollback_of_the_last_two_entries_is_named_and_healed(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    team, a_device = _team_id(a), _device_id(a)
    x = _first_citizen_uuid(a)
    _edit_citizen(a, x, phone="12121212")
    a.sync()
    _edit_citizen(a, x, where_now="Flyttet til bostedet.")
    a.sync()
    b.sync()
    top = _device_seq(a)
    with pg.admin() as conn:  # the server is restored from yesterday's backup
        conn.execute("DELETE FROM caseapp.entries WHERE team_id = %s AND device_id = %s "
                     "AND device_seq > %s", [team, a_device, top - 2])

    _one_sentence(b.run("sync"), 7, "Serveren mangler 2 ændringer fra", "resten er synkroniseret")
    assert _citizen(b, "phone", x) == "12121212"  # what B had stays
    assert _citizen(b, "where_now", x) == "Flyttet til bostedet."

    a.sync()  # A sends them again
    assert max(r[2] for r in _server_entries(pg, team, a_device)) == top
    # B already had them and knew the server had lost them: they go in without a word.
    assert b.run("sync").code == 0
    b.sync()
    assert _citizen(b, "where_now", x) == "Flyttet til bostedet."


def test_an_old_entry_replayed_under_a_new_number_is_named_and_ignored(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    team, a_device = _team_id(a), _device_id(a)
    x = _first_citizen_uuid(a)
    _edit_citizen(a, x, phone="31313131")
    a.sync()
    b.sync()
    _edit_citizen(a, x, phone="42424242")
    a.sync()
    b.sync()
    notes_before = _scalar(b, "SELECT count(*) FROM notes")
    with pg.admin() as conn:  # the phone edit to 31313131, again, as if new
        old = conn.execute(
            "DELETE FROM caseapp.entries WHERE team_id = %s AND device_id = %s AND device_seq = %s "
            "RETURNING device_id, device_seq, proto, key_epoch, prev, nonce, payload, signature",
            [team, a_device, _device_seq(a) - 1]).fetchone()
    _insert_as_dba(pg, team, crypto.SealedEntry(old[0], old[1], old[2], old[3], bytes(old[4]),
                                                bytes(old[5]), bytes(old[6]), bytes(old[7])))

    _one_sentence(b.run("sync"), 7, "Serveren sendte 1 ændring igen", "ignoreret")
    assert _citizen(b, "phone", x) == "42424242"
    assert _scalar(b, "SELECT count(*) FROM notes") == notes_before
    assert b.sync() is not None  # said once


# -- 7. a bit flipped in a payload ----------------------------------------------------------------


def test_a_flipped_bit_is_held_never_applied_and_discarding_it_lets_the_rest_through(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    team, a_device = _team_id(a), _device_id(a)
    before = _device_seq(a)
    hit = _note(a, 1, "Denne note bliver ændret undervejs.")
    a.sync()
    hit_range = (before + 1, _device_seq(a))
    after = _note(a, 1, "Denne kommer bagefter.")
    a.sync()
    with pg.admin() as conn:
        conn.execute("UPDATE caseapp.entries SET payload = set_byte(payload, 40, get_byte(payload, 40) # 4) "
                     "WHERE team_id = %s AND device_id = %s AND device_seq = %s",
                     [team, a_device, hit_range[0]])

    result = b.run("sync")
    _one_sentence(result, 7, "fra", "holdes tilbage", "underskriften passer ikke til afsenderen")
    assert "ændret undervejs" not in result.err
    held = _held(b)
    assert held[0]["reason"] == "signature"
    assert {h["reason"] for h in held[1:]} <= {"waiting"}
    assert _note_text(b, hit) is None and _note_text(b, after) is None  # waits behind it

    flipped = held[0]["entry"]
    b.ok("team", "held", "--discard", str(flipped))
    b.sync()
    assert _held(b) == []
    assert _note_text(b, hit) is None  # never applied
    assert _note_text(b, after) == "Denne kommer bagefter."


# -- 8. a key-rotation race ---------------------------------------------------------------------


def test_an_entry_under_a_key_not_yet_fetched_is_held_then_goes_in(laptop, pg) -> None:
    a, b, c = _team(laptop, demo=1, others=("b", "c"))
    team, b_device = _team_id(a), _device_id(b)
    a.sync()  # A has pinned the devices it vouched for (see the test below for why this matters)
    a.ok("team", "remove", "--member", c.role)  # a new key, epoch 2
    note = _note(a, 1, "Skrevet under den nye nøgle.")
    a.sync()
    with pg.admin() as conn:  # B's copy of the new key reaches the server only after B's fetch
        stash = conn.execute("DELETE FROM caseapp.epoch_keys WHERE team_id = %s AND epoch = 2 "
                             "AND recipient = %s RETURNING *", [team, b_device]).fetchone()
    assert stash is not None

    _one_sentence(b.run("sync"), 7, "holdes tilbage", "teamnøglen til den er ikke kommet endnu")
    assert _note_text(b, note) is None
    assert {h["reason"] for h in _held(b)} <= {"key", "waiting"}

    with pg.admin() as conn:
        conn.execute("INSERT INTO caseapp.epoch_keys VALUES (%s, %s, %s, %s, %s, %s)", list(stash))
    b.sync()
    assert _held(b) == []
    assert _note_text(b, note) == "Skrevet under den nye nøgle."


def test_a_member_vouched_for_just_before_a_removal_still_gets_the_new_key(laptop, pg) -> None:
    a, b, c = _team(laptop, demo=1, others=("b", "c"))  # A's last sync vouched for B and C
    a.ok("team", "remove", "--member", c.role)
    note = _note(a, 1, "Skrevet under den nye nøgle.")
    a.sync()
    b.run("sync")
    a.sync()
    b.run("sync")
    x = _first_citizen_uuid(b)
    _edit_citizen(b, x, phone="98989898")
    b.run("sync")
    epochs = {r[3] for r in _server_entries(pg, _team_id(b), _device_id(b))}
    assert _note_text(b, note) == "Skrevet under den nye nøgle."
    assert _held(b) == []
    assert epochs == {2}, "B's entries after the removal must not be under the old key"


# -- 9. a restore from an older backup --------------------------------------------------------------


def test_restoring_an_old_backup_takes_back_the_later_changes_and_goes_on(laptop, pg, tmp_path) -> None:
    a, b = _team(laptop, demo=2)
    x = _first_citizen_uuid(b)
    backup = tmp_path / "b-backup"
    backup.mkdir()
    sidecars = [s for s in ("", "-wal", "-shm") if os.path.exists(f"{b.path}{s}")]
    for suffix in sidecars:  # the database is closed: the CLI opened and closed it
        shutil.copy2(f"{b.path}{suffix}", backup / f"db{suffix}")

    _edit_citizen(b, x, phone="70707070", where_now="Efter backuppen.")
    note = _note(b, 1, "Skrevet efter backuppen.")
    b.sync()
    a.sync()
    assert _citizen(a, "phone", x) == "70707070"

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{b.path}{suffix}"):
            os.remove(f"{b.path}{suffix}")
    for suffix in sidecars:
        shutil.copy2(backup / f"db{suffix}", f"{b.path}{suffix}")
    assert _citizen(b, "phone", x) != "70707070"  # really the old state

    b.sync()  # exit 0: its own later changes come back from the server
    assert _citizen(b, "phone", x) == "70707070"
    assert _citizen(b, "where_now", x) == "Efter backuppen."
    assert _note_text(b, note) == "Skrevet efter backuppen."
    assert _held(b) == []

    _edit_citizen(b, x, next_step="Ny redigering efter gendannelsen.")
    b.sync()
    a.sync()
    assert _citizen(a, "next_step", x) == "Ny redigering efter gendannelsen."


# -- 10. invites used twice or too late -------------------------------------------------------------


def test_an_invite_admits_one_device_and_an_expired_one_none(laptop, pg) -> None:
    a = laptop("a", demo=1)
    code = a.ok("team", "create", "--server", a.url, "--team", "T", "--json").json()["invite"]
    b, second = laptop("b"), laptop("b2")
    b.ok("team", "join", "--server", b.url, "--invite", code)
    _one_sentence(second.run("team", "join", "--server", second.url, "--invite", code), 2,
                  "allerede brugt")
    assert second.state("team_id") is None

    late_code = a.invite()
    with pg.admin() as conn:
        changed = conn.execute(
            "UPDATE caseapp.invites SET expires_at = now() - interval '1 minute' "
            "WHERE team_id = %s AND token_hash = %s",
            [_team_id(a), crypto.decode_invite(late_code).token_hash]).rowcount
    assert changed == 1
    late = laptop("late")
    _one_sentence(late.run("team", "join", "--server", late.url, "--invite", late_code), 2, "udløbet")
    assert late.state("team_id") is None
    with pg.admin() as conn:
        roles = {r[0] for r in conn.execute(
            "SELECT role_name FROM caseapp.members WHERE team_id = %s", [_team_id(a)])}
    assert roles == {a.role, b.role}


# -- 11. the invite from standard input ---------------------------------------------------------------


def test_join_reads_the_invite_from_standard_input(laptop) -> None:
    a = laptop("a", demo=1)
    code = a.ok("team", "create", "--server", a.url, "--team", "T", "--json").json()["invite"]
    a.ok("team", "share", "--all")
    a.sync()
    b = laptop("b")
    env = os.environ | {"CASEAPP_PASSPHRASE": PASSPHRASE, "PGPASSWORD": MEMBER_PASSWORD,
                        "PGPASSFILE": os.devnull}
    done = subprocess.run(
        [sys.executable, "-m", "caseapp.cli", "team", "join", "--server", b.url, "--invite", "-",
         "--db", str(b.path)],
        input=code + "\n", env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert code not in done.stdout + done.stderr
    a.sync()
    b.sync()
    assert b.names() == a.names()


# -- an entry that arrives before the row it belongs to ---------------------------------------


def test_a_note_that_arrives_before_its_citizen_waits_and_goes_in_later(laptop, pg) -> None:
    a, b = _team(laptop, demo=1)
    with b.service() as service:
        db = service._db
        citizen = json.loads(db.execute(
            f"SELECT {row_json(db, TABLES['citizens'], 'r')} FROM citizens r LIMIT 1").fetchone()[0])
        note = json.loads(db.execute(
            f"SELECT {row_json(db, TABLES['notes'], 'r')} FROM notes r "
            "WHERE state = 'signed' LIMIT 1").fetchone()[0])
    newcomer = uuid.uuid4().hex
    note_uuid = uuid.uuid4().hex
    note |= {"citizen_id": newcomer, "text": "Skrevet om en borger, der ikke er kommet endnu.",
             "appointment_id": None, "corrects_id": None, "goal_ids": []}
    citizen |= {"name": "Borger der kom bagefter", "cpr": ""}
    other = _first_citizen_uuid(b)
    entries = _seal_own(b, [
        _plain("notes", "insert", note_uuid, note),
        _plain("citizens", "update", other, {"where_now": "Opdateret imens."}),
        _plain("citizens", "insert", newcomer, citizen),
    ])
    assert _push_as(pg, b, _device_id(b), entries) == 3

    first = a.run("sync")
    _one_sentence(first, 7, "holdes tilbage", "hører til en post, der ikke er kommet endnu")
    assert "mangler" not in first.err  # it is here, only waiting: not missing on the server
    assert _citizen(a, "where_now", other) == "Opdateret imens."  # the rest went in
    assert _citizen(a, "name", newcomer) == "Borger der kom bagefter"
    a.ok("sync")  # tried again: its citizen is here now
    assert _note_text(a, note_uuid) == "Skrevet om en borger, der ikke er kommet endnu."
    assert _held(a) == []
