import type { EntityManager } from 'typeorm';

/** A job to queue: the queue, the job's name and id (duplicates collapse in BullMQ), and its data (ids only, never text). */
export interface OutboxMessage {
  queue: string;
  name: string;
  jobId: string;
  data: object;
}

/**
 * Queues a job through the outbox, inside the caller's transaction: the job
 * exists exactly when the change that asks for it commits. The relay in the
 * worker publishes it to BullMQ. Every job Casebook queues goes through here.
 */
export async function enqueue(manager: EntityManager, message: OutboxMessage): Promise<void> {
  await manager.query(`INSERT INTO outbox (queue, name, job_id, payload) VALUES ($1, $2, $3, $4)`, [
    message.queue,
    message.name,
    message.jobId,
    JSON.stringify(message.data),
  ]);
}

/**
 * Like enqueue, under a job id that cannot collide with any job Redis already
 * holds: the given id with the outbox row's own id appended (`…-o<row id>`).
 * For a job that must run even though a job of the same base id exists in
 * Redis as completed (its database was restored from a backup, or a fixture
 * was loaded twice): BullMQ treats an existing job id as done. Returns the id.
 */
export async function enqueueFresh(manager: EntityManager, message: OutboxMessage): Promise<string> {
  const [row]: Array<{ job_id: string }> = await manager.query(
    `INSERT INTO outbox (id, queue, name, job_id, payload)
     SELECT s.id, $1, $2, $3 || '-o' || s.id, $4 FROM (SELECT nextval(pg_get_serial_sequence('outbox', 'id')) AS id) s
     RETURNING job_id`,
    [message.queue, message.name, message.jobId, JSON.stringify(message.data)],
  );
  return row.job_id;
}

/**
 * The same insert as a data-modifying CTE, for callers that write everything
 * in one statement (a new case): `$queue`, `$name`, `$jobId` and `$data` are
 * the parameter references of the caller's statement; the row is written only
 * when `$jobId` is not null and `source` has a row.
 */
export function enqueueCte(source: string, refs: { queue: string; name: string; jobId: string; data: string }): string {
  return `INSERT INTO outbox (queue, name, job_id, payload)
      SELECT ${refs.queue}, ${refs.name}, ${refs.jobId}, ${refs.data}::jsonb FROM ${source} WHERE ${refs.jobId}::text IS NOT NULL`;
}
