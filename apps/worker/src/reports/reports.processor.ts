import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QUEUES, type ReportJobData } from '@casebook/queues';
import { ReportsService } from '@casebook/reports';
import { GracefulWorkerHost } from '../graceful-worker-host';

/** Computes one report: aggregates, disclosure control, stored result. Progress is visible on the job and the report. */
@Processor(QUEUES.reports, { concurrency: 2, lockDuration: 15_000, stalledInterval: 15_000, maxStalledCount: 3 })
export class ReportsProcessor extends GracefulWorkerHost {
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(private readonly reports: ReportsService) {
    super();
  }

  async process(job: Job<ReportJobData>): Promise<string> {
    return this.reports.compute(job.data.reportId, (percent) => job.updateProgress(percent));
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ReportJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    // The cause goes to the operators' log; the requester sees that it failed, not database internals.
    this.logger.warn({ err: error, jobId: job.id, reportId: job.data.reportId, attempt: job.attemptsMade, final }, 'report job failed');
    if (final) await this.reports.recordFailure(job.data.reportId);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: { message: error.message } }, 'queue connection error');
  }
}
