import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How the installed web app presents itself on a phone's home screen: a
 * neutral name and one of a few plain icons, chosen by admins, so that the
 * home screen does not say "Casebook" to whoever looks through the phone.
 */
export class AppSettings1795319000000 implements MigrationInterface {
  name = 'AppSettings1795319000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_settings (
        id            boolean NOT NULL DEFAULT true,
        app_name      text NOT NULL DEFAULT 'Notes',
        app_icon      text NOT NULL DEFAULT 'notes',
        updated_at    timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid,
        CONSTRAINT app_settings_pkey PRIMARY KEY (id),
        CONSTRAINT app_settings_one_row CHECK (id),
        CONSTRAINT app_settings_name CHECK (char_length(app_name) BETWEEN 1 AND 30),
        CONSTRAINT app_settings_icon CHECK (app_icon IN ('notes', 'weather', 'calculator', 'calendar')),
        CONSTRAINT app_settings_updated_by_id_fkey FOREIGN KEY (updated_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await q.query(`INSERT INTO app_settings DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_settings`);
  }
}
