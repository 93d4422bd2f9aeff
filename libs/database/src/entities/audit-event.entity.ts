import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only, hash-chained audit log. `seq`, `prev_hash` and `hash` are set by
 * a database trigger under a lock, so the chain holds with concurrent writers;
 * another trigger rejects UPDATE and DELETE. No personal data in `summary`.
 */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'audit_events_pkey' })
  seq!: string;

  @Index('audit_events_occurred_at_idx')
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Index('audit_events_actor_id_idx')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Index('audit_events_action_idx')
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Index('audit_events_target_idx')
  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  /** Client address truncated to its /24 (IPv4) or /48 (IPv6) network. */
  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'bytea' })
  prevHash!: Buffer;

  @Column({ type: 'bytea' })
  hash!: Buffer;
}
