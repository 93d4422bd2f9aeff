import type { MixedList } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { OneTimeTokenEntity } from './one-time-token.entity';
import { OrganisationEntity } from './organisation.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './one-time-token.entity';
export * from './organisation.entity';
export * from './refresh-token.entity';
export * from './session.entity';
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
];
