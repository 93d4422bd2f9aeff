import { AbilityBuilder, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability';
import type { Role } from '@casebook/database';

/** What a route or a query asks to do. `manage` means every action. */
export type Action =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'submit'
  | 'review'
  | 'publish'
  | 'archive'
  | 'withdraw'
  | 'verify';

/** The things rules are about; entity-backed subjects use entity property names in conditions. */
export type Subject =
  | 'all'
  | 'Me'
  | 'User'
  | 'Organisation'
  | 'Case'
  | 'Narrative'
  | 'Redaction'
  | 'Taxonomy'
  | 'Report'
  | 'DisclosurePolicy'
  | 'RetentionPolicy'
  | 'PrivacyBudget'
  | 'Release'
  | 'Quotation'
  | 'AuditEvent'
  | 'Session';

export type AppAbility = MongoAbility<[Action, Subject], MongoQuery>;

/** Who is asking: loaded fresh from the database on every request. */
export interface Principal {
  id: string;
  role: Role;
  organisationId: string;
  sessionId: string;
}

/**
 * The abilities of each role, in one place. Conditions name entity properties;
 * list and get queries turn them into SQL (see casl-to-typeorm.ts), so a record
 * outside them is never loaded.
 */
export function defineAbilityFor(principal: Principal): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  // Subjects are plain strings, for which CASL types conditions as `never`;
  // conditions here are checked against entity metadata when turned into SQL.
  const can = (action: Action, subject: Subject, conditions?: Record<string, unknown>) =>
    builder.can(action, subject, conditions as never);

  // Everyone signed in: their own account and the vocabularies.
  can('read', 'Me');
  can('update', 'Me');
  can('read', 'Taxonomy');
  // Their own signed-in devices: seen and cut off (a lost phone).
  can('read', 'Session', { userId: principal.id });
  can('delete', 'Session', { userId: principal.id });

  switch (principal.role) {
    case 'admin':
      can('manage', 'all');
      break;
    case 'interviewer':
      can('read', 'Organisation', { id: principal.organisationId });
      can('create', 'Case');
      can('read', 'Case', { interviewerId: principal.id });
      can('update', 'Case', { interviewerId: principal.id, status: 'draft' });
      can('submit', 'Case', { interviewerId: principal.id, status: 'draft' });
      can('withdraw', 'Case', { interviewerId: principal.id });
      can('read', 'Narrative', { interviewerId: principal.id, status: 'draft' });
      break;
    case 'researcher':
      // Aggregates, never records: no case, no narrative; quotations are
      // approved, consented, redacted texts without anything leading back to a case.
      can('read', 'Organisation', { id: principal.organisationId });
      can('read', 'Quotation');
      can('read', 'DisclosurePolicy');
      can('create', 'Report');
      can('read', 'Report', { requestedById: principal.id });
      break;
  }
  return builder.build();
}
