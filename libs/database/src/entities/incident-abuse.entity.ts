import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { IncidentEntity } from './incident.entity';

@Entity({ name: 'incident_abuses' })
export class IncidentAbuseEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid', primaryKeyConstraintName: 'incident_abuses_pkey' })
  incidentId!: string;

  /** An abuse_category code. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'incident_abuses_pkey' })
  category!: string;

  @ManyToOne('IncidentEntity', 'abuses', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_abuses_incident_id_fkey' })
  incident?: IncidentEntity;
}
