import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keystore: one data key per case, wrapped (AES-256-GCM) by the newest
 * key-encryption key of NARRATIVE_KEYS. It is a schema of its own so that it is
 * backed up on its own, with a short retention (scripts/backup.sh): deleting a
 * case deletes its key, and once the keystore backups taken before the
 * deletion have expired, no copy of the case data can be read.
 *
 * No foreign key to public.cases: the keystore is restored on its own, and a
 * key is only ever looked up by its case id.
 */
export class Keystore1795326026000 implements MigrationInterface {
  name = 'Keystore1795326026000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS keystore`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS keystore.case_keys (
        case_id    uuid NOT NULL,
        kek_id     text NOT NULL,
        wrapped    bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_keys_pkey PRIMARY KEY (case_id)
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS case_keys_kek_id_idx ON keystore.case_keys (kek_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Reverting a migration must never shred every case: keys that exist are kept
    // (up() takes them back as they are); an empty keystore is removed.
    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM keystore.case_keys`);
    if (n === 0) await q.query(`DROP SCHEMA keystore CASCADE`);
  }
}
