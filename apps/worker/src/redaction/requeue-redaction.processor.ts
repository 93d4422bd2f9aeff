import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { RedactionService } from '@casebook/review';
import { QUEUES, type RequeueRedactionJobData } from '@casebook/queues';
import { GracefulWorkerHost } from '../graceful-worker-host';

const BATCH = 200;

/**
 * Bulk re-redaction after a detector upgrade: walks the unpublished cases in
 * id order, queueing each through the outbox. The position is saved in the
 * job's data after every batch, so a retried job resumes where it stopped;
 * progress is visible as {done, total}.
 */
@Processor(QUEUES.maintenance, { concurrency: 1 })
export class RequeueRedactionProcessor extends GracefulWorkerHost {
  constructor(private readonly redaction: RedactionService) {
    super();
  }

  async process(job: Job<RequeueRedactionJobData>): Promise<{ queued: number }> {
    if (job.name !== 'requeue-redaction') throw new Error(`unknown maintenance job ${job.name}`);
    let after = job.data.after;
    let done = typeof job.progress === 'object' && job.progress !== null ? Number((job.progress as { done?: number }).done ?? 0) : 0;
    for (;;) {
      const batch = await this.redaction.requeueBatch(after, BATCH);
      done += batch.queued;
      after = batch.last;
      await job.updateData({ ...job.data, after });
      await job.updateProgress({ done, total: batch.total });
      if (batch.queued < BATCH) return { queued: done };
    }
  }

  /** Connection trouble (Redis restarting): logged, not printed; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    new Logger(RequeueRedactionProcessor.name).warn({ err: { message: error.message, code: (error as { code?: string }).code } }, 'queue connection error');
  }
}
