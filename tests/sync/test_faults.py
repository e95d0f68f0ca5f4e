"""Bad input and faults: a clear sentence, a non-zero exit, nothing lost."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from tests.pg_fixtures import MEMBER_PASSWORD
from tests.sync.helpers import PASSPHRASE
from tests.sync.test_team_sync import _team

NOTE = "Telefonsamtale om medicin og søvn."


def _pending(machine) -> int:
    with machine.service() as service:
        return service.team.sync_status().pending


def _flip_invite(code: str) -> str:
    i = code.index("-") + 2
    swapped = "B" if code[i] != "B" else "C"
    return code[:i] + swapped + code[i + 1 :]


def test_a_mistyped_invite_is_caught_before_anything_changes(laptop) -> None:
    a = laptop("a", demo=1)
    code = a.ok("team", "create", "--server", a.url, "--team", "T", "--json").json()["invite"]
    b = laptop("b")
    for wrong in (_flip_invite(code), code[:-6], "hej"):
        result = b.run("team", "join", "--server", b.url, "--invite", wrong)
        assert result.code == 2
        assert "Invitationskoden er forkert" in result.err
    assert b.state("team_id") is None
    # Lower case, spaces instead of dashes: still the same code.
    b.join(a, code.lower().replace("-", " "))
    assert b.sync()["pulled"] == 1  # the team's name


def test_an_invite_for_no_team_on_the_server_is_refused(laptop) -> None:
    from caseapp.sync import crypto

    b = laptop("b")
    code = crypto.encode_invite(crypto.new_invite(uuid.uuid4(), crypto.DeviceKeys.new().sign_public))
    result = b.run("team", "join", "--server", b.url, "--invite", code)
    assert result.code == 2 and "passer ikke til et team" in result.err
    assert b.state("team_id") is None


def test_server_down_says_offline_and_local_work_goes_on(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[0]
    pg.stop()
    try:
        a.ok("note", "add", "--citizen", str(a.citizen_id(name)), "--text", NOTE, "--sign")
        result = a.run("sync")
        assert result.code == 5
        assert result.err.startswith("caseapp: Offline:")
        with a.service() as service:
            status = service.team.sync_status()
        assert status.offline and status.pending == 1
    finally:
        pg.start()
    assert a.sync()["pushed"] == 1
    b.sync()
    texts = [n["text"] for n in b.ok("notes", "--citizen", str(b.citizen_id(name)), "--json").json()]
    assert NOTE in texts
    with a.service() as service:
        assert not service.team.sync_status().offline


def test_a_wrong_password_is_named_and_nothing_is_sent(laptop, monkeypatch) -> None:
    a, _ = _team(laptop, demo=1)
    a.ok("note", "add", "--citizen", "1", "--text", NOTE, "--sign")
    monkeypatch.setenv("PGPASSWORD", "forkert")
    result = a.run("sync")
    assert result.code == 6
    assert "afviste login" in result.err
    assert _pending(a) == 1


def test_a_server_with_a_newer_schema_is_refused(laptop, pg) -> None:
    a, _ = _team(laptop, demo=1)
    a.ok("note", "add", "--citizen", "1", "--text", NOTE, "--sign")
    with pg.admin() as conn:
        conn.execute("INSERT INTO caseapp.schema_version (version) VALUES (99)")
    try:
        result = a.run("sync")
    finally:
        with pg.admin() as conn:
            conn.execute("DELETE FROM caseapp.schema_version WHERE version = 99")
    assert result.code == 6
    assert "nyere synkroniseringsskema (version 99)" in result.err
    assert _pending(a) == 1


def test_entries_delivered_twice_are_applied_once_and_the_repeat_is_told(laptop) -> None:
    a, b = _team(laptop, demo=3)
    with b.service() as service:
        before = service.diary.note_count()
        service._db.execute("UPDATE sync_state SET cursor = 0")  # the server sends it all again
    result = b.run("sync")
    assert result.code == 7
    assert "sendte" in result.err and "igen, som allerede var modtaget (ignoreret)" in result.err
    with b.service() as service:
        assert service.diary.note_count() == before
        assert service.team.sync_conflicts() == []
    assert b.names() == a.names()


def _entry_number_of(machine, entity_uuid: str) -> int:
    """Which of the laptop's own entries carries this entity (read with its own key)."""
    from caseapp.sync import crypto, ledger, local_store

    with machine.service() as service:
        state = local_store.state(service._db)
        team, keys = uuid.UUID(state.team_id), local_store.keys(service._db)
        for entry in ledger.sent_after(service._db, uuid.UUID(state.device_id), 0, 100_000):
            plain = crypto.open_entry(team, entry, keys[entry.key_epoch])
            if f'"uuid":"{entity_uuid}"' in plain.decode():
                return entry.device_seq
    raise AssertionError("no such entry")


def test_a_tampered_payload_is_held_reported_and_never_applied(laptop, pg) -> None:
    a = laptop("a", demo=2)
    invite = a.ok("team", "create", "--server", a.url, "--team", "T", "--json").json()["invite"]
    a.ok("team", "share", "--all")
    a.sync()
    with a.service() as service:
        note_id, note_uuid = service._db.execute(
            "SELECT id, uuid FROM notes WHERE state = 'signed' ORDER BY id LIMIT 1").fetchone()
        text = service._db.execute("SELECT text FROM notes WHERE id = ?", [note_id]).fetchone()[0]
        signed = service._db.execute("SELECT count(*) FROM notes WHERE state = 'signed'").fetchone()[0]
    number = _entry_number_of(a, note_uuid)
    with pg.admin() as conn:
        conn.execute(
            "UPDATE caseapp.entries SET payload = set_byte(payload, 20, get_byte(payload, 20) # 1) "
            "WHERE team_id = %s AND device_id = %s AND device_seq = %s",
            [uuid.UUID(hex=a.state("team_id")), uuid.UUID(hex=a.state("device_id")), number])
    b = laptop("b")
    b.join(a, invite)
    result = b.run("sync")
    assert result.code == 7
    assert "holdes tilbage (underskriften passer ikke til afsenderen)" in result.err
    assert text not in result.err
    with b.service() as service:
        assert service._db.execute(
            "SELECT count(*) FROM notes WHERE uuid = ?", [note_uuid]).fetchone()[0] == 0
    held = b.ok("team", "held", "--json").json()
    assert held and {h["reason"] for h in held} == {"signature", "waiting"}
    b.ok("team", "held", "--discard", str(held[0]["entry"]))
    b.sync()  # what waited behind the bad entry goes in now
    with b.service() as service:
        assert service.diary.note_count() == signed - 1
        assert service._db.execute(
            "SELECT count(*) FROM notes WHERE uuid = ?", [note_uuid]).fetchone()[0] == 0
    assert b.names() == a.names()
    assert b.ok("team", "held", "--json").json() == []


def test_a_removed_member_cannot_push_and_the_key_is_rotated(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    a.ok("team", "remove", "--member", b.role)
    b.ok("note", "add", "--citizen", "1", "--text", NOTE, "--sign")
    result = b.run("sync")
    assert result.code == 6 and "fjernet fra teamet" in result.err
    assert _pending(b) == 1  # the note is still on B's machine
    a.ok("note", "add", "--citizen", "1", "--text", "Skrevet efter nøgleskiftet.", "--sign")
    a.sync()
    with pg.admin() as conn:
        epochs = [r[0] for r in conn.execute(
            "SELECT DISTINCT key_epoch FROM caseapp.entries WHERE team_id = %s ORDER BY 1",
            [uuid.UUID(hex=a.state("team_id"))])]
    assert epochs == [1, 2]
    # A new member reads everything, old and new epoch alike.
    newcomer = laptop("c")
    newcomer.join(a)
    newcomer.sync()
    assert newcomer.names() == a.names()
    with a.service() as service:
        name = service.citizens.citizen(1).name
    texts = [n["text"] for n in newcomer.ok(
        "notes", "--citizen", str(newcomer.citizen_id(name)), "--json").json()]
    assert "Skrevet efter nøgleskiftet." in texts


def test_an_invite_admits_one_device_only(laptop) -> None:
    a = laptop("a", demo=1)
    invite = a.ok("team", "create", "--server", a.url, "--team", "T", "--json").json()["invite"]
    b = laptop("b")
    b.ok("team", "join", "--server", b.url, "--invite", invite)
    late = laptop("late")
    result = late.run("team", "join", "--server", late.url, "--invite", invite)
    assert result.code == 2 and "allerede brugt" in result.err
    assert late.state("team_id") is None


def _sync_process(machine, **env: str) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {"CASEAPP_PASSPHRASE": PASSPHRASE, "PGPASSWORD": MEMBER_PASSWORD,
                                "PGPASSFILE": os.devnull} | env
    return subprocess.run(
        [sys.executable, "-m", "caseapp.cli", "sync", "--db", str(machine.path)],
        env=environment, capture_output=True, text=True, timeout=300,
    )


def _server_count(pg, machine) -> int:
    with pg.admin() as conn:
        return conn.execute("SELECT count(*) FROM caseapp.entries WHERE team_id = %s",
                            [uuid.UUID(hex=machine.state("team_id"))]).fetchone()[0]


@pytest.mark.slow
def test_kill_during_push_and_pull_converges_without_loss_or_repeat(laptop, pg) -> None:
    a = laptop("a", demo=3)
    invite = a.ok("team", "create", "--server", a.url, "--team", "T", "--json").json()["invite"]
    a.ok("team", "share", "--all")
    queued = _pending(a)
    assert queued > 200
    killed = _sync_process(a, CASEAPP_SYNC_BATCH="50", CASEAPP_SYNC_FAULT="push:2")
    assert killed.returncode == -9
    sent = 50 + 100  # two local batches: the first of the batch size, the next twice that
    assert _server_count(pg, a) == sent and _pending(a) == queued - sent
    a.ok("sync")
    assert _server_count(pg, a) == queued and _pending(a) == 0

    b = laptop("b")
    b.join(a, invite)
    killed = _sync_process(b, CASEAPP_SYNC_BATCH="40", CASEAPP_SYNC_FAULT="pull:3")
    assert killed.returncode == -9
    assert b.state("cursor") > 0 and b.state("applying") == 0
    b.ok("sync")
    assert b.names() == a.names()
    with a.service() as sa, b.service() as sb:
        signed = sa._db.execute("SELECT count(*) FROM notes WHERE state = 'signed'").fetchone()[0]
        assert sb.diary.note_count() == signed
        for table in ("goals", "appointments", "ratings", "actions"):  # a caseworker's own
            count = f"SELECT count(*) FROM {table} WHERE uuid IS NOT NULL"  # appointments stay
            assert sb._db.execute(count).fetchone()[0] == sa._db.execute(count).fetchone()[0]


def test_a_member_who_leaves_lets_the_colleagues_citizens_go_and_the_creator_rotates_the_key(
    laptop, pg
) -> None:
    a, b = _team(laptop, demo=2)
    names = a.names()
    b.ok("team", "leave")  # every citizen here was A's (test_team_leave.py: one's own stay)
    assert b.state("team_id") is None and b.names() == [] and a.names() == names
    result = b.run("sync")
    assert result.code == 6 and "ikke med i et team" in result.err
    a.ok("note", "add", "--citizen", "1", "--text", "Efter at B gik.", "--sign")
    a.sync()
    with pg.admin() as conn:
        epochs = [r[0] for r in conn.execute(
            "SELECT DISTINCT key_epoch FROM caseapp.entries WHERE team_id = %s ORDER BY 1",
            [uuid.UUID(hex=a.state("team_id"))])]
    assert epochs == [1, 2]
    with pg.admin() as conn:  # the new key went to A's device only
        recipients = conn.execute(
            "SELECT count(*) FROM caseapp.epoch_keys WHERE team_id = %s AND epoch = 2",
            [uuid.UUID(hex=a.state("team_id"))]).fetchone()[0]
    assert recipients == 1
