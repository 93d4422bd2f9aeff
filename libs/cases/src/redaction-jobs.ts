import type { EntityManager } from 'typeorm';
import { enqueue, enqueueFresh } from '@casebook/outbox';
import { QUEUES, type RedactionJobData } from '@casebook/queues';
import { DETECTOR_VERSION } from '@casebook/redaction';

/** BullMQ job ids may not contain ':'; one id per case, narrative version and detector version. */
export function redactionJobId(caseId: string, narrativeVersion: number, detectorVersion = DETECTOR_VERSION): string {
  return `redact-${caseId}-n${narrativeVersion}-d${detectorVersion.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Queues a redaction again under a job id no earlier job can hold (see
 * enqueueFresh), in the caller's transaction. Returns the job id.
 */
export function requeueRedaction(manager: EntityManager, caseId: string, narrativeVersion: number): Promise<string> {
  const data: RedactionJobData = { caseId, narrativeVersion, detectorVersion: DETECTOR_VERSION };
  return enqueueFresh(manager, { queue: QUEUES.redaction, name: 'propose', jobId: redactionJobId(caseId, narrativeVersion), data });
}

/** Queues a redaction through the outbox, in the caller's transaction. */
export async function enqueueRedaction(manager: EntityManager, caseId: string, narrativeVersion: number): Promise<void> {
  const data: RedactionJobData = { caseId, narrativeVersion, detectorVersion: DETECTOR_VERSION };
  await enqueue(manager, { queue: QUEUES.redaction, name: 'propose', jobId: redactionJobId(caseId, narrativeVersion), data });
}
