import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A partner organisation (an NGO) whose staff document cases. */
@Entity({ name: 'organisations' })
@Unique('organisations_name_key', ['name'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisations_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** ISO 3166-1 alpha-2 country where it works mainly; optional. */
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
