"""The PostgreSQL side of team sharing (psycopg 3). All server SQL lives here.

The server holds only ids, versions, timestamps and AES-GCM ciphertext: no name, CPR number or
text in any column. Every member connects as its own PostgreSQL role; row-level security keeps
each team's rows visible (and countable) only to its members who have not been removed. Joining,
leaving, removing and rotating keys go through SECURITY DEFINER functions, so no member can
write the membership tables directly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg

SERVER_SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE caseapp_schema (version integer PRIMARY KEY);
CREATE TABLE caseapp_teams (
    team_id uuid PRIMARY KEY,
    join_hash bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE caseapp_members (
    team_id uuid NOT NULL REFERENCES caseapp_teams,
    role_name text NOT NULL,
    is_creator boolean NOT NULL DEFAULT false,
    removed boolean NOT NULL DEFAULT false,
    key_rotated boolean NOT NULL DEFAULT false,
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, role_name)
);
CREATE TABLE caseapp_team_keys (
    team_id uuid NOT NULL REFERENCES caseapp_teams,
    epoch integer NOT NULL,
    nonce bytea NOT NULL,
    wrapped bytea NOT NULL,
    PRIMARY KEY (team_id, epoch)
);
CREATE TABLE caseapp_entries (
    seq bigserial PRIMARY KEY,
    team_id uuid NOT NULL REFERENCES caseapp_teams,
    entity_id uuid NOT NULL,
    hlc bigint NOT NULL,
    author_device uuid NOT NULL,
    key_epoch integer NOT NULL,
    nonce bytea NOT NULL,
    payload bytea NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team_id, entity_id, hlc, author_device)
);
CREATE INDEX caseapp_entries_team_seq ON caseapp_entries (team_id, seq);

CREATE FUNCTION caseapp_my_teams() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT team_id FROM caseapp_members WHERE role_name = session_user AND NOT removed
$$;

CREATE FUNCTION caseapp_member_state(p_team uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT CASE WHEN removed THEN 'removed' ELSE 'member' END
    FROM caseapp_members WHERE team_id = p_team AND role_name = session_user
$$;

CREATE FUNCTION caseapp_create_team(p_team uuid, p_join_hash bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO caseapp_teams (team_id, join_hash) VALUES (p_team, p_join_hash);
    INSERT INTO caseapp_members (team_id, role_name, is_creator) VALUES (p_team, session_user, true);
END $$;

CREATE FUNCTION caseapp_join_team(p_team uuid, p_token bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp_teams WHERE team_id = p_team AND join_hash = sha256(p_token)) THEN
        RAISE EXCEPTION 'caseapp:bad_invite';
    END IF;
    IF EXISTS (SELECT 1 FROM caseapp_members WHERE team_id = p_team AND role_name = session_user AND removed) THEN
        RAISE EXCEPTION 'caseapp:removed';
    END IF;
    INSERT INTO caseapp_members (team_id, role_name) VALUES (p_team, session_user)
    ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION caseapp_leave_team(p_team uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    UPDATE caseapp_members SET removed = true WHERE team_id = p_team AND role_name = session_user
$$;

CREATE FUNCTION caseapp_require_creator(p_team uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp_members WHERE team_id = p_team
                   AND role_name = session_user AND is_creator AND NOT removed) THEN
        RAISE EXCEPTION 'caseapp:not_creator';
    END IF;
END $$;

CREATE FUNCTION caseapp_remove_member(p_team uuid, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM caseapp_require_creator(p_team);
    UPDATE caseapp_members SET removed = true WHERE team_id = p_team AND role_name = p_role
        AND NOT is_creator;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'caseapp:no_member';
    END IF;
END $$;

CREATE FUNCTION caseapp_needs_rotation(p_team uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM caseapp_members WHERE team_id = p_team AND removed AND NOT key_rotated)
$$;

CREATE FUNCTION caseapp_rotate_key(p_team uuid, p_epoch integer, p_nonce bytea, p_wrapped bytea,
                                   p_join_hash bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM caseapp_require_creator(p_team);
    INSERT INTO caseapp_team_keys (team_id, epoch, nonce, wrapped)
        VALUES (p_team, p_epoch, p_nonce, p_wrapped);
    UPDATE caseapp_members SET key_rotated = true WHERE team_id = p_team AND removed;
    IF p_join_hash IS NOT NULL THEN
        UPDATE caseapp_teams SET join_hash = p_join_hash WHERE team_id = p_team;
    END IF;
END $$;

ALTER TABLE caseapp_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp_team_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp_teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY entries_read ON caseapp_entries FOR SELECT
    USING (team_id IN (SELECT caseapp_my_teams()));
CREATE POLICY entries_write ON caseapp_entries FOR INSERT
    WITH CHECK (team_id IN (SELECT caseapp_my_teams()));
CREATE POLICY members_read ON caseapp_members FOR SELECT
    USING (team_id IN (SELECT caseapp_my_teams()));
CREATE POLICY keys_read ON caseapp_team_keys FOR SELECT
    USING (team_id IN (SELECT caseapp_my_teams()));

REVOKE ALL ON caseapp_teams FROM PUBLIC;
GRANT SELECT ON caseapp_schema, caseapp_members, caseapp_team_keys TO PUBLIC;
GRANT SELECT, INSERT ON caseapp_entries TO PUBLIC;
GRANT USAGE ON SEQUENCE caseapp_entries_seq_seq TO PUBLIC;
"""


@dataclass(frozen=True)
class ServerEntry:
    seq: int
    entity_id: uuid.UUID
    hlc: int
    author_device: uuid.UUID
    key_epoch: int
    nonce: bytes
    payload: bytes


@dataclass(frozen=True)
class WrappedKey:
    epoch: int
    nonce: bytes
    wrapped: bytes


def connect(conninfo: str, timeout: int = 5) -> psycopg.Connection:
    return psycopg.connect(conninfo, connect_timeout=timeout, application_name="caseapp")


def has_schema(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT to_regclass('caseapp_schema') IS NOT NULL").fetchone()
    return bool(row and row[0])


def schema_version(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT max(version) FROM caseapp_schema").fetchone()
    return int(row[0] or 0) if row else 0


def install(conn: psycopg.Connection) -> None:
    """Create the server schema (run once, by the database's owner: the DBA or a test)."""
    with conn.transaction():
        conn.execute(_SCHEMA)  # type: ignore[arg-type]
        conn.execute("INSERT INTO caseapp_schema (version) VALUES (%s)", [SERVER_SCHEMA_VERSION])


def current_role(conn: psycopg.Connection) -> str:
    row = conn.execute("SELECT session_user").fetchone()
    return str(row[0]) if row else ""


def create_team(conn: psycopg.Connection, team_id: uuid.UUID, join_hash: bytes) -> None:
    with conn.transaction():
        conn.execute("SELECT caseapp_create_team(%s, %s)", [team_id, join_hash])


def join_team(conn: psycopg.Connection, team_id: uuid.UUID, token: bytes) -> None:
    with conn.transaction():
        conn.execute("SELECT caseapp_join_team(%s, %s)", [team_id, token])


def leave_team(conn: psycopg.Connection, team_id: uuid.UUID) -> None:
    with conn.transaction():
        conn.execute("SELECT caseapp_leave_team(%s)", [team_id])


def remove_member(conn: psycopg.Connection, team_id: uuid.UUID, role: str) -> None:
    with conn.transaction():
        conn.execute("SELECT caseapp_remove_member(%s, %s)", [team_id, role])


def member_state(conn: psycopg.Connection, team_id: uuid.UUID) -> str | None:
    row = conn.execute("SELECT caseapp_member_state(%s)", [team_id]).fetchone()
    return row[0] if row else None


def needs_rotation(conn: psycopg.Connection, team_id: uuid.UUID) -> bool:
    row = conn.execute("SELECT caseapp_needs_rotation(%s)", [team_id]).fetchone()
    return bool(row and row[0])


def rotate_key(
    conn: psycopg.Connection, team_id: uuid.UUID, key: WrappedKey, join_hash: bytes | None
) -> None:
    with conn.transaction():
        conn.execute(
            "SELECT caseapp_rotate_key(%s, %s, %s, %s, %s)",
            [team_id, key.epoch, key.nonce, key.wrapped, join_hash],
        )


def wrapped_keys(conn: psycopg.Connection, team_id: uuid.UUID, after_epoch: int) -> list[WrappedKey]:
    rows = conn.execute(
        "SELECT epoch, nonce, wrapped FROM caseapp_team_keys WHERE team_id = %s AND epoch > %s "
        "ORDER BY epoch",
        [team_id, after_epoch],
    ).fetchall()
    return [WrappedKey(r[0], bytes(r[1]), bytes(r[2])) for r in rows]


def members(conn: psycopg.Connection, team_id: uuid.UUID) -> list[tuple[str, bool, bool]]:
    rows = conn.execute(
        "SELECT role_name, is_creator, removed FROM caseapp_members WHERE team_id = %s "
        "ORDER BY role_name",
        [team_id],
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def push(
    conn: psycopg.Connection,
    team_id: uuid.UUID,
    rows: list[tuple[uuid.UUID, int, uuid.UUID, int, bytes, bytes]],
) -> None:
    """Store entries in one transaction; an entry already there is ignored (a re-push after a
    kill). Pushes to one team are serialised, so sequence numbers become visible in order and a
    reader reading "everything after my cursor" never skips a late commit."""
    if not rows:
        return
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s::text, 0))", [team_id])
        columns: list[list[object]] = [list(c) for c in zip(*rows, strict=True)]
        conn.execute(
            "INSERT INTO caseapp_entries (team_id, entity_id, hlc, author_device, key_epoch, "
            "nonce, payload) SELECT %b, * FROM unnest(%b::uuid[], %b::bigint[], %b::uuid[], "
            "%b::integer[], %b::bytea[], %b::bytea[]) "
            "ON CONFLICT (team_id, entity_id, hlc, author_device) DO NOTHING",
            [team_id, *columns],
        )


def pull(
    conn: psycopg.Connection, team_id: uuid.UUID, after_seq: int, limit: int
) -> list[ServerEntry]:
    rows = conn.execute(
        "SELECT seq, entity_id, hlc, author_device, key_epoch, nonce, payload "
        "FROM caseapp_entries WHERE team_id = %s AND seq > %s ORDER BY seq LIMIT %s",
        [team_id, after_seq, limit],
    ).fetchall()
    conn.commit()
    return [ServerEntry(r[0], r[1], r[2], r[3], r[4], bytes(r[5]), bytes(r[6])) for r in rows]
