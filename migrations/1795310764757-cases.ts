import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_TERMS } from './data/default-taxonomy-2026-11';

/**
 * Taxonomy (seeded with the default vocabularies), cases with incidents,
 * perpetrators and abuses, encrypted narratives, and idempotency keys.
 */
export class Cases1795310764757 implements MigrationInterface {
  name = 'Cases1795310764757';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE taxonomy_terms (
        vocabulary text NOT NULL,
        code       text NOT NULL,
        group_code text,
        labels     jsonb NOT NULL,
        sort_order integer NOT NULL,
        active     boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT taxonomy_terms_pkey PRIMARY KEY (vocabulary, code),
        CONSTRAINT taxonomy_terms_code_check CHECK (code ~ '^[a-z0-9_]{1,48}$'),
        CONSTRAINT taxonomy_terms_labels_check CHECK (labels ? 'en')
      )`);
    // Codes are never reused: a term can be retired (active = false), never removed.
    await q.query(`
      CREATE FUNCTION taxonomy_terms_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'taxonomy terms are retired, never deleted'; END IF;
        IF NEW.vocabulary <> OLD.vocabulary OR NEW.code <> OLD.code THEN RAISE EXCEPTION 'a taxonomy code never changes'; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER taxonomy_terms_keep BEFORE UPDATE OR DELETE ON taxonomy_terms FOR EACH ROW EXECUTE FUNCTION taxonomy_terms_keep()`);
    const order = new Map<string, number>();
    for (const term of DEFAULT_TERMS) {
      const n = (order.get(term.vocabulary) ?? 0) + 10;
      order.set(term.vocabulary, n);
      await q.query(`INSERT INTO taxonomy_terms (vocabulary, code, group_code, labels, sort_order) VALUES ($1, $2, $3, $4, $5)`, [
        term.vocabulary,
        term.code,
        term.group,
        JSON.stringify({ en: term.en, ru: term.ru }),
        n,
      ]);
    }

    await q.query(`CREATE TYPE case_status AS ENUM ('draft', 'submitted', 'in_review', 'published', 'archived', 'withdrawn')`);
    await q.query(`
      CREATE TABLE cases (
        id                    uuid NOT NULL,
        reference             text NOT NULL,
        organisation_id       uuid NOT NULL,
        interviewer_id        uuid NOT NULL,
        status                case_status NOT NULL DEFAULT 'draft',
        interview_month       date NOT NULL,
        country               character(2) NOT NULL,
        region                text,
        city                  text,
        consent_research      boolean NOT NULL,
        consent_advocacy      boolean NOT NULL,
        consent_quotation     boolean NOT NULL,
        consent_recorded_on   date NOT NULL,
        gender                text NOT NULL,
        age_band              text NOT NULL,
        work_setting          text NOT NULL,
        migrant_status        text NOT NULL,
        child_protection_flag boolean NOT NULL DEFAULT false,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        submitted_at          timestamptz,
        published_at          timestamptz,
        withdrawn_at          timestamptz,
        CONSTRAINT cases_pkey PRIMARY KEY (id),
        CONSTRAINT cases_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
        CONSTRAINT cases_interviewer_id_fkey FOREIGN KEY (interviewer_id) REFERENCES users (id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX cases_reference_key ON cases (reference)`);
    await q.query(`CREATE INDEX cases_organisation_id_idx ON cases (organisation_id)`);
    await q.query(`CREATE INDEX cases_interviewer_id_idx ON cases (interviewer_id)`);
    await q.query(`CREATE INDEX cases_created_idx ON cases (created_at, id)`);
    await q.query(`CREATE INDEX cases_status_created_idx ON cases (status, created_at, id)`);

    await q.query(`
      CREATE TABLE incidents (
        id                      uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id                 uuid NOT NULL,
        position                smallint NOT NULL,
        year                    smallint NOT NULL,
        month                   smallint,
        country                 character(2) NOT NULL,
        place                   text,
        location_type           text NOT NULL,
        reported_to_authorities text NOT NULL,
        medical_care_needed     boolean,
        CONSTRAINT incidents_pkey PRIMARY KEY (id),
        CONSTRAINT incidents_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX incidents_case_id_idx ON incidents (case_id)`);
    await q.query(`
      CREATE TABLE incident_perpetrators (
        incident_id uuid NOT NULL,
        position    smallint NOT NULL,
        type        text NOT NULL,
        count       smallint,
        involvement text NOT NULL,
        CONSTRAINT incident_perpetrators_pkey PRIMARY KEY (incident_id, position),
        CONSTRAINT incident_perpetrators_incident_id_fkey FOREIGN KEY (incident_id) REFERENCES incidents (id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE incident_abuses (
        incident_id uuid NOT NULL,
        category    text NOT NULL,
        CONSTRAINT incident_abuses_pkey PRIMARY KEY (incident_id, category),
        CONSTRAINT incident_abuses_incident_id_fkey FOREIGN KEY (incident_id) REFERENCES incidents (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE narratives (
        case_id    uuid NOT NULL,
        key_id     text NOT NULL,
        ciphertext bytea NOT NULL,
        version    integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT narratives_pkey PRIMARY KEY (case_id),
        CONSTRAINT narratives_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id      uuid NOT NULL,
        key          text NOT NULL,
        request_hash bytea NOT NULL,
        status_code  integer NOT NULL,
        response     jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE narratives`);
    await q.query(`DROP TABLE incident_abuses`);
    await q.query(`DROP TABLE incident_perpetrators`);
    await q.query(`DROP TABLE incidents`);
    await q.query(`DROP TABLE cases`);
    await q.query(`DROP TYPE case_status`);
    await q.query(`DROP TABLE taxonomy_terms`);
    await q.query(`DROP FUNCTION taxonomy_terms_keep()`);
  }
}
