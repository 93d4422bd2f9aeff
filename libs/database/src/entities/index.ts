import type { MixedList } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { CaseEntity } from './case.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { IncidentAbuseEntity } from './incident-abuse.entity';
import { IncidentPerpetratorEntity } from './incident-perpetrator.entity';
import { IncidentEntity } from './incident.entity';
import { NarrativeEntity } from './narrative.entity';
import { OneTimeTokenEntity } from './one-time-token.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { RedactionProposalEntity } from './redaction-proposal.entity';
import { RegionEntity } from './region.entity';
import { ReportFactEntity } from './report-fact.entity';
import { ReportEntity } from './report.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { TaxonomyTermEntity } from './taxonomy-term.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './case.entity';
export * from './idempotency-key.entity';
export * from './incident-abuse.entity';
export * from './incident-perpetrator.entity';
export * from './incident.entity';
export * from './narrative.entity';
export * from './one-time-token.entity';
export * from './organisation.entity';
export * from './outbox-message.entity';
export * from './redaction-proposal.entity';
export * from './region.entity';
export * from './report-fact.entity';
export * from './report.entity';
export * from './refresh-token.entity';
export * from './session.entity';
export * from './taxonomy-term.entity';
export * from './user.entity';

/** Every entity of Casebook. A new entity is added here and to a migration. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  OneTimeTokenEntity,
  AuditEventEntity,
  TaxonomyTermEntity,
  CaseEntity,
  IncidentEntity,
  IncidentPerpetratorEntity,
  IncidentAbuseEntity,
  NarrativeEntity,
  IdempotencyKeyEntity,
  OutboxMessageEntity,
  RedactionProposalEntity,
  ReportEntity,
  ReportFactEntity,
  RegionEntity,
];
