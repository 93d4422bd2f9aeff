import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { redactionJobId } from '@casebook/cases';
import { RedactionService } from '@casebook/review';
import { QUEUES, type RedactionJobData } from '@casebook/queues';

/** A job normally runs within seconds of its publication; after this long, its absence means it was lost. */
const LOST_AFTER_SECONDS = 15 * 60;
const EVERY_MS = 5 * 60_000;
const BATCH = 500;

/**
 * Finds redactions whose job vanished from Redis (a fail-over that lost the
 * last acknowledged writes, a flushed instance) and queues them again, so
 * that no submitted case waits for ever. A case counts when it has waited
 * for its proposal since well after its message was published and Redis
 * has no job for it; a job that failed for good without its failure being
 * recorded (the worker died at that moment) is recorded for admins. Every
 * worker runs it; duplicates collapse on the job id.
 */
@Injectable()
export class RedactionReconcilerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RedactionReconcilerService.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<unknown>;

  constructor(
    private readonly redaction: RedactionService,
    @InjectQueue(QUEUES.redaction) private readonly queue: Queue<RedactionJobData>,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.pass ??= this.reconcileOnce()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'redaction reconciliation failed; will retry'))
        .finally(() => (this.pass = undefined));
    }, EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  /** One pass: how many cases were queued again and how many failures recorded. */
  async reconcileOnce(lostAfterSeconds = LOST_AFTER_SECONDS): Promise<{ requeued: number; failed: number }> {
    let requeued = 0;
    let failed = 0;
    for (const { caseId, narrativeVersion } of await this.redaction.pendingLongAgo(lostAfterSeconds, BATCH)) {
      const job = await this.queue.getJob(redactionJobId(caseId, narrativeVersion));
      if (!job) {
        await this.redaction.requeueLost(caseId, narrativeVersion);
        requeued++;
      } else if ((await job.getState()) === 'failed') {
        await this.redaction.recordFailure(caseId, `${job.failedReason ?? 'failed'}`.slice(0, 300));
        failed++;
      }
    }
    if (requeued || failed) this.logger.warn({ requeued, failed }, 'redaction jobs missing from the queue were queued again');
    return { requeued, failed };
  }
}
