import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { RETENTION_CRON, RetentionService, type RetentionRunResult } from '@casebook/cases';
import { QUEUES, type RetentionJobData } from '@casebook/queues';
import { GracefulWorkerHost } from '../graceful-worker-host';

/** The one scheduler of the daily run (upserted by every worker: BullMQ keeps one). */
export const RETENTION_SCHEDULER_ID = 'retention-daily';

/**
 * The daily retention run (03:00 UTC): applies the admins' policy through
 * RetentionService. The run is idempotent and resumable, so a retry after a
 * crash simply finishes what is still due.
 */
@Processor(QUEUES.retention, { concurrency: 1 })
export class RetentionProcessor extends GracefulWorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly retention: RetentionService,
    @InjectQueue(QUEUES.retention) private readonly queue: Queue<RetentionJobData>,
  ) {
    super();
  }

  /** Not awaited: a worker starting while Redis is away still starts; the scheduler is set once Redis answers. */
  onApplicationBootstrap(): void {
    void this.queue
      .upsertJobScheduler(
        RETENTION_SCHEDULER_ID,
        { pattern: RETENTION_CRON, tz: 'UTC' },
        { name: 'retention', data: { trigger: 'schedule' }, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 30, removeOnFail: 100 } },
      )
      .catch((error: Error) => new Logger(RetentionProcessor.name).error({ err: { message: error.message } }, 'could not schedule the daily retention run'));
  }

  async process(job: Job<RetentionJobData>): Promise<RetentionRunResult> {
    if (job.name !== 'retention') throw new Error(`unknown retention job ${job.name}`);
    return this.retention.run(job.data.asOf ? new Date(job.data.asOf) : new Date());
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    new Logger(RetentionProcessor.name).warn({ err: { message: error.message, code: (error as { code?: string }).code } }, 'queue connection error');
  }
}
