import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Env } from '@casebook/config';
import { QUEUES } from '@casebook/queues';

const BATCH = 100;
const LEASE_SECONDS = 30;
const LISTEN_CHANNEL = 'casebook_outbox';
/** First wait before listening again after a failure; it doubles up to a minute while failures go on. */
const LISTEN_RETRY_MS = 2_000;
const LISTEN_RETRY_MAX_MS = 60_000;
const PUBLISH_TIMEOUT_MS = 5_000;
/** Published rows are kept this long (for tracing), then deleted; they hold ids only. */
const KEEP_PUBLISHED_DAYS = 30;
const PURGE_EVERY_MS = 10 * 60_000;

export const OUTBOX_QUEUES = Symbol('OUTBOX_QUEUES');

/**
 * Publishes outbox rows to BullMQ. A batch is leased in a short transaction
 * (SKIP LOCKED, so several workers share the work), published with the row's
 * job id (a duplicate collapses in BullMQ), then marked published. If Redis is
 * down, the lease lapses and the rows are tried again: nothing is lost, and a
 * message published twice is one job. Published rows are deleted after
 * KEEP_PUBLISHED_DAYS, so the table does not grow without end.
 *
 * When idle, the relay waits for a NOTIFY from the outbox trigger (on its own
 * session, DATABASE_LISTEN_URL) or the poll interval, whichever comes first:
 * a submission reaches the queue within milliseconds, and if the listening
 * connection is lost, polling carries on while it reconnects.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private lastPurge = 0;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by a notification; a pass that starts afterwards will see the new rows. */
  private notified = false;
  private listener?: Client;
  private relisten?: NodeJS.Timeout;
  private relistenDelay = LISTEN_RETRY_MS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(OUTBOX_QUEUES) private readonly queues: Map<string, Queue>,
    private readonly config: ConfigService<Env, true>,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    // Listening starts beside the first passes: messages written meanwhile are found by polling.
    void this.listen();
    this.loop = this.run();
  }

  /** Stops before the queues and the database pool close (they close in later shutdown hooks). */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    clearTimeout(this.relisten);
    this.wake?.();
    await this.loop;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Opens the LISTEN session; on failure or loss, polling goes on and it is retried. */
  private async listen(): Promise<void> {
    const url = this.config.get('DATABASE_LISTEN_URL', { infer: true }) ?? this.config.get('DATABASE_URL', { infer: true });
    if (url === 'none' || !this.running) return;
    const client = new Client({ connectionString: url, application_name: 'casebook-outbox-listen', connectionTimeoutMillis: 5_000 });
    const retry = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (error) this.logger.warn({ err: { message: error.message, code: (error as { code?: string }).code }, retryInMs: this.relistenDelay }, 'outbox listen connection lost; polling meanwhile');
      if (this.running) this.relisten = setTimeout(() => void this.listen(), this.relistenDelay);
      this.relistenDelay = Math.min(this.relistenDelay * 2, LISTEN_RETRY_MAX_MS);
    };
    this.listener = client;
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LISTEN_CHANNEL}`);
      this.relistenDelay = LISTEN_RETRY_MS;
    } catch (error) {
      retry(error as Error);
    }
  }

  /** One pass: returns how many messages were published. */
  async relayOnce(): Promise<number> {
    const rows: Array<{ id: string; queue: string; name: string; job_id: string; payload: Record<string, unknown> }> = await this.dataSource.query(
      // (A data-modifying CTE, so the driver returns the rows themselves.)
      `WITH leased AS (
         UPDATE outbox SET available_at = now() + make_interval(secs => $2), attempts = attempts + 1
          WHERE id IN (SELECT id FROM outbox WHERE published_at IS NULL AND available_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, queue, name, job_id, payload)
       SELECT * FROM leased ORDER BY id`,
      [BATCH, LEASE_SECONDS],
    );
    if (rows.length === 0) return 0;
    const published: string[] = [];
    for (const [queueName, group] of groupBy(rows, (r) => r.queue)) {
      const queue = this.queues.get(queueName);
      if (!queue) {
        this.logger.error({ queue: queueName }, 'outbox message for an unknown queue');
        continue;
      }
      await withTimeout(
        queue.addBulk(group.map((r) => ({ name: r.name, data: r.payload, opts: { jobId: r.job_id } }))),
        PUBLISH_TIMEOUT_MS,
      );
      published.push(...group.map((r) => r.id));
    }
    if (published.length) await this.dataSource.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [published]);
    return published.length;
  }

  /** Deletes published rows older than the retention, a bounded batch at a time; returns how many. */
  async purgePublished(keepDays = KEEP_PUBLISHED_DAYS): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox WHERE published_at < now() - make_interval(days => $1) ORDER BY id LIMIT 5000)
         RETURNING id)
       SELECT id FROM gone`,
      [keepDays],
    );
    return rows.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      this.notified = false;
      try {
        if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
          this.lastPurge = Date.now();
          await this.purgePublished();
        }
        published = await this.relayOnce();
      } catch (error) {
        this.logger.warn({ err: error }, 'outbox relay pass failed; will retry');
      }
      if (published === 0 && this.running && !this.notified) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.get('OUTBOX_POLL_MS', { infer: true }));
          this.wake = () => {
            clearTimeout(timer);
            this.wake = undefined;
            resolve();
          };
        });
      }
    }
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const group = out.get(key(item));
    if (group) group.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export const outboxQueuesProvider = {
  provide: OUTBOX_QUEUES,
  inject: [getQueueToken(QUEUES.redaction), getQueueToken(QUEUES.reports), getQueueToken(QUEUES.maintenance)],
  useFactory: (...queues: Queue[]) => {
    const logger = new Logger('OutboxQueues');
    for (const queue of queues) queue.on('error', (error: Error) => logger.warn({ err: { message: error.message }, queue: queue.name }, 'queue connection error'));
    return new Map(queues.map((q) => [q.name, q]));
  },
};

