import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One term of a controlled vocabulary. The code is immutable; retired terms stay for old cases. */
@Entity({ name: 'taxonomy_terms' })
@Check('taxonomy_terms_code_check', `code ~ '^[a-z0-9_]{1,48}$'`)
@Check('taxonomy_terms_labels_check', `labels ? 'en'`)
export class TaxonomyTermEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'taxonomy_terms_pkey' })
  vocabulary!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'taxonomy_terms_pkey' })
  code!: string;

  /** e.g. state / non_state for perpetrators, physical / sexual / … for abuses. */
  @Column({ name: 'group_code', type: 'text', nullable: true })
  groupCode!: string | null;

  /** Labels by language code: { "en": "...", "ru": "..." }. */
  @Column({ type: 'jsonb' })
  labels!: Record<string, string>;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
