"""The team server's schema and its versions: what `caseapp server install`, `upgrade` and `sql`
run or print. The DBA (a superuser, or the database's owner with CREATEROLE) runs them once.

Why it is built this way: a member logs in with an ordinary role and must not be able to read,
count or change another team's rows, nor shadow the objects a function uses. So everything lives
in the schema `caseapp`, owned by the non-login role `caseapp_owner`; members have no privilege on
any table or sequence, only EXECUTE on the functions below. Each function is SECURITY DEFINER,
names every object with its schema, runs with `search_path = pg_catalog, caseapp, pg_temp`
(pg_temp last, so a member's temporary table cannot stand in for ours) and checks first that
`session_user` is a current member of the team it is asked about. TEMP is revoked from PUBLIC on
the database as well. Entry numbers are given per team inside `push`, under the team row's lock,
so no member can draw numbers or learn another team's volume. Row-level security is forced on the
team data as a second wall: even the owner's functions see only the caller's teams' rows.

Version 1 was the first release (tables `caseapp_*` in `public`). Upgrading from it installs
version 2 beside it and takes every right on version 1 away from the members: its teams cannot be
carried over (they have no device keys), so they are founded again (see README, "Team sharing").
Version 3 adds the purge of a shared citizen (`purge_entries`, the `purged` numbers); upgrading
from version 2 adds them in place. The held counts (`held_counts`) are a compatible addition to
version 3: clients of version 3 work with and without them, and `upgrade` adds them in place.
"""

from __future__ import annotations

SERVER_SCHEMA_VERSION = 3
OWNER = "caseapp_owner"

_SEARCH_PATH = "SET search_path = pg_catalog, caseapp, pg_temp"
_MEMBER_TEAMS = (
    "(SELECT m.team_id FROM caseapp.members m WHERE m.role_name = session_user AND NOT m.removed)"
)

_TABLES = f"""
CREATE TABLE caseapp.schema_version (
    version integer PRIMARY KEY,
    installed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE caseapp.teams (
    team_id uuid PRIMARY KEY,
    last_seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE caseapp.members (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    role_name text NOT NULL,
    is_creator boolean NOT NULL DEFAULT false,
    removed boolean NOT NULL DEFAULT false,
    key_rotated boolean NOT NULL DEFAULT false,
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, role_name)
);
CREATE TABLE caseapp.devices (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    device_id uuid NOT NULL,
    role_name text NOT NULL,
    sign_pub bytea NOT NULL,
    box_pub bytea NOT NULL,
    invite_hash bytea,
    card_mac bytea,
    endorsed_by uuid,
    endorsement bytea,
    revoked_last bigint,
    revoked_by uuid,
    revocation bytea,
    key_rotated boolean NOT NULL DEFAULT false,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, device_id)
);
CREATE TABLE caseapp.invites (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    token_hash bytea NOT NULL,
    created_by text NOT NULL,
    for_role text,
    expires_at timestamptz NOT NULL,
    used_by uuid,
    PRIMARY KEY (team_id, token_hash)
);
CREATE TABLE caseapp.epoch_keys (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    epoch integer NOT NULL,
    recipient uuid NOT NULL,
    sealer uuid NOT NULL,
    sealed bytea NOT NULL,
    signature bytea NOT NULL,
    PRIMARY KEY (team_id, epoch, recipient)
);
CREATE TABLE caseapp.entries (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    seq bigint NOT NULL,
    device_id uuid NOT NULL,
    device_seq bigint NOT NULL,
    proto smallint NOT NULL,
    key_epoch integer NOT NULL,
    prev bytea NOT NULL,
    nonce bytea NOT NULL,
    payload bytea NOT NULL,
    signature bytea NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, seq),
    UNIQUE (team_id, device_id, device_seq)
);
ALTER TABLE caseapp.entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp.entries FORCE ROW LEVEL SECURITY;
ALTER TABLE caseapp.devices ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp.devices FORCE ROW LEVEL SECURITY;
ALTER TABLE caseapp.epoch_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp.epoch_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY member_teams ON caseapp.entries USING (team_id IN {_MEMBER_TEAMS});
CREATE POLICY member_teams ON caseapp.devices USING (team_id IN {_MEMBER_TEAMS});
CREATE POLICY member_teams ON caseapp.epoch_keys USING (team_id IN {_MEMBER_TEAMS});
"""


def _function(
    signature: str, returns: str, body: str, language: str = "plpgsql", settings: str = ""
) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION caseapp.{signature} RETURNS {returns} LANGUAGE {language} "
        f"SECURITY DEFINER {_SEARCH_PATH} {settings} AS $fn$\n{body}\n$fn$;\n"
    )


# A plan made while a team's entries were few (or the table never analysed) must not be reused
# for a team with a hundred thousand: each call is planned for the table as it is.
_FRESH_PLANS = "SET plan_cache_mode = force_custom_plan"


_GUARDS = _function(
    "require_member(p_team uuid)", "void",
    """BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                   AND m.role_name = session_user AND NOT m.removed) THEN
        RAISE EXCEPTION 'caseapp:not_member';
    END IF;
END""",
) + _function(
    "require_creator(p_team uuid)", "void",
    """BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                   AND m.role_name = session_user AND m.is_creator AND NOT m.removed) THEN
        RAISE EXCEPTION 'caseapp:not_creator';
    END IF;
END""",
) + _function(
    "require_own_device(p_team uuid, p_device uuid)", "void",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    IF NOT EXISTS (SELECT 1 FROM caseapp.devices d WHERE d.team_id = p_team
                   AND d.device_id = p_device AND d.role_name = session_user
                   AND d.revoked_last IS NULL) THEN
        RAISE EXCEPTION 'caseapp:not_your_device';
    END IF;
END""",
)

_TEAM_FUNCTIONS = _function(
    "server_version()", "integer",
    "SELECT max(version) FROM caseapp.schema_version", "sql",
) + _function(
    "create_team(p_team uuid, p_device uuid, p_sign_pub bytea, p_box_pub bytea, p_self bytea)",
    "void",
    """BEGIN
    INSERT INTO caseapp.teams (team_id) VALUES (p_team);
    INSERT INTO caseapp.members (team_id, role_name, is_creator) VALUES (p_team, session_user, true);
    INSERT INTO caseapp.devices (team_id, device_id, role_name, sign_pub, box_pub, endorsed_by,
                                 endorsement)
        VALUES (p_team, p_device, session_user, p_sign_pub, p_box_pub, p_device, p_self);
END""",
) + _function(
    "create_invite(p_team uuid, p_token_hash bytea, p_for_role text, p_days integer)", "void",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    IF p_days < 1 OR p_days > 30 THEN
        RAISE EXCEPTION 'caseapp:bad_expiry';
    END IF;
    INSERT INTO caseapp.invites (team_id, token_hash, created_by, for_role, expires_at)
        VALUES (p_team, p_token_hash, session_user, p_for_role, now() + make_interval(days => p_days));
END""",
) + _function(
    "join_team(p_team uuid, p_token bytea, p_device uuid, p_sign_pub bytea, p_box_pub bytea, "
    "p_card_mac bytea)", "void",
    """DECLARE
    v_hash bytea := pg_catalog.sha256(p_token);
    v_invite caseapp.invites%ROWTYPE;
BEGIN
    SELECT * INTO v_invite FROM caseapp.invites i
        WHERE i.team_id = p_team AND i.token_hash = v_hash FOR UPDATE;
    IF NOT FOUND OR (v_invite.for_role IS NOT NULL AND v_invite.for_role <> session_user) THEN
        RAISE EXCEPTION 'caseapp:bad_invite';
    END IF;
    IF v_invite.used_by IS NOT NULL THEN
        RAISE EXCEPTION 'caseapp:invite_used';
    END IF;
    IF v_invite.expires_at < now() THEN
        RAISE EXCEPTION 'caseapp:invite_expired';
    END IF;
    IF EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
               AND m.role_name = session_user AND m.removed) THEN
        RAISE EXCEPTION 'caseapp:removed';
    END IF;
    INSERT INTO caseapp.members (team_id, role_name) VALUES (p_team, session_user)
        ON CONFLICT DO NOTHING;
    INSERT INTO caseapp.devices (team_id, device_id, role_name, sign_pub, box_pub, invite_hash,
                                 card_mac)
        VALUES (p_team, p_device, session_user, p_sign_pub, p_box_pub, v_hash, p_card_mac);
    UPDATE caseapp.invites SET used_by = p_device WHERE team_id = p_team AND token_hash = v_hash;
END""",
) + _function(
    "member_state(p_team uuid)", "text",
    """SELECT CASE WHEN m.removed THEN 'removed' ELSE 'member' END
    FROM caseapp.members m WHERE m.team_id = p_team AND m.role_name = session_user""", "sql",
) + _function(
    "members(p_team uuid)",
    "TABLE(role_name text, is_creator boolean, removed boolean, joined_at timestamptz)",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT m.role_name, m.is_creator, m.removed, m.joined_at FROM caseapp.members m
        WHERE m.team_id = p_team ORDER BY m.role_name;
END""",
) + _function(
    "devices(p_team uuid)",
    "TABLE(device_id uuid, role_name text, sign_pub bytea, box_pub bytea, invite_hash bytea, "
    "card_mac bytea, endorsed_by uuid, endorsement bytea, revoked_last bigint, revoked_by uuid, "
    "revocation bytea, added_at timestamptz)",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT d.device_id, d.role_name, d.sign_pub, d.box_pub, d.invite_hash,
        d.card_mac, d.endorsed_by, d.endorsement, d.revoked_last, d.revoked_by, d.revocation,
        d.added_at
        FROM caseapp.devices d WHERE d.team_id = p_team ORDER BY d.added_at, d.device_id;
END""",
) + _function(
    "leave_team(p_team uuid)", "void",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    UPDATE caseapp.members SET removed = true WHERE team_id = p_team AND role_name = session_user;
END""",
) + _function(
    "set_creator(p_team uuid, p_role text)", "void",
    """BEGIN
    PERFORM caseapp.require_creator(p_team);
    IF NOT EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                   AND m.role_name = p_role AND NOT m.removed) THEN
        RAISE EXCEPTION 'caseapp:no_member';
    END IF;
    UPDATE caseapp.members SET is_creator = (role_name = p_role) WHERE team_id = p_team;
END""",
)

_KEY_FUNCTIONS = _function(
    "endorse_device(p_team uuid, p_device uuid, p_by uuid, p_endorsement bytea, "
    "p_epochs integer[], p_sealed bytea[], p_signatures bytea[])", "void",
    """BEGIN
    PERFORM caseapp.require_own_device(p_team, p_by);
    UPDATE caseapp.devices SET endorsed_by = p_by, endorsement = p_endorsement
        WHERE team_id = p_team AND device_id = p_device AND endorsed_by IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'caseapp:no_device';
    END IF;
    INSERT INTO caseapp.epoch_keys (team_id, epoch, recipient, sealer, sealed, signature)
        SELECT p_team, e, p_device, p_by, s, g FROM unnest(p_epochs, p_sealed, p_signatures) AS k(e, s, g)
        ON CONFLICT DO NOTHING;
END""",
) + _function(
    "add_epoch(p_team uuid, p_by uuid, p_epoch integer, p_recipients uuid[], p_sealed bytea[], "
    "p_signatures bytea[])", "void",
    """BEGIN
    PERFORM caseapp.require_creator(p_team);
    PERFORM caseapp.require_own_device(p_team, p_by);
    IF p_epoch <> (SELECT coalesce(max(k.epoch), 0) + 1 FROM caseapp.epoch_keys k
                   WHERE k.team_id = p_team) THEN
        RAISE EXCEPTION 'caseapp:retry';
    END IF;
    INSERT INTO caseapp.epoch_keys (team_id, epoch, recipient, sealer, sealed, signature)
        SELECT p_team, p_epoch, r, p_by, s, g FROM unnest(p_recipients, p_sealed, p_signatures) AS k(r, s, g);
    UPDATE caseapp.members SET key_rotated = true WHERE team_id = p_team AND removed;
    UPDATE caseapp.devices SET key_rotated = true
        WHERE team_id = p_team AND revoked_last IS NOT NULL;
END""",
) + _function(
    "epoch_keys(p_team uuid, p_device uuid)",
    "TABLE(epoch integer, sealer uuid, sealed bytea, signature bytea)",
    """BEGIN
    PERFORM caseapp.require_own_device(p_team, p_device);
    RETURN QUERY SELECT k.epoch, k.sealer, k.sealed, k.signature FROM caseapp.epoch_keys k
        WHERE k.team_id = p_team AND k.recipient = p_device ORDER BY k.epoch;
END""",
) + _function(
    "needs_rotation(p_team uuid)", "boolean",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team AND m.removed
                   AND NOT m.key_rotated)
        OR EXISTS (SELECT 1 FROM caseapp.devices d WHERE d.team_id = p_team
                   AND d.revoked_last IS NOT NULL AND NOT d.key_rotated);
END""",
) + _function(
    "revoke_devices(p_team uuid, p_by uuid, p_devices uuid[], p_lasts bigint[], "
    "p_signatures bytea[], p_remove_role text)", "void",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    PERFORM caseapp.require_own_device(p_team, p_by);
    PERFORM 1 FROM caseapp.teams t WHERE t.team_id = p_team FOR UPDATE;
    IF EXISTS (SELECT 1 FROM unnest(p_devices, p_lasts) AS r(dev, last)
               JOIN caseapp.devices d ON d.team_id = p_team AND d.device_id = r.dev
               WHERE r.last <> coalesce((SELECT max(e.device_seq) FROM caseapp.entries e
                                         WHERE e.team_id = p_team AND e.device_id = r.dev), 0)
                  OR (d.role_name <> session_user AND NOT EXISTS (
                      SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                      AND m.role_name = session_user AND m.is_creator))) THEN
        RAISE EXCEPTION 'caseapp:retry';
    END IF;
    IF p_remove_role IS NOT NULL THEN
        PERFORM caseapp.require_creator(p_team);
        UPDATE caseapp.members SET removed = true
            WHERE team_id = p_team AND role_name = p_remove_role AND NOT is_creator;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'caseapp:no_member';
        END IF;
    END IF;
    UPDATE caseapp.devices d SET revoked_last = r.last, revoked_by = p_by, revocation = r.sig
        FROM unnest(p_devices, p_lasts, p_signatures) AS r(dev, last, sig)
        WHERE d.team_id = p_team AND d.device_id = r.dev AND d.revoked_last IS NULL;
END""",
)

_KEY_FUNCTIONS += _function(
    "latest_epoch(p_team uuid)", "integer",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN (SELECT coalesce(max(k.epoch), 0) FROM caseapp.epoch_keys k WHERE k.team_id = p_team);
END""",
) + _function(
    "keys_missing(p_team uuid)", "TABLE(recipient uuid, epoch integer)",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT d.device_id, e.epoch
        FROM caseapp.devices d
        CROSS JOIN (SELECT DISTINCT k.epoch FROM caseapp.epoch_keys k WHERE k.team_id = p_team) e
        WHERE d.team_id = p_team AND d.endorsed_by IS NOT NULL AND d.revoked_last IS NULL
          AND NOT EXISTS (SELECT 1 FROM caseapp.epoch_keys k WHERE k.team_id = p_team
                          AND k.epoch = e.epoch AND k.recipient = d.device_id)
        ORDER BY 1, 2;
END""",
) + _function(
    "add_keys(p_team uuid, p_by uuid, p_epochs integer[], p_recipients uuid[], p_sealed bytea[], "
    "p_signatures bytea[])", "void",
    """BEGIN
    PERFORM caseapp.require_own_device(p_team, p_by);
    INSERT INTO caseapp.epoch_keys (team_id, epoch, recipient, sealer, sealed, signature)
        SELECT p_team, k.e, k.r, p_by, k.s, k.g
        FROM unnest(p_epochs, p_recipients, p_sealed, p_signatures) AS k(e, r, s, g)
        JOIN caseapp.devices d ON d.team_id = p_team AND d.device_id = k.r
            AND d.endorsed_by IS NOT NULL AND d.revoked_last IS NULL
        WHERE EXISTS (SELECT 1 FROM caseapp.epoch_keys o WHERE o.team_id = p_team AND o.epoch = k.e)
        ON CONFLICT DO NOTHING;
END""",
)

_ENTRY_FUNCTIONS = _function(
    "push(p_team uuid, p_device uuid, p_device_seq bigint[], p_proto smallint[], "
    "p_epoch integer[], p_prev bytea[], p_nonce bytea[], p_payload bytea[], p_signature bytea[])",
    "integer",
    """DECLARE
    v_last bigint;
    v_added integer;
BEGIN
    PERFORM caseapp.require_own_device(p_team, p_device);
    -- One pusher per team at a time: numbers become visible in order, so a reader reading
    -- "everything after my cursor" never skips a late commit.
    SELECT t.last_seq INTO v_last FROM caseapp.teams t WHERE t.team_id = p_team FOR UPDATE;
    -- Each number is looked up on its own (LATERAL ... LIMIT 1): a join could start from all
    -- of the device's entries, once per number, when the table's statistics are not in yet.
    IF EXISTS (SELECT 1 FROM unnest(p_device_seq, p_signature) AS n(ds, sg)
               CROSS JOIN LATERAL (SELECT e.signature FROM caseapp.entries e
                                   WHERE e.team_id = p_team AND e.device_id = p_device
                                     AND e.device_seq = n.ds LIMIT 1) AS there
               WHERE there.signature <> n.sg) THEN
        RAISE EXCEPTION 'caseapp:fork';  -- two copies of one database write under one number
    END IF;
    -- A number already there holds the very same entry (checked above): a repeat after a kill.
    INSERT INTO caseapp.entries (team_id, seq, device_id, device_seq, proto, key_epoch, prev,
                                 nonce, payload, signature)
        SELECT p_team, v_last + row_number() OVER (ORDER BY n.ds), p_device, n.ds, n.pr, n.ep,
               n.pv, n.nc, n.pl, n.sg
        FROM unnest(p_device_seq, p_proto, p_epoch, p_prev, p_nonce, p_payload, p_signature)
             AS n(ds, pr, ep, pv, nc, pl, sg)
        WHERE n.ds > 0
          -- an entry the team purged never comes back, whoever sends it again
          AND NOT EXISTS (SELECT 1 FROM caseapp.purged p WHERE p.team_id = p_team
                          AND p.device_id = p_device AND p.device_seq = n.ds)
        ON CONFLICT (team_id, device_id, device_seq) DO NOTHING;
    GET DIAGNOSTICS v_added = ROW_COUNT;
    -- Numbers of repeats stay unused: readers only ever need them to grow.
    UPDATE caseapp.teams SET last_seq = v_last + cardinality(p_device_seq) WHERE team_id = p_team;
    RETURN v_added;
END""", settings=_FRESH_PLANS,
) + _function(
    "pull(p_team uuid, p_after bigint, p_limit integer, p_except uuid)",
    "TABLE(seq bigint, device_id uuid, device_seq bigint, proto smallint, key_epoch integer, "
    "prev bytea, nonce bytea, payload bytea, signature bytea)",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT e.seq, e.device_id, e.device_seq, e.proto, e.key_epoch, e.prev, e.nonce,
        e.payload, e.signature FROM caseapp.entries e
        WHERE e.team_id = p_team AND e.seq > p_after AND e.device_id <> p_except
        ORDER BY e.seq LIMIT least(p_limit, 10000);
END""", settings=_FRESH_PLANS,
) + _function(
    "device_entries(p_team uuid, p_device uuid, p_after bigint, p_limit integer)",
    "TABLE(seq bigint, device_id uuid, device_seq bigint, proto smallint, key_epoch integer, "
    "prev bytea, nonce bytea, payload bytea, signature bytea)",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT e.seq, e.device_id, e.device_seq, e.proto, e.key_epoch, e.prev, e.nonce,
        e.payload, e.signature FROM caseapp.entries e
        WHERE e.team_id = p_team AND e.device_id = p_device AND e.device_seq > p_after
        ORDER BY e.device_seq LIMIT least(p_limit, 10000);
END""", settings=_FRESH_PLANS,
) + _function(
    "heads(p_team uuid)", "TABLE(device_id uuid, last_device_seq bigint, entries bigint)",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    -- Each device's highest number from the index's end; how many it holds (to find holes)
    -- only for the caller's own devices, whose entries it would send again, from the count the
    -- triggers keep (counting a device's entries at every sync grew with the team's history).
    -- Numbers a purge removed count as held: they are not lost, and never sent again.
    RETURN QUERY SELECT d.device_id, greatest(top.n, gone.n),
        CASE WHEN d.role_name = session_user
             THEN coalesce((SELECT c.held FROM caseapp.held_counts c
                            WHERE c.team_id = p_team AND c.device_id = d.device_id), 0)
             ELSE greatest(top.n, gone.n) END
        FROM caseapp.devices d
        CROSS JOIN LATERAL (SELECT max(e.device_seq) AS n FROM caseapp.entries e
                            WHERE e.team_id = p_team AND e.device_id = d.device_id) AS top
        CROSS JOIN LATERAL (SELECT max(p.device_seq) AS n FROM caseapp.purged p
                            WHERE p.team_id = p_team AND p.device_id = d.device_id) AS gone
        WHERE d.team_id = p_team AND (top.n IS NOT NULL OR gone.n IS NOT NULL);
END""", settings=_FRESH_PLANS,
) + _function(
    "missing(p_team uuid, p_device uuid, p_upto bigint)", "SETOF bigint",
    """BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT n FROM generate_series(1::bigint, p_upto) AS n
        WHERE NOT EXISTS (SELECT 1 FROM caseapp.entries e WHERE e.team_id = p_team
                          AND e.device_id = p_device AND e.device_seq = n)
          AND NOT EXISTS (SELECT 1 FROM caseapp.purged p WHERE p.team_id = p_team
                          AND p.device_id = p_device AND p.device_seq = n);
END""", settings=_FRESH_PLANS,
)

_API = (
    "server_version()", "create_team(uuid, uuid, bytea, bytea, bytea)",
    "create_invite(uuid, bytea, text, integer)",
    "join_team(uuid, bytea, uuid, bytea, bytea, bytea)", "member_state(uuid)", "members(uuid)",
    "devices(uuid)", "leave_team(uuid)", "set_creator(uuid, text)",
    "endorse_device(uuid, uuid, uuid, bytea, integer[], bytea[], bytea[])",
    "add_epoch(uuid, uuid, integer, uuid[], bytea[], bytea[])", "epoch_keys(uuid, uuid)",
    "needs_rotation(uuid)", "revoke_devices(uuid, uuid, uuid[], bigint[], bytea[], text)",
    "latest_epoch(uuid)", "keys_missing(uuid)",
    "add_keys(uuid, uuid, integer[], uuid[], bytea[], bytea[])",
    "push(uuid, uuid, bigint[], smallint[], integer[], bytea[], bytea[], bytea[], bytea[])",
    "pull(uuid, bigint, integer, uuid)", "device_entries(uuid, uuid, bigint, integer)",
    "heads(uuid)", "missing(uuid, uuid, bigint)",
    "purge_entries(uuid, uuid, bigint, uuid[], bigint[])",
)
_INTERNAL = ("require_member(uuid)", "require_creator(uuid)", "require_own_device(uuid, uuid)")


def _grants() -> str:
    lines = ["REVOKE ALL ON ALL TABLES IN SCHEMA caseapp FROM PUBLIC;",
             "GRANT USAGE ON SCHEMA caseapp TO PUBLIC;"]
    for signature in _API + _INTERNAL:
        lines.append(f"REVOKE ALL ON FUNCTION caseapp.{signature} FROM PUBLIC;")
    for signature in _API:
        lines.append(f"GRANT EXECUTE ON FUNCTION caseapp.{signature} TO PUBLIC;")
    return "\n".join(lines) + "\n"


# Version 3: a purge of a shared citizen. The purging device's signed purge entry lists the
# entries about the citizen (the server learns they belong together only then); this deletes
# them and keeps only their numbers, so the authors' counts still add up, the numbers are never
# taken again, and no one sends those entries again. Whether a gap is explained is decided on
# each laptop from the signed purge entry, never from this table.
_PURGED = """
CREATE TABLE caseapp.purged (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    device_id uuid NOT NULL,
    device_seq bigint NOT NULL,
    purged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, device_id, device_seq)
);
ALTER TABLE caseapp.purged ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp.purged FORCE ROW LEVEL SECURITY;
CREATE POLICY member_teams ON caseapp.purged USING (team_id IN """ + _MEMBER_TEAMS + """);
"""

# How many numbers each device holds on the server (its entries and its purged numbers), kept
# by statement triggers on both tables, so `heads` need not count a device's whole history at
# every sync. A row deleted or put back by hand (a DBA, a restore) moves the count with it; a
# dump restores the counts beside the rows. A compatible change: servers of version 3 without
# it count as before, and `caseapp server upgrade` adds it in place.
_HELD_COUNTS = """
CREATE TABLE caseapp.held_counts (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    device_id uuid NOT NULL,
    held bigint NOT NULL,
    PRIMARY KEY (team_id, device_id)
);
-- Row-level security as on every table, but not forced on the owner: the triggers must move the
-- counts also for a statement of the DBA's (a row deleted or put back by hand).
ALTER TABLE caseapp.held_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_teams ON caseapp.held_counts USING (team_id IN """ + _MEMBER_TEAMS + """);
""" + _function(
    "count_held()", "trigger",
    """BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO caseapp.held_counts AS c (team_id, device_id, held)
            SELECT n.team_id, n.device_id, count(*) FROM new_rows n GROUP BY n.team_id, n.device_id
            ON CONFLICT (team_id, device_id) DO UPDATE SET held = c.held + excluded.held;
    ELSE
        UPDATE caseapp.held_counts c SET held = c.held - o.gone
            FROM (SELECT r.team_id, r.device_id, count(*) AS gone FROM old_rows r
                  GROUP BY r.team_id, r.device_id) AS o
            WHERE c.team_id = o.team_id AND c.device_id = o.device_id;
    END IF;
    RETURN NULL;
END""",
) + "".join(
    f"CREATE TRIGGER held_{table}_{op.lower()} AFTER {op} ON caseapp.{table} "
    f"REFERENCING {'NEW' if op == 'INSERT' else 'OLD'} TABLE AS {'new_rows' if op == 'INSERT' else 'old_rows'} "
    f"FOR EACH STATEMENT EXECUTE FUNCTION caseapp.count_held();\n"
    for table in ("entries", "purged") for op in ("INSERT", "DELETE")
) + """
-- The counts of the entries already there. The owner sees every team's rows only while the
-- forced row-level security is lifted, inside this one transaction.
ALTER TABLE caseapp.entries NO FORCE ROW LEVEL SECURITY;
ALTER TABLE caseapp.purged NO FORCE ROW LEVEL SECURITY;
INSERT INTO caseapp.held_counts (team_id, device_id, held)
    SELECT h.team_id, h.device_id, count(*) FROM (
        SELECT e.team_id, e.device_id FROM caseapp.entries e
        UNION ALL SELECT p.team_id, p.device_id FROM caseapp.purged p) AS h
    GROUP BY h.team_id, h.device_id;
ALTER TABLE caseapp.entries FORCE ROW LEVEL SECURITY;
ALTER TABLE caseapp.purged FORCE ROW LEVEL SECURITY;
REVOKE ALL ON FUNCTION caseapp.count_held() FROM PUBLIC;
"""

_PURGE_FUNCTIONS = _function(
    "purge_entries(p_team uuid, p_device uuid, p_purge_seq bigint, p_devices uuid[], "
    "p_seqs bigint[])", "integer",
    """DECLARE
    v_gone integer;
BEGIN
    PERFORM caseapp.require_own_device(p_team, p_device);
    -- Only after the purge entry itself is here: every member reads what was deleted, and why.
    IF NOT EXISTS (SELECT 1 FROM caseapp.entries e WHERE e.team_id = p_team
                   AND e.device_id = p_device AND e.device_seq = p_purge_seq) THEN
        RAISE EXCEPTION 'caseapp:no_purge';
    END IF;
    PERFORM 1 FROM caseapp.teams t WHERE t.team_id = p_team FOR UPDATE;
    INSERT INTO caseapp.purged (team_id, device_id, device_seq)
        SELECT p_team, x.d, x.s FROM unnest(p_devices, p_seqs) AS x(d, s)
        WHERE NOT (x.d = p_device AND x.s = p_purge_seq)
          AND EXISTS (SELECT 1 FROM caseapp.devices v WHERE v.team_id = p_team AND v.device_id = x.d)
        ON CONFLICT DO NOTHING;
    DELETE FROM caseapp.entries e USING unnest(p_devices, p_seqs) AS x(d, s)
        WHERE e.team_id = p_team AND e.device_id = x.d AND e.device_seq = x.s
          AND NOT (x.d = p_device AND x.s = p_purge_seq);
    GET DIAGNOSTICS v_gone = ROW_COUNT;
    RETURN v_gone;
END""", settings=_FRESH_PLANS,
)

_OBJECTS = (_TABLES + _PURGED + _HELD_COUNTS + _GUARDS + _TEAM_FUNCTIONS + _KEY_FUNCTIONS
            + _ENTRY_FUNCTIONS + _PURGE_FUNCTIONS + _grants())

_CLOSE_V1 = """
DO $close$ DECLARE v_function regprocedure; BEGIN
    IF to_regclass('public.caseapp_entries') IS NOT NULL THEN
        REVOKE ALL ON public.caseapp_entries, public.caseapp_members, public.caseapp_team_keys,
            public.caseapp_schema, public.caseapp_teams FROM PUBLIC;
        REVOKE ALL ON SEQUENCE public.caseapp_entries_seq_seq FROM PUBLIC;
    END IF;
    FOR v_function IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.proname LIKE 'caseapp!_%' ESCAPE '!' LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', v_function);
    END LOOP;
END $close$;
"""


def _prelude() -> str:
    """Run as the DBA: the owner role, the schema, and no temporary tables for members."""
    return f"""
DO $owner$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{OWNER}') THEN
        CREATE ROLE {OWNER} NOLOGIN;
    END IF;
END $owner$;
GRANT {OWNER} TO CURRENT_USER;
DO $temp$ BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $temp$;
CREATE SCHEMA caseapp AUTHORIZATION {OWNER};
SET LOCAL ROLE {OWNER};
"""


def install_sql() -> str:
    """The whole install (the newest version), as one script for the DBA to review and run in one
    transaction (`psql -1 -f`)."""
    return (
        _prelude() + _OBJECTS
        + f"INSERT INTO caseapp.schema_version (version) VALUES ({SERVER_SCHEMA_VERSION});\n"
        + "RESET ROLE;\n" + _CLOSE_V1
    )


def upgrade_to_3_sql() -> str:
    """From version 2: the purged numbers, push, heads and missing that respect them, the
    purge function (CREATE OR REPLACE keeps the members' grants on the functions that stay)
    and the held counts heads reads."""
    return (
        f"GRANT {OWNER} TO CURRENT_USER;\nSET LOCAL ROLE {OWNER};\n" + _PURGED + _HELD_COUNTS
        + _ENTRY_FUNCTIONS + _PURGE_FUNCTIONS + _grants()
        + "INSERT INTO caseapp.schema_version (version) VALUES (3);\nRESET ROLE;\n"
    )


def held_counts_sql() -> str:
    """On a version 3 server installed before them: the held counts, and heads reading them."""
    return (
        f"GRANT {OWNER} TO CURRENT_USER;\nSET LOCAL ROLE {OWNER};\n" + _HELD_COUNTS
        + _ENTRY_FUNCTIONS + _grants() + "RESET ROLE;\n"
    )
