-- The server schema caseapp released first (version 1), kept for the upgrade test.
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
INSERT INTO caseapp_schema (version) VALUES (1);
