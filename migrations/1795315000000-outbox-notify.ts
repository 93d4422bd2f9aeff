import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay when messages are written: one NOTIFY per inserting
 * statement, delivered when its transaction commits (PostgreSQL folds
 * repeats in one transaction). The relay still polls, so a lost notification
 * only delays a message by the poll interval.
 */
export class OutboxNotify1795315000000 implements MigrationInterface {
  name = 'OutboxNotify1795315000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('casebook_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
  }
}
