import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '@casebook/queues';
import { DisclosurePolicyService } from '@casebook/reports';
import { OperationsRepository } from './operations.repository';

/** What an admin needs to see that Casebook is working: cases and redactions by state, queues, the outbox, the policy, report use. */
@Injectable()
export class OperationsService {
  constructor(
    private readonly repository: OperationsRepository,
    private readonly policy: DisclosurePolicyService,
    @InjectQueue(QUEUES.redaction) private readonly redaction: Queue,
    @InjectQueue(QUEUES.reports) private readonly reports: Queue,
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
  ) {}

  async summary() {
    const queue = async (q: Queue) => {
      // BullMQ answers every asked-for state (0 when empty); named here so the response type says which.
      const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
      return { name: q.name, waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
    };
    const policy = await this.policy.get();
    return {
      cases: await this.repository.casesByStatus(),
      redactions: await this.repository.redactionsByStatus(),
      queues: await Promise.all([queue(this.redaction), queue(this.reports), queue(this.maintenance)]),
      outbox: await this.repository.outbox(),
      policy: { k: policy.k, maxNoise: policy.maxNoise, noiseVariance: policy.noiseVariance, reportBudget: policy.reportBudget, budgetWindowDays: policy.budgetWindowDays, updatedAt: policy.updatedAt },
      reportsByRequester: await this.repository.reportsByRequester(policy.budgetWindowDays),
    };
  }
}
