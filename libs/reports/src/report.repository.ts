import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, whereAccessible } from '@casebook/authz';
import { ReportEntity } from '@casebook/database';

/** Reads of reports as the actor's rules allow them (the rules become SQL: nothing else is fetched). */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reports the actor may read, newest first; an identical question asked again by the same person is listed once, as its newest asking. */
  listReadable(ability: Actor['ability'], limit: number): Promise<ReportEntity[]> {
    return whereAccessible(this.dataSource.getRepository(ReportEntity).createQueryBuilder('r'), ability, 'read', 'Report')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM reports newer WHERE newer.requested_by_id = r.requested_by_id AND newer.params_hash = r.params_hash
           AND (newer.created_at, newer.id) > (r.created_at, r.id))`,
      )
      .orderBy('r.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  /**
   * One report the actor may read, and whether it was answered with an earlier result (as POST
   * said when it was asked): the same question over the same data was done, by anyone and in
   * either language, when it was asked. One query; read again each time, so that a reopened or
   * reloaded report says so too.
   */
  async findReadable(ability: Actor['ability'], id: string): Promise<{ report: ReportEntity; reused: boolean } | null> {
    const { entities, raw } = await whereAccessible(this.dataSource.getRepository(ReportEntity).createQueryBuilder('r'), ability, 'read', 'Report')
      .andWhere('r.id = :id', { id })
      .addSelect(
        `r.status = 'done' AND EXISTS (SELECT 1 FROM reports o WHERE o.params_hash = r.params_hash AND o.data_version = r.data_version
           AND o.status = 'done' AND o.id <> r.id AND o.finished_at <= r.created_at)`,
        'reused',
      )
      .getRawAndEntities<{ reused: boolean }>();
    const report = entities[0];
    return report ? { report, reused: Boolean(raw[0]?.reused) } : null;
  }
}
