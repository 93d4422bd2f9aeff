/**
 * BullMQ queues of Casebook. The key prefix is a Redis Cluster hash tag, so
 * every key of every queue lands in one slot and BullMQ's multi-key scripts work
 * on Redis Cluster as well as on a single server or Sentinel.
 */
export const QUEUE_PREFIX = '{casebook}';

export const QUEUES = {
  /** Detect personal data in a submitted narrative and store a proposal. Job data: RedactionJobData. */
  redaction: 'redaction',
  /** Compute an aggregate report. Job data: ReportJobData. */
  reports: 'reports',
  /** Long-running admin operations (bulk re-redaction, purges). */
  maintenance: 'maintenance',
  /** The daily retention run (a job scheduler, 03:00 UTC). Job data: RetentionJobData. */
  retention: 'retention',
} as const;

/** Jobs carry ids only: never narrative text. */
export interface RedactionJobData {
  caseId: string;
  narrativeVersion: number;
  detectorVersion: string;
}

export interface RequeueRedactionJobData {
  requestedBy: string;
  /** The last case id handled: the job resumes after it when retried. */
  after?: string;
}

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface ReportJobData {
  reportId: string;
}

export interface RetentionJobData {
  trigger: 'schedule' | 'manual';
  /** The moment the run applies the policy as of (ISO); default: when it runs. */
  asOf?: string;
}
