import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per published case × incident × perpetrator type × abuse category,
 * with every dimension a report filters or groups by, denormalised. Kept by a
 * trigger on cases.status: rows appear when a case is published and vanish
 * when it is withdrawn or archived, so no report ever counts anything else.
 */
@Entity({ name: 'report_facts' })
@Index('report_facts_country_year_idx', ['country', 'year'])
@Index('report_facts_case_idx', ['caseId'])
@Index('report_facts_multi_slice_idx', ['country', 'year'], { where: 'multi_slice' })
@Index('report_facts_region_idx', ['region'])
export class ReportFactEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'report_facts_pkey' })
  caseId!: string;

  @PrimaryColumn({ name: 'incident_id', type: 'uuid', primaryKeyConstraintName: 'report_facts_pkey' })
  incidentId!: string;

  @PrimaryColumn({ name: 'perpetrator_type', type: 'text', primaryKeyConstraintName: 'report_facts_pkey' })
  perpetratorType!: string;

  @PrimaryColumn({ name: 'abuse_category', type: 'text', primaryKeyConstraintName: 'report_facts_pkey' })
  abuseCategory!: string;

  @Column({ name: 'perpetrator_group', type: 'text' })
  perpetratorGroup!: string;

  @Column({ name: 'abuse_group', type: 'text' })
  abuseGroup!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'smallint', nullable: true })
  month!: number | null;

  @Column({ type: 'text' })
  gender!: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand!: string;

  @Column({ name: 'work_setting', type: 'text' })
  workSetting!: string;

  @Column({ name: 'location_type', type: 'text' })
  locationType!: string;

  /** ISO 3166-2 region where it happened (else, in the respondent's country, where the respondent lives); '' when not recorded. */
  @Column({ type: 'text', default: '' })
  region!: string;

  /** The questions the respondent was not asked or declined (abuse groups, "perpetrators"). */
  @Column({ type: 'text', array: true, default: '{}' })
  unasked!: string[];

  /** The case's facts span several countries or years: not in report_rollup_slice (see the report-rollups migration). */
  @Column({ name: 'multi_slice', type: 'boolean', default: false })
  multiSlice!: boolean;

  /** The case's random record key (see the disclosure migration): summed into cell keys, never shown. */
  @Column({ name: 'record_key', type: 'bigint', select: false })
  recordKey!: string;
}
