import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions bound to a device and visible as devices:
 * - device_proof_hash: SHA-256 of a secret the web app generates at sign-in
 *   and keeps only inside its encrypted device store. Every refresh of such a
 *   session must prove it, so a locked, wiped or re-installed app (or a copied
 *   cookie alone) cannot refresh.
 * - device_label: a neutral label from the user agent ("Chrome on Android"),
 *   never a location.
 * - last_seen_at: the last sign-in or refresh.
 */
export class DeviceSessions1795323023000 implements MigrationInterface {
  name = 'DeviceSessions1795323023000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sessions
        ADD COLUMN device_proof_hash bytea,
        ADD COLUMN device_label text,
        ADD COLUMN last_seen_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN last_seen_at, DROP COLUMN device_label, DROP COLUMN device_proof_hash`);
  }
}
