import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, users, sessions with rotating refresh tokens, one-time tokens
 * (password resets, MFA recovery codes) and the hash-chained audit log.
 */
export class Identity1795310187608 implements MigrationInterface {
  name = 'Identity1795310187608';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id         uuid NOT NULL DEFAULT gen_random_uuid(),
        name       text NOT NULL,
        country    character(2),
        active     boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_pkey PRIMARY KEY (id),
        CONSTRAINT organisations_name_key UNIQUE (name)
      )`);

    await q.query(`CREATE TYPE user_role AS ENUM ('admin', 'interviewer', 'researcher')`);
    await q.query(`CREATE TYPE user_status AS ENUM ('active', 'disabled')`);
    await q.query(`
      CREATE TABLE users (
        id                  uuid NOT NULL DEFAULT gen_random_uuid(),
        email               text NOT NULL,
        display_name        text NOT NULL,
        role                user_role NOT NULL,
        status              user_status NOT NULL DEFAULT 'active',
        organisation_id     uuid NOT NULL,
        password_hash       text,
        password_changed_at timestamptz,
        mfa_secret          text,
        mfa_enabled_at      timestamptz,
        mfa_last_step       bigint,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_pkey PRIMARY KEY (id),
        CONSTRAINT users_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_organisation_id_idx ON users (organisation_id)`);

    await q.query(`
      CREATE TABLE sessions (
        id             uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id        uuid NOT NULL,
        mfa_verified   boolean NOT NULL DEFAULT false,
        created_at     timestamptz NOT NULL DEFAULT now(),
        expires_at     timestamptz NOT NULL,
        revoked_at     timestamptz,
        revoked_reason text,
        CONSTRAINT sessions_pkey PRIMARY KEY (id),
        CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id         uuid NOT NULL DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id),
        CONSTRAINT refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)`);
    await q.query(`CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash)`);

    await q.query(`CREATE TYPE one_time_token_purpose AS ENUM ('password_reset', 'mfa_recovery')`);
    await q.query(`
      CREATE TABLE one_time_tokens (
        id         uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id    uuid NOT NULL,
        purpose    one_time_token_purpose NOT NULL,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        used_at    timestamptz,
        CONSTRAINT one_time_tokens_pkey PRIMARY KEY (id),
        CONSTRAINT one_time_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX one_time_tokens_user_id_idx ON one_time_tokens (user_id)`);
    await q.query(`CREATE UNIQUE INDEX one_time_tokens_token_hash_key ON one_time_tokens (token_hash)`);

    // ---- Audit log: append-only and hash-chained -------------------------------
    await q.query(`
      CREATE TABLE audit_events (
        seq         bigint NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id    uuid,
        actor_role  text,
        action      text NOT NULL,
        target_type text,
        target_id   text,
        client_ip   text,
        summary     jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash   bytea NOT NULL,
        hash        bytea NOT NULL,
        CONSTRAINT audit_events_pkey PRIMARY KEY (seq)
      )`);
    await q.query(`CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at)`);
    await q.query(`CREATE INDEX audit_events_actor_id_idx ON audit_events (actor_id)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action)`);
    await q.query(`CREATE INDEX audit_events_target_idx ON audit_events (target_id)`);

    // The hash of a row covers all its content and the previous row's hash.
    // jsonb's text form is canonical (sorted keys), so the hash is stable.
    await q.query(`
      CREATE FUNCTION audit_event_hash(e audit_events) RETURNS bytea
      LANGUAGE sql STABLE AS $$
        SELECT sha256(convert_to(concat_ws('|',
          e.seq::text,
          encode(e.prev_hash, 'hex'),
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(e.actor_id::text, ''),
          coalesce(e.actor_role, ''),
          e.action,
          coalesce(e.target_type, ''),
          coalesce(e.target_id, ''),
          coalesce(e.client_ip, ''),
          e.summary::text), 'UTF8'))
      $$`);
    // One writer at a time extends the chain: the advisory lock is held until
    // the inserting transaction ends, so concurrent writers queue up and each
    // row links to the row committed before it.
    await q.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE last audit_events%ROWTYPE;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('casebook.audit_events'));
        SELECT * INTO last FROM audit_events ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last.seq, 0) + 1;
        NEW.prev_hash := coalesce(last.hash, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
        NEW.occurred_at := clock_timestamp();
        NEW.hash := audit_event_hash(NEW);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events CASCADE`); // with audit_event_hash(), which takes its row type
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP FUNCTION audit_events_chain()`);
    await q.query(`DROP TABLE one_time_tokens`);
    await q.query(`DROP TYPE one_time_token_purpose`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TYPE user_status`);
    await q.query(`DROP TYPE user_role`);
    await q.query(`DROP TABLE organisations`);
  }
}
