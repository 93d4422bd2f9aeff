import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { type DisclosurePolicy, type DisclosurePolicyInput, policyProblems } from './disclosure-policy';
import { DisclosurePolicyRepository } from './disclosure-policy.repository';

/** Reading the disclosure policy (everyone who may request reports) and changing it (admins; audited with the old and new values). */
@Injectable()
export class DisclosurePolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: DisclosurePolicyRepository,
    private readonly audit: AuditService,
  ) {}

  get(): Promise<DisclosurePolicy> {
    return this.policies.get();
  }

  async update(actor: AuditActor & { id: string }, input: DisclosurePolicyInput): Promise<DisclosurePolicy> {
    const errors = policyProblems(input);
    if (errors.length) throw new DomainError('unprocessable', 'The disclosure policy is not valid', { errors });
    return this.dataSource.transaction(async (manager) => {
      const before = await this.policies.get(manager);
      const after = await this.policies.update(manager, input, actor.id);
      const changed = (Object.keys(input) as Array<keyof DisclosurePolicyInput>).filter((key) => before[key] !== after[key]);
      await this.audit.record(
        {
          actor,
          action: 'disclosure.policy.changed',
          summary: { changed, ...Object.fromEntries(changed.map((key) => [key, `${before[key]} -> ${after[key]}`])) },
        },
        manager,
      );
      return after;
    });
  }
}
