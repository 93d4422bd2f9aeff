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
 * last acknowledged writes, a flushed instance) or that Redis reports as done
 * while the case still waits (a database restored from a backup, a fixture
 * loaded twice, another instance's data: BullMQ treats an existing job id as
 * done and never runs it), and queues them again under a job id that cannot
 * collide (`…-o<outbox row id>`), so that no submitted case waits for ever.
 * A case counts when it has waited for its proposal since well after its
 * latest message was published; that message's job is the one looked up. A
 * job that failed for good without its failure being recorded (the worker
 * died at that moment) is recorded for admins. Every worker runs it; two
 * passes at once may queue a case twice, which the processor's check of the
 * case's state makes harmless.
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
    for (const { caseId, narrativeVersion, jobId } of await this.redaction.pendingLongAgo(lostAfterSeconds, BATCH)) {
      const job = await this.queue.getJob(jobId ?? redactionJobId(caseId, narrativeVersion));
      const state = job ? await job.getState() : 'missing';
      if (state === 'failed') {
        await this.redaction.recordFailure(caseId, `${job?.failedReason ?? 'failed'}`.slice(0, 300));
        failed++;
      } else if (state === 'missing' || state === 'unknown') {
        await this.redaction.requeueLost(caseId, narrativeVersion, 'job missing from the queue');
        requeued++;
      } else if (state === 'completed') {
        await this.redaction.requeueLost(caseId, narrativeVersion, 'job completed but the case still waits');
        requeued++;
      }
    }
    if (requeued || failed) this.logger.warn({ requeued, failed }, 'redaction jobs missing from the queue were queued again');
    return { requeued, failed };
  }
}
