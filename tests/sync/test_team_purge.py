"""A shared citizen purged on one laptop, on a real PostgreSQL: the colleagues' laptops lose the
citizen at their next sync, the server keeps no entry about it (read by the DBA with the team's
key, as an attacker holding it would), an edit made offline elsewhere that arrives late is
dropped and said, the gaps the purge leaves are accepted and any other still named, and no one
outside the team can delete anything."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from pathlib import Path

import psycopg
import pypdf
import pytest

from caseapp.storage import purge
from caseapp.sync import crypto, local_store, send, server_sql
from caseapp.sync.server_link import connect
from tests.pg_fixtures import MEMBER_PASSWORD
from tests.sqlcipher_pages import found_in
from tests.sync.helpers import PASSPHRASE, Laptop, founded_team

PURGED_NAME_NOTE = "Borgeren fortalte om sin bror i Vejle."


def _team(laptop, others: tuple[str, ...] = ("b", "c")) -> list[Laptop]:
    return founded_team(laptop, "Bosted Solsikken", 2, others)


def _scalar(machine: Laptop, query: str, params: list | None = None) -> object:
    with machine.service() as service:
        row = service._db.execute(query, params or []).fetchone()
    return row[0] if row else None


def _team_id(machine: Laptop) -> uuid.UUID:
    return uuid.UUID(hex=str(machine.state("team_id")))


def _citizen_uuids(machine: Laptop, citizen_id: int) -> set[str]:
    with machine.service() as service:
        return set(purge.uuids_of(service._db, citizen_id))


def _server_payloads(pg, machine: Laptop) -> list[str]:
    """Every entry the server holds for the team, opened with the team's keys (the DBA who got
    hold of a member's key would read exactly this)."""
    team = _team_id(machine)
    with machine.service() as service:
        keys = local_store.keys(service._db)
    with pg.admin() as conn:
        rows = conn.execute("SELECT device_id, device_seq, proto, key_epoch, prev, nonce, payload, signature "
                            "FROM caseapp.entries WHERE team_id = %s", [team]).fetchall()
    out = []
    for r in rows:
        entry = crypto.SealedEntry(r[0], r[1], r[2], r[3], bytes(r[4]), bytes(r[5]), bytes(r[6]), bytes(r[7]))
        out.append(crypto.open_entry(team, entry, keys[entry.key_epoch]).decode().strip())
    return out


def _about(payloads: list[str], uuids: set[str], *texts: str) -> list[str]:
    """The entries about the citizen: naming one of its rows or holding its text. The purge
    entry itself lists the rows' ids (opaque, random) and nothing else: it is not about them."""
    return [p for p in payloads if any(t in p for t in texts)
            or (any(u in p for u in uuids) and json.loads(p)["kind"] != "purge")]


def _found_on(machine: Laptop, needles: list[bytes]) -> set[bytes]:
    """Which needles a reader of the decrypted pages of the laptop's file and WAL finds (the
    key as SQLCipher 4 derives it from the passphrase and the file's salt)."""
    salt = machine.path.read_bytes()[:16]
    key = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32).hex()
    return found_in(machine.path, key, needles)


def _purge_on(machine: Laptop, citizen_id: int) -> None:
    cid = str(citizen_id)
    machine.ok("note", "filed", "--citizen", cid, "--all")
    machine.ok("close", "--citizen", cid, "--reason", "Fraflyttet", "--on", "2026-11-01")
    machine.ok("purge", "--citizen", cid)


def _sync(machine: Laptop) -> str:
    """Sync, and what it said on stderr (nothing held or missing: exit 0)."""
    result = machine.run("sync")
    assert result.code == 0, result.err
    return result.err


def test_a_purge_reaches_every_laptop_and_leaves_no_entry_about_the_citizen_on_the_server(laptop, pg) -> None:
    a, b, c = _team(laptop)
    name = a.names()[0]
    on_a = a.citizen_id(name)
    a.ok("note", "add", "--citizen", str(on_a), "--text", PURGED_NAME_NOTE, "--sign")
    a.sync()
    b.sync()
    uuids = _citizen_uuids(a, on_a)
    assert _about(_server_payloads(pg, a), uuids, name, PURGED_NAME_NOTE)  # there before
    cpr = str(_scalar(b, "SELECT cpr FROM citizens WHERE name = ?", [name]))
    needles = [name.encode(), cpr.encode(), PURGED_NAME_NOTE.encode()]
    assert _found_on(b, needles) == set(needles)  # the page scan sees them on B's replica
    before_migration = b.path.with_name(f"{b.path.name}.v28.bak")  # as a schema migration leaves it
    before_migration.write_bytes(b.path.read_bytes())

    _purge_on(a, on_a)
    assert _sync(a) == ""

    assert _about(_server_payloads(pg, a), uuids, name, PURGED_NAME_NOTE) == []
    for colleague in (b, c):
        told = _sync(colleague)
        assert name not in colleague.names()
        assert "1 borger er slettet i teamet og nu også her" in told
        receipts = colleague.ok("purge", "--register", "--json").json()
        assert len(receipts) == 1 and name not in json.dumps(receipts, ensure_ascii=False)
        assert _scalar(colleague, "SELECT count(*) FROM notes WHERE text = ?", [PURGED_NAME_NOTE]) == 0
        assert _found_on(colleague, needles) == set()  # no decrypted page of the file or its WAL
    assert a.names() == b.names() == c.names()
    assert not before_migration.exists()
    # What stays in the team goes on as before.
    other = a.names()[0]
    a.ok("note", "add", "--citizen", str(a.citizen_id(other)), "--text", "Efter sletningen.", "--sign")
    a.sync()
    b.sync()
    texts = [n["text"] for n in b.ok("notes", "--citizen", str(b.citizen_id(other)), "--json").json()]
    assert "Efter sletningen." in texts


def test_an_offline_edit_that_arrives_after_the_purge_is_dropped_said_and_never_brings_the_citizen_back(
    laptop, pg
) -> None:
    a, b, c = _team(laptop)
    name = a.names()[0]
    on_a, on_b = a.citizen_id(name), b.citizen_id(name)
    uuids = _citizen_uuids(a, on_a)
    _purge_on(a, on_a)  # A purges; B has not heard of it and writes about the citizen offline
    b.ok("note", "add", "--citizen", str(on_b), "--text", "Skrevet offline om borgeren.", "--sign")
    a.sync()
    _push_without_pulling(b)  # B's sync sent its note just after A's purge reached the server

    told = _sync(c)
    assert name not in c.names()
    assert "1 ændring fra teamet om en slettet borger blev ikke taget med" in told

    told = _sync(b)
    assert name not in b.names()
    assert "1 ændring herfra om en slettet borger blev ikke sendt" in told
    for machine in (a, c):
        _sync(machine)
        assert name not in machine.names()
        assert _scalar(machine, "SELECT count(*) FROM notes WHERE text = 'Skrevet offline om borgeren.'") == 0
    assert _about(_server_payloads(pg, a), uuids, name, "Skrevet offline om borgeren.") == []


def _push_without_pulling(machine: Laptop) -> None:
    """The push half of a sync whose pull finished a moment before a colleague's purge arrived."""
    with machine.service() as service:
        db = service._db
        state = local_store.state(db)
        team = uuid.UUID(state.team_id)
        send.seal_outbox(db, team, "Birgit", 100)
        conn = connect(state.server)
        try:
            head = server_sql.heads(conn, team).get(uuid.UUID(state.device_id))
            send.push_log(db, conn, team, head, 100, None, lambda n: None, "2026-12-01T00:00:00+00:00")
        finally:
            conn.close()


def test_a_new_member_accepts_the_gaps_of_the_purge_and_still_names_an_entry_the_server_lost(
    laptop, pg
) -> None:
    a, b = _team(laptop, others=("b",))
    name, other = a.names()
    _purge_on(a, a.citizen_id(name))
    a.sync()
    team, a_device = _team_id(a), uuid.UUID(hex=str(a.state("device_id")))
    for text in ("Første.", "Anden.", "Tredje."):
        a.ok("note", "add", "--citizen", str(a.citizen_id(other)), "--text", text, "--sign")
        a.sync()
    d = laptop("d")  # joins after the purge: the purged entries are gaps in A's chain for it
    d.ok("team", "join", "--server", d.url, "--invite", a.invite())
    a.sync()
    with pg.admin() as conn:  # the operator deletes one unrelated entry by hand
        gone = conn.execute(
            "DELETE FROM caseapp.entries WHERE team_id = %s AND device_id = %s AND device_seq = "
            "(SELECT max(device_seq) - 1 FROM caseapp.entries WHERE team_id = %s AND device_id = %s)",
            [team, a_device, team, a_device]).rowcount
    assert gone == 1

    result = d.run("sync")
    assert result.code == 7, result.err
    assert "Serveren mangler 1 ændring fra" in result.err and "resten er synkroniseret" in result.err
    assert d.names() == [other]
    # B had read everything before: nothing is missing for it but the one the operator took.
    result = b.run("sync")
    assert result.code == 7 and "Serveren mangler 1 ændring fra" in result.err


def test_without_the_purge_entry_the_same_gaps_are_named(laptop, pg) -> None:
    """The server deletes a citizen's entries by itself (no signed purge): a new member is told."""
    a, _b = _team(laptop, others=("b",))
    name = a.names()[0]
    d = laptop("d")
    d.ok("team", "join", "--server", d.url, "--invite", a.invite())
    a.sync()
    team, a_device = _team_id(a), uuid.UUID(hex=str(a.state("device_id")))
    uuids = _citizen_uuids(a, a.citizen_id(name))
    with a.service() as service:
        keys = local_store.keys(service._db)
    with pg.admin() as conn:
        rows = conn.execute("SELECT device_id, device_seq, proto, key_epoch, prev, nonce, payload, signature "
                            "FROM caseapp.entries WHERE team_id = %s AND device_id = %s", [team, a_device]).fetchall()
        doomed = []
        for r in rows:
            entry = crypto.SealedEntry(r[0], r[1], r[2], r[3], bytes(r[4]), bytes(r[5]), bytes(r[6]), bytes(r[7]))
            plain = crypto.open_entry(team, entry, keys[entry.key_epoch]).decode()
            if any(u in plain for u in uuids) and entry.device_seq < max(x[1] for x in rows):
                doomed.append(entry.device_seq)
        conn.execute("DELETE FROM caseapp.entries WHERE team_id = %s AND device_id = %s AND "
                     "device_seq = ANY(%s)", [team, a_device, doomed])
    result = d.run("sync")
    assert result.code == 7 and f"serveren mangler {len(doomed)} ændringer fra" in result.err


def test_a_purge_is_refused_while_notes_are_not_filed_and_nothing_reaches_the_team(laptop, pg) -> None:
    a, b = _team(laptop, others=("b",))
    name = a.names()[0]
    cid = str(a.citizen_id(name))
    a.ok("note", "add", "--citizen", cid, "--text", "Ikke ført endnu.", "--sign")
    a.ok("close", "--citizen", cid, "--reason", "Fraflyttet", "--on", "2026-11-01")
    refused = a.run("purge", "--citizen", cid)
    assert refused.code == 2
    lines = refused.err.strip().splitlines()
    assert len(lines) == 1 and "ikke er markeret som ført i fagsystemet" in lines[0] and "Intet er slettet" in lines[0]
    a.sync()
    b.sync()
    assert name in a.names() and name in b.names()
    assert _scalar(a, "SELECT count(*) FROM sync_purges") == 0


def test_only_the_team_may_delete_its_entries_on_the_server(laptop, pg) -> None:
    a, b = _team(laptop, others=("b",))
    _purge_on(a, a.citizen_id(a.names()[0]))
    a.sync()
    team, a_device = _team_id(a), uuid.UUID(hex=str(a.state("device_id")))
    with pg.admin() as conn:
        before = conn.execute("SELECT count(*) FROM caseapp.entries WHERE team_id = %s", [team]).fetchone()[0]
        purge_seq, some = conn.execute(
            "SELECT max(device_seq), min(device_seq) FROM caseapp.entries WHERE team_id = %s AND device_id = %s",
            [team, a_device]).fetchone()
    mallory = laptop("mallory", demo=1)  # a member of another team
    mallory.ok("team", "create", "--server", mallory.url, "--team", "Y")
    call = ("SELECT caseapp.purge_entries(%s, %s, %s, ARRAY[%s]::uuid[], ARRAY[%s]::bigint[])",
            [team, a_device, purge_seq, a_device, some])
    for role, reason in ((mallory.role, "caseapp:not_member"), (b.role, "caseapp:not_your_device")):
        with psycopg.connect(pg.url(role), password=MEMBER_PASSWORD, autocommit=True) as conn:
            with pytest.raises(psycopg.errors.RaiseException) as caught:
                conn.execute(*call)
            assert str(caught.value).split("\n")[0] == reason
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT count(*) FROM caseapp.purged")
    with pg.admin() as conn:
        assert conn.execute("SELECT count(*) FROM caseapp.entries WHERE team_id = %s", [team]).fetchone()[0] == before


# -- the access log reaches the team ----------------------------------------------------------


def _named(machine: Laptop, name: str) -> None:
    with machine.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name=name))


def _insight_text(machine: Laptop, citizen_id: int, out: Path) -> str:
    machine.ok("export", "insight", "--citizen", str(citizen_id), "--out", str(out))
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages)


def test_a_colleagues_reads_are_in_the_insight_print_out_on_another_laptop(laptop, pg, tmp_path) -> None:
    a, b = _team(laptop, others=("b",))
    _named(a, "Åse Kjærgård")
    _named(b, "Bent Østergaard")
    name = a.names()[0]
    on_a, on_b = a.citizen_id(name), b.citizen_id(name)
    a.ok("notes", "--citizen", str(on_a))  # Åse opens the citizen's diary on her laptop
    a.ok("search", "Kjeld")
    a.sync()
    b.sync()

    text = _insight_text(b, on_b, tmp_path / "indsigt.pdf")
    assert "Åse Kjærgård" in text and "Åbnede borgeren" in text
    assert [r["user"] for r in b.ok("log", "--citizen", str(on_b), "--json").json()].count("Åse Kjærgård") >= 1
    # Received rows are chained into B's log: `check` holds, and nothing echoes back to A.
    assert b.run("check").code == 0

    def users_on_a() -> list[str]:
        return [r["user"] for r in a.ok("log", "--citizen", str(on_a), "--json").json()]

    hers = users_on_a().count("Åse Kjærgård")
    b.sync()
    a.sync()
    assert users_on_a().count("Åse Kjærgård") == hers
    assert "Bent Østergaard" in users_on_a()  # B's print-out, the other way
    assert a.run("check").code == 0


def test_a_server_put_back_from_a_copy_taken_before_the_purge_loses_the_citizen_again(laptop, pg) -> None:
    a, b = _team(laptop, others=("b",))
    name = a.names()[0]
    on_a = a.citizen_id(name)
    uuids = _citizen_uuids(a, on_a)
    team = _team_id(a)
    columns = "team_id, seq, device_id, device_seq, proto, key_epoch, prev, nonce, payload, signature"
    with pg.admin() as conn:  # last night's backup of the server
        backup = conn.execute(f"SELECT {columns} FROM caseapp.entries WHERE team_id = %s", [team]).fetchall()
    _purge_on(a, on_a)
    a.sync()
    b.sync()
    with pg.admin() as conn:  # the server is put back from it
        conn.execute("DELETE FROM caseapp.entries WHERE team_id = %s", [team])
        conn.execute("DELETE FROM caseapp.purged WHERE team_id = %s", [team])
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO caseapp.entries ({columns}) VALUES ({', '.join(['%s'] * 10)})", backup)
        conn.execute("UPDATE caseapp.teams SET last_seq = %s WHERE team_id = %s", [max(r[1] for r in backup), team])
    assert _about(_server_payloads(pg, a), uuids, name)

    a.run("sync")  # A's log still holds its purge entry: sent again, and the citizen deleted again
    assert _about(_server_payloads(pg, a), uuids, name) == []
    b.run("sync")
    assert name not in b.names() and name not in a.names()
