import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from './region.entity';
import type { CaseEntity } from './case.entity';
import { IncidentAbuseEntity } from './incident-abuse.entity';
import { IncidentPerpetratorEntity } from './incident-perpetrator.entity';

/** Something that happened to the respondent: when (year, month), where (coarse), by whom, what. */
@Entity({ name: 'incidents' })
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'incidents_pkey' })
  id!: string;

  @Index('incidents_case_id_idx')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', 'incidents', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'incidents_case_id_fkey' })
  case?: CaseEntity;

  /** Order within the case, from 0. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'smallint', nullable: true })
  month!: number | null;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** Where it happened: an ISO 3166-2 subdivision of the incident's country. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'incidents_region_code_fkey' })
  regionRef?: RegionEntity;

  @Column({ name: 'location_type', type: 'text' })
  locationType!: string;

  @Column({ name: 'reported_to_authorities', type: 'text' })
  reportedToAuthorities!: string;

  /** Null when not stated. */
  @Column({ name: 'medical_care_needed', type: 'boolean', nullable: true })
  medicalCareNeeded!: boolean | null;

  @OneToMany(() => IncidentPerpetratorEntity, (p) => p.incident)
  perpetrators?: IncidentPerpetratorEntity[];

  @OneToMany(() => IncidentAbuseEntity, (a) => a.incident)
  abuses?: IncidentAbuseEntity[];
}
