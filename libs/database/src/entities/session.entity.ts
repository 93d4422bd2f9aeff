import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A sign-in: the family of its rotating refresh tokens. Access tokens name
 * their session; a revoked session stops them at once.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pkey' })
  id!: string;

  @Index('sessions_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_id_fkey' })
  user?: UserEntity;

  /** True when this sign-in proved a second factor (TOTP or recovery code). */
  @Column({ name: 'mfa_verified', type: 'boolean', default: false })
  mfaVerified!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Absolute end of the session, whatever the refreshes. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: string | null;

  /** SHA-256 of the device secret the web app keeps in its encrypted store; every refresh must prove it. */
  @Column({ name: 'device_proof_hash', type: 'bytea', nullable: true })
  deviceProofHash!: Buffer | null;

  /** Neutral device label from the user agent ("Chrome on Android"); never a location. */
  @Column({ name: 'device_label', type: 'text', nullable: true })
  deviceLabel!: string | null;

  /** The last sign-in or refresh of this session. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;
}
