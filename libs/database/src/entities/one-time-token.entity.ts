import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

export const ONE_TIME_TOKEN_PURPOSES = ['password_reset', 'mfa_recovery'] as const;
export type OneTimeTokenPurpose = (typeof ONE_TIME_TOKEN_PURPOSES)[number];

/**
 * Secrets that work once: password-reset tokens an admin hands over out of
 * band, and MFA recovery codes. Only their SHA-256 hash is stored.
 */
@Entity({ name: 'one_time_tokens' })
export class OneTimeTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'one_time_tokens_pkey' })
  id!: string;

  @Index('one_time_tokens_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'one_time_tokens_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: ONE_TIME_TOKEN_PURPOSES, enumName: 'one_time_token_purpose' })
  purpose!: OneTimeTokenPurpose;

  @Index('one_time_tokens_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null for recovery codes, which last until used or replaced. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
