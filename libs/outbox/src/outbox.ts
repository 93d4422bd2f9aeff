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
 * The same insert as a data-modifying CTE, for callers that write everything
 * in one statement (a new case): `$queue`, `$name`, `$jobId` and `$data` are
 * the parameter references of the caller's statement; the row is written only
 * when `$jobId` is not null and `source` has a row.
 */
export function enqueueCte(source: string, refs: { queue: string; name: string; jobId: string; data: string }): string {
  return `INSERT INTO outbox (queue, name, job_id, payload)
      SELECT ${refs.queue}, ${refs.name}, ${refs.jobId}, ${refs.data}::jsonb FROM ${source} WHERE ${refs.jobId}::text IS NOT NULL`;
}
