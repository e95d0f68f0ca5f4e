-- The server schema caseapp released third (version 3), kept for the upgrade test.

DO $owner$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'caseapp_owner') THEN
        CREATE ROLE caseapp_owner NOLOGIN;
    END IF;
END $owner$;
GRANT caseapp_owner TO CURRENT_USER;
DO $temp$ BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $temp$;
CREATE SCHEMA caseapp AUTHORIZATION caseapp_owner;
SET LOCAL ROLE caseapp_owner;

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
CREATE POLICY member_teams ON caseapp.entries USING (team_id IN (SELECT m.team_id FROM caseapp.members m WHERE m.role_name = session_user AND NOT m.removed));
CREATE POLICY member_teams ON caseapp.devices USING (team_id IN (SELECT m.team_id FROM caseapp.members m WHERE m.role_name = session_user AND NOT m.removed));
CREATE POLICY member_teams ON caseapp.epoch_keys USING (team_id IN (SELECT m.team_id FROM caseapp.members m WHERE m.role_name = session_user AND NOT m.removed));

CREATE TABLE caseapp.purged (
    team_id uuid NOT NULL REFERENCES caseapp.teams,
    device_id uuid NOT NULL,
    device_seq bigint NOT NULL,
    purged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, device_id, device_seq)
);
ALTER TABLE caseapp.purged ENABLE ROW LEVEL SECURITY;
ALTER TABLE caseapp.purged FORCE ROW LEVEL SECURITY;
CREATE POLICY member_teams ON caseapp.purged USING (team_id IN (SELECT m.team_id FROM caseapp.members m WHERE m.role_name = session_user AND NOT m.removed));
CREATE OR REPLACE FUNCTION caseapp.require_member(p_team uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                   AND m.role_name = session_user AND NOT m.removed) THEN
        RAISE EXCEPTION 'caseapp:not_member';
    END IF;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.require_creator(p_team uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                   AND m.role_name = session_user AND m.is_creator AND NOT m.removed) THEN
        RAISE EXCEPTION 'caseapp:not_creator';
    END IF;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.require_own_device(p_team uuid, p_device uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    IF NOT EXISTS (SELECT 1 FROM caseapp.devices d WHERE d.team_id = p_team
                   AND d.device_id = p_device AND d.role_name = session_user
                   AND d.revoked_last IS NULL) THEN
        RAISE EXCEPTION 'caseapp:not_your_device';
    END IF;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.server_version() RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
SELECT max(version) FROM caseapp.schema_version
$fn$;
CREATE OR REPLACE FUNCTION caseapp.create_team(p_team uuid, p_device uuid, p_sign_pub bytea, p_box_pub bytea, p_self bytea) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    INSERT INTO caseapp.teams (team_id) VALUES (p_team);
    INSERT INTO caseapp.members (team_id, role_name, is_creator) VALUES (p_team, session_user, true);
    INSERT INTO caseapp.devices (team_id, device_id, role_name, sign_pub, box_pub, endorsed_by,
                                 endorsement)
        VALUES (p_team, p_device, session_user, p_sign_pub, p_box_pub, p_device, p_self);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.create_invite(p_team uuid, p_token_hash bytea, p_for_role text, p_days integer) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    IF p_days < 1 OR p_days > 30 THEN
        RAISE EXCEPTION 'caseapp:bad_expiry';
    END IF;
    INSERT INTO caseapp.invites (team_id, token_hash, created_by, for_role, expires_at)
        VALUES (p_team, p_token_hash, session_user, p_for_role, now() + make_interval(days => p_days));
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.join_team(p_team uuid, p_token bytea, p_device uuid, p_sign_pub bytea, p_box_pub bytea, p_card_mac bytea) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
DECLARE
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
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.member_state(p_team uuid) RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
SELECT CASE WHEN m.removed THEN 'removed' ELSE 'member' END
    FROM caseapp.members m WHERE m.team_id = p_team AND m.role_name = session_user
$fn$;
CREATE OR REPLACE FUNCTION caseapp.members(p_team uuid) RETURNS TABLE(role_name text, is_creator boolean, removed boolean, joined_at timestamptz) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT m.role_name, m.is_creator, m.removed, m.joined_at FROM caseapp.members m
        WHERE m.team_id = p_team ORDER BY m.role_name;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.devices(p_team uuid) RETURNS TABLE(device_id uuid, role_name text, sign_pub bytea, box_pub bytea, invite_hash bytea, card_mac bytea, endorsed_by uuid, endorsement bytea, revoked_last bigint, revoked_by uuid, revocation bytea, added_at timestamptz) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT d.device_id, d.role_name, d.sign_pub, d.box_pub, d.invite_hash,
        d.card_mac, d.endorsed_by, d.endorsement, d.revoked_last, d.revoked_by, d.revocation,
        d.added_at
        FROM caseapp.devices d WHERE d.team_id = p_team ORDER BY d.added_at, d.device_id;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.leave_team(p_team uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    UPDATE caseapp.members SET removed = true WHERE team_id = p_team AND role_name = session_user;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.set_creator(p_team uuid, p_role text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_creator(p_team);
    IF NOT EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team
                   AND m.role_name = p_role AND NOT m.removed) THEN
        RAISE EXCEPTION 'caseapp:no_member';
    END IF;
    UPDATE caseapp.members SET is_creator = (role_name = p_role) WHERE team_id = p_team;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.endorse_device(p_team uuid, p_device uuid, p_by uuid, p_endorsement bytea, p_epochs integer[], p_sealed bytea[], p_signatures bytea[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_own_device(p_team, p_by);
    UPDATE caseapp.devices SET endorsed_by = p_by, endorsement = p_endorsement
        WHERE team_id = p_team AND device_id = p_device AND endorsed_by IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'caseapp:no_device';
    END IF;
    INSERT INTO caseapp.epoch_keys (team_id, epoch, recipient, sealer, sealed, signature)
        SELECT p_team, e, p_device, p_by, s, g FROM unnest(p_epochs, p_sealed, p_signatures) AS k(e, s, g)
        ON CONFLICT DO NOTHING;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.add_epoch(p_team uuid, p_by uuid, p_epoch integer, p_recipients uuid[], p_sealed bytea[], p_signatures bytea[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
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
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.epoch_keys(p_team uuid, p_device uuid) RETURNS TABLE(epoch integer, sealer uuid, sealed bytea, signature bytea) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_own_device(p_team, p_device);
    RETURN QUERY SELECT k.epoch, k.sealer, k.sealed, k.signature FROM caseapp.epoch_keys k
        WHERE k.team_id = p_team AND k.recipient = p_device ORDER BY k.epoch;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.needs_rotation(p_team uuid) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN EXISTS (SELECT 1 FROM caseapp.members m WHERE m.team_id = p_team AND m.removed
                   AND NOT m.key_rotated)
        OR EXISTS (SELECT 1 FROM caseapp.devices d WHERE d.team_id = p_team
                   AND d.revoked_last IS NOT NULL AND NOT d.key_rotated);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.revoke_devices(p_team uuid, p_by uuid, p_devices uuid[], p_lasts bigint[], p_signatures bytea[], p_remove_role text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
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
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.latest_epoch(p_team uuid) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN (SELECT coalesce(max(k.epoch), 0) FROM caseapp.epoch_keys k WHERE k.team_id = p_team);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.keys_missing(p_team uuid) RETURNS TABLE(recipient uuid, epoch integer) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT d.device_id, e.epoch
        FROM caseapp.devices d
        CROSS JOIN (SELECT DISTINCT k.epoch FROM caseapp.epoch_keys k WHERE k.team_id = p_team) e
        WHERE d.team_id = p_team AND d.endorsed_by IS NOT NULL AND d.revoked_last IS NULL
          AND NOT EXISTS (SELECT 1 FROM caseapp.epoch_keys k WHERE k.team_id = p_team
                          AND k.epoch = e.epoch AND k.recipient = d.device_id)
        ORDER BY 1, 2;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.add_keys(p_team uuid, p_by uuid, p_epochs integer[], p_recipients uuid[], p_sealed bytea[], p_signatures bytea[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp  AS $fn$
BEGIN
    PERFORM caseapp.require_own_device(p_team, p_by);
    INSERT INTO caseapp.epoch_keys (team_id, epoch, recipient, sealer, sealed, signature)
        SELECT p_team, k.e, k.r, p_by, k.s, k.g
        FROM unnest(p_epochs, p_recipients, p_sealed, p_signatures) AS k(e, r, s, g)
        JOIN caseapp.devices d ON d.team_id = p_team AND d.device_id = k.r
            AND d.endorsed_by IS NOT NULL AND d.revoked_last IS NULL
        WHERE EXISTS (SELECT 1 FROM caseapp.epoch_keys o WHERE o.team_id = p_team AND o.epoch = k.e)
        ON CONFLICT DO NOTHING;
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.push(p_team uuid, p_device uuid, p_device_seq bigint[], p_proto smallint[], p_epoch integer[], p_prev bytea[], p_nonce bytea[], p_payload bytea[], p_signature bytea[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp SET plan_cache_mode = force_custom_plan AS $fn$
DECLARE
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
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.pull(p_team uuid, p_after bigint, p_limit integer, p_except uuid) RETURNS TABLE(seq bigint, device_id uuid, device_seq bigint, proto smallint, key_epoch integer, prev bytea, nonce bytea, payload bytea, signature bytea) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp SET plan_cache_mode = force_custom_plan AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT e.seq, e.device_id, e.device_seq, e.proto, e.key_epoch, e.prev, e.nonce,
        e.payload, e.signature FROM caseapp.entries e
        WHERE e.team_id = p_team AND e.seq > p_after AND e.device_id <> p_except
        ORDER BY e.seq LIMIT least(p_limit, 10000);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.device_entries(p_team uuid, p_device uuid, p_after bigint, p_limit integer) RETURNS TABLE(seq bigint, device_id uuid, device_seq bigint, proto smallint, key_epoch integer, prev bytea, nonce bytea, payload bytea, signature bytea) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp SET plan_cache_mode = force_custom_plan AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT e.seq, e.device_id, e.device_seq, e.proto, e.key_epoch, e.prev, e.nonce,
        e.payload, e.signature FROM caseapp.entries e
        WHERE e.team_id = p_team AND e.device_id = p_device AND e.device_seq > p_after
        ORDER BY e.device_seq LIMIT least(p_limit, 10000);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.heads(p_team uuid) RETURNS TABLE(device_id uuid, last_device_seq bigint, entries bigint) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp SET plan_cache_mode = force_custom_plan AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    -- Each device's highest number from the index's end; the count (to find holes) only for
    -- the caller's own devices, whose entries it would send again. Numbers a purge removed
    -- count as held: they are not lost, and never sent again.
    RETURN QUERY SELECT d.device_id, greatest(top.n, gone.n),
        CASE WHEN d.role_name = session_user
             THEN (SELECT count(*) FROM caseapp.entries e
                   WHERE e.team_id = p_team AND e.device_id = d.device_id)
                  + (SELECT count(*) FROM caseapp.purged p
                     WHERE p.team_id = p_team AND p.device_id = d.device_id)
             ELSE greatest(top.n, gone.n) END
        FROM caseapp.devices d
        CROSS JOIN LATERAL (SELECT max(e.device_seq) AS n FROM caseapp.entries e
                            WHERE e.team_id = p_team AND e.device_id = d.device_id) AS top
        CROSS JOIN LATERAL (SELECT max(p.device_seq) AS n FROM caseapp.purged p
                            WHERE p.team_id = p_team AND p.device_id = d.device_id) AS gone
        WHERE d.team_id = p_team AND (top.n IS NOT NULL OR gone.n IS NOT NULL);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.missing(p_team uuid, p_device uuid, p_upto bigint) RETURNS SETOF bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp SET plan_cache_mode = force_custom_plan AS $fn$
BEGIN
    PERFORM caseapp.require_member(p_team);
    RETURN QUERY SELECT n FROM generate_series(1::bigint, p_upto) AS n
        WHERE NOT EXISTS (SELECT 1 FROM caseapp.entries e WHERE e.team_id = p_team
                          AND e.device_id = p_device AND e.device_seq = n)
          AND NOT EXISTS (SELECT 1 FROM caseapp.purged p WHERE p.team_id = p_team
                          AND p.device_id = p_device AND p.device_seq = n);
END
$fn$;
CREATE OR REPLACE FUNCTION caseapp.purge_entries(p_team uuid, p_device uuid, p_purge_seq bigint, p_devices uuid[], p_seqs bigint[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp SET plan_cache_mode = force_custom_plan AS $fn$
DECLARE
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
END
$fn$;
REVOKE ALL ON ALL TABLES IN SCHEMA caseapp FROM PUBLIC;
GRANT USAGE ON SCHEMA caseapp TO PUBLIC;
REVOKE ALL ON FUNCTION caseapp.server_version() FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.create_team(uuid, uuid, bytea, bytea, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.create_invite(uuid, bytea, text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.join_team(uuid, bytea, uuid, bytea, bytea, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.member_state(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.members(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.devices(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.leave_team(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.set_creator(uuid, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.endorse_device(uuid, uuid, uuid, bytea, integer[], bytea[], bytea[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.add_epoch(uuid, uuid, integer, uuid[], bytea[], bytea[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.epoch_keys(uuid, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.needs_rotation(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.revoke_devices(uuid, uuid, uuid[], bigint[], bytea[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.latest_epoch(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.keys_missing(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.add_keys(uuid, uuid, integer[], uuid[], bytea[], bytea[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.push(uuid, uuid, bigint[], smallint[], integer[], bytea[], bytea[], bytea[], bytea[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.pull(uuid, bigint, integer, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.device_entries(uuid, uuid, bigint, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.heads(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.missing(uuid, uuid, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.purge_entries(uuid, uuid, bigint, uuid[], bigint[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.require_member(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.require_creator(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION caseapp.require_own_device(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.server_version() TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.create_team(uuid, uuid, bytea, bytea, bytea) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.create_invite(uuid, bytea, text, integer) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.join_team(uuid, bytea, uuid, bytea, bytea, bytea) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.member_state(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.members(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.devices(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.leave_team(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.set_creator(uuid, text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.endorse_device(uuid, uuid, uuid, bytea, integer[], bytea[], bytea[]) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.add_epoch(uuid, uuid, integer, uuid[], bytea[], bytea[]) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.epoch_keys(uuid, uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.needs_rotation(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.revoke_devices(uuid, uuid, uuid[], bigint[], bytea[], text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.latest_epoch(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.keys_missing(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.add_keys(uuid, uuid, integer[], uuid[], bytea[], bytea[]) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.push(uuid, uuid, bigint[], smallint[], integer[], bytea[], bytea[], bytea[], bytea[]) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.pull(uuid, bigint, integer, uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.device_entries(uuid, uuid, bigint, integer) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.heads(uuid) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.missing(uuid, uuid, bigint) TO PUBLIC;
GRANT EXECUTE ON FUNCTION caseapp.purge_entries(uuid, uuid, bigint, uuid[], bigint[]) TO PUBLIC;
INSERT INTO caseapp.schema_version (version) VALUES (3);
RESET ROLE;

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

