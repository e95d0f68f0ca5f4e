"""What the server holds: no plaintext personal data, and no team sees another's rows."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from tests.pg_fixtures import MEMBER_PASSWORD
from tests.sync.test_team_sync import _team


def _secrets(laptop_) -> list[str]:
    with laptop_.service() as service:
        db = service._db
        names = [r[0] for r in db.execute("SELECT name FROM citizens")]
        cprs = [r[0] for r in db.execute("SELECT cpr FROM citizens WHERE cpr <> ''")]
        notes = [r[0] for r in db.execute("SELECT text FROM notes WHERE state = 'signed' LIMIT 400")]
        goals = [r[0] for r in db.execute("SELECT text FROM goals LIMIT 200")]
    return names + cprs + [c.replace("-", "") for c in cprs] + notes + goals


def _server_files(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_the_server_data_directory_holds_no_names_cpr_or_texts(laptop, pg) -> None:
    a, b = _team(laptop)
    name = a.names()[0]
    b.ok("note", "add", "--citizen", str(b.citizen_id(name)), "--sign", "--text",
         "Borgeren fortalte om sin søster i Aalborg og et nyt job på lageret.")
    b.sync()
    with pg.admin() as conn:
        assert conn.execute("SELECT count(*) FROM caseapp.entries").fetchone()[0] > 500
        conn.execute("CHECKPOINT")
    blob = _server_files(pg.data_dir)
    assert a.role.encode() in blob  # the search does see plain text in these files
    secrets = _secrets(a) + ["Borgeren fortalte om sin søster i Aalborg og et nyt job på lageret."]
    assert len(secrets) > 100
    found = [s for s in secrets if len(s) >= 6 and s.encode() in blob]
    assert found == []


def test_a_member_of_one_team_cannot_read_or_count_another_teams_rows(laptop, pg) -> None:
    x_member, _ = _team(laptop, demo=2)
    y = laptop("y", demo=1)
    y.ok("team", "create", "--server", y.url, "--team", "Hold Y")
    y.ok("team", "share", "--all")
    y.sync()
    team_x = uuid.UUID(hex=x_member.state("team_id"))
    team_y = uuid.UUID(hex=y.state("team_id"))
    with pg.admin() as conn:
        x_rows = conn.execute(
            "SELECT count(*) FROM caseapp.entries WHERE team_id = %s", [team_x]).fetchone()[0]
        y_rows = conn.execute(
            "SELECT count(*) FROM caseapp.entries WHERE team_id = %s", [team_y]).fetchone()[0]
    assert x_rows > 0 and y_rows > 0
    with psycopg.connect(y.url, password=MEMBER_PASSWORD) as conn:
        for table in ("entries", "members", "devices", "epoch_keys", "teams", "invites"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM caseapp.{table}")
            conn.rollback()
        assert conn.execute("SELECT count(*) FROM caseapp.pull(%s, 0, 10000, %s)",
                            [team_y, uuid.uuid4()]).fetchone()[0] == y_rows
        for call in ("SELECT * FROM caseapp.pull(%s, 0, 10, gen_random_uuid())",
                     "SELECT * FROM caseapp.heads(%s)", "SELECT * FROM caseapp.members(%s)"):
            with pytest.raises(psycopg.errors.RaiseException, match="caseapp:not_member"):
                conn.execute(call, [team_x])
            conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no writing into team X
            conn.execute(
                "INSERT INTO caseapp.entries (team_id, seq, device_id, device_seq, proto, "
                "key_epoch, prev, nonce, payload, signature) "
                "VALUES (%s, 99, %s, 1, 2, 1, '', '', '', '')",
                [team_x, uuid.uuid4()],
            )
