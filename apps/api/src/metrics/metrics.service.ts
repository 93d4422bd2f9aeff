import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { QUEUES } from '@casebook/queues';

/**
 * Prometheus metrics of an API process: request latency and status by route,
 * and, collected at scrape time, queue depth, recent job durations, failures
 * and the outbox lag (shared state, so any API process can report it).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'casebook_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly httpErrors = new Counter({
    name: 'casebook_http_server_errors_total',
    help: 'Responses with a 5xx status',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  private readonly queueDepth = new Gauge({ name: 'casebook_queue_jobs', help: 'Jobs per queue and state', labelNames: ['queue', 'state'] as const, registers: [this.registry] });
  private readonly jobDuration = new Gauge({
    name: 'casebook_job_duration_seconds',
    help: 'Processing time of the last 100 completed jobs per queue (quantiles)',
    labelNames: ['queue', 'quantile'] as const,
    registers: [this.registry],
  });
  private readonly outboxPending = new Gauge({ name: 'casebook_outbox_pending', help: 'Outbox messages not yet published to Redis', registers: [this.registry] });
  private readonly outboxLag = new Gauge({ name: 'casebook_outbox_lag_seconds', help: 'Age of the oldest unpublished outbox message', registers: [this.registry] });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.redaction) private readonly redaction: Queue,
    @InjectQueue(QUEUES.reports) private readonly reports: Queue,
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'casebook_api_' });
    // Connection trouble is reported by /health/ready; log it instead of letting BullMQ print it.
    const logger = new Logger(MetricsService.name);
    for (const queue of [redaction, reports, maintenance]) queue.on('error', (error: Error) => logger.warn({ err: { message: error.message }, queue: queue.name }, 'queue connection error'));
  }

  /** Collects the shared gauges (each with a timeout: a scrape never hangs on Redis or PostgreSQL). */
  async render(): Promise<string> {
    await Promise.allSettled([this.collectQueues(), this.collectOutbox()].map((p) => timeout(p, 2_000)));
    return this.registry.metrics();
  }

  private async collectQueues(): Promise<void> {
    for (const queue of [this.redaction, this.reports, this.maintenance]) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized');
      for (const [state, value] of Object.entries(counts)) this.queueDepth.set({ queue: queue.name, state }, value);
      const jobs = await queue.getJobs(['completed'], 0, 99);
      const durations = jobs.filter((j) => j.finishedOn && j.processedOn).map((j) => (j.finishedOn! - j.processedOn!) / 1000).sort((a, b) => a - b);
      for (const q of [0.5, 0.9, 0.99]) {
        if (durations.length) this.jobDuration.set({ queue: queue.name, quantile: String(q) }, durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]);
      }
    }
  }

  private async collectOutbox(): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS lag FROM outbox WHERE published_at IS NULL`,
    );
    this.outboxPending.set(row.pending);
    this.outboxLag.set(row.lag);
  }
}

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
