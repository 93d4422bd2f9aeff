import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Protected releases (issue 24): every researcher report is computed from
 * them, never from the cases.
 *
 * - privacy_budget: one row, set by admins (audited): the ρ each release of a
 *   period spends and the total ρ all releases together may spend (zCDP; ρ
 *   composes by addition).
 * - releases: one noisy, consistent release of a period's tables (figures as
 *   JSON, zeros left out), with the ρ it spent; 'increment' releases hold the
 *   cases of a period published after its first release.
 * - release_cases: which cases each release counted (a case is counted once
 *   per period), so an increment takes only the late ones.
 */
export class Releases1795324000000 implements MigrationInterface {
  name = 'Releases1795324000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacy_budget (
        id             boolean NOT NULL DEFAULT true,
        period_rho     numeric(12, 6) NOT NULL DEFAULT 20,
        total_rho      numeric(12, 6) NOT NULL DEFAULT 200,
        updated_at     timestamptz NOT NULL DEFAULT now(),
        updated_by_id  uuid,
        CONSTRAINT privacy_budget_pkey PRIMARY KEY (id),
        CONSTRAINT privacy_budget_one_row CHECK (id),
        CONSTRAINT privacy_budget_positive CHECK (period_rho > 0 AND total_rho > 0),
        CONSTRAINT privacy_budget_updated_by_id_fkey FOREIGN KEY (updated_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await q.query(`INSERT INTO privacy_budget DEFAULT VALUES`);
    await q.query(`
      CREATE TABLE releases (
        id             uuid NOT NULL,
        period         text COLLATE "C" NOT NULL,
        kind           text COLLATE "C" NOT NULL,
        rho            numeric(12, 6) NOT NULL,
        respondents    integer NOT NULL,
        figures        jsonb NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        created_by_id  uuid,
        CONSTRAINT releases_pkey PRIMARY KEY (id),
        CONSTRAINT releases_period CHECK (period ~ '^[0-9]{4}$'),
        CONSTRAINT releases_kind CHECK (kind IN ('full', 'increment')),
        CONSTRAINT releases_rho CHECK (rho > 0),
        CONSTRAINT releases_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX releases_period_idx ON releases (period, created_at)`);
    await q.query(`
      CREATE TABLE release_cases (
        period      text COLLATE "C" NOT NULL,
        case_id     uuid NOT NULL,
        release_id  uuid NOT NULL,
        CONSTRAINT release_cases_pkey PRIMARY KEY (period, case_id),
        CONSTRAINT release_cases_release_id_fkey FOREIGN KEY (release_id) REFERENCES releases (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE release_cases`);
    await q.query(`DROP TABLE releases`);
    await q.query(`DROP TABLE privacy_budget`);
  }
}
