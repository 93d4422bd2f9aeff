import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { IncidentEntity } from './incident.entity';

@Entity({ name: 'incident_perpetrators' })
export class IncidentPerpetratorEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid', primaryKeyConstraintName: 'incident_perpetrators_pkey' })
  incidentId!: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'incident_perpetrators_pkey' })
  position!: number;

  @ManyToOne('IncidentEntity', 'perpetrators', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_perpetrators_incident_id_fkey' })
  incident?: IncidentEntity;

  /** A perpetrator_type code. */
  @Column({ type: 'text' })
  type!: string;

  /** How many people of this type; null when unknown. */
  @Column({ type: 'smallint', nullable: true })
  count!: number | null;

  /** An involvement code (HURIDOCS degree of involvement). */
  @Column({ type: 'text' })
  involvement!: string;
}
