import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { type ProposeOutcome, RedactionService } from '@casebook/review';
import { BatchCoalescer } from '@casebook/common';
import { QUEUES, type RedactionJobData } from '@casebook/queues';
import { DetectorPool } from '@casebook/redaction';
import { GracefulWorkerHost } from '../graceful-worker-host';

/**
 * Proposes the redaction of one narrative. Jobs carry ids only; the text is
 * decrypted here and never leaves the process. Retries use BullMQ's
 * exponential backoff; after the last attempt the failure is recorded on the
 * case for admins. Stalled jobs (a worker that died) are picked up again.
 *
 * The jobs in flight at the same moment are stored together (group commit:
 * one transaction for up to 32 proposals, four transactions at a time); each
 * job completes only once its own proposal is committed. The detector runs
 * on threads of its own (DetectorPool), so the event loop stays free to
 * fetch jobs, renew their locks and write to PostgreSQL meanwhile.
 */
@Processor(QUEUES.redaction, { concurrency: 128, lockDuration: 15_000, stalledInterval: 15_000, maxStalledCount: 3 })
export class RedactionProcessor extends GracefulWorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(RedactionProcessor.name);
  private readonly proposals: BatchCoalescer<RedactionJobData, ProposeOutcome>;

  constructor(
    private readonly redaction: RedactionService,
    private readonly detector: DetectorPool,
  ) {
    super();
    this.proposals = new BatchCoalescer((jobs) => this.redaction.proposeMany(jobs), 32, 4);
  }

  /** The detector threads (REDACTION_THREADS) are ready before the first job. */
  onApplicationBootstrap(): void {
    this.detector.start();
  }

  async process(job: Job<RedactionJobData>): Promise<string> {
    const outcome = await this.proposals.submit(job.data);
    // Debug only: every proposal is in the audit log, and thousands of lines a second would drown the rest.
    this.logger.debug({ jobId: job.id, caseId: job.data.caseId, outcome }, 'redaction job done');
    return outcome;
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<RedactionJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    // The message of a decryption or database error names no narrative text; keep it short anyway.
    const reason = `${error.name}: ${error.message}`.slice(0, 300);
    this.logger.warn({ err: error, jobId: job.id, caseId: job.data.caseId, attempt: job.attemptsMade, final }, 'redaction job failed');
    if (final) await this.redaction.recordFailure(job.data.caseId, reason);
  }

  /** Connection trouble (Redis restarting): logged, not printed; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    new Logger(RedactionProcessor.name).warn({ err: { message: error.message, code: (error as { code?: string }).code } }, 'queue connection error');
  }
}
