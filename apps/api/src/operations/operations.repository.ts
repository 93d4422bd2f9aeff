import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The SQL of the operations view: counts only, never a case's content. */
@Injectable()
export class OperationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  casesByStatus(): Promise<Array<{ status: string; count: number }>> {
    return this.dataSource.query(`SELECT status::text AS status, count(*)::int AS count FROM cases GROUP BY 1 ORDER BY 1`);
  }

  redactionsByStatus(): Promise<Array<{ status: string; count: number }>> {
    return this.dataSource.query(`SELECT redaction_status::text AS status, count(*)::int AS count FROM cases WHERE status IN ('submitted', 'in_review') GROUP BY 1 ORDER BY 1`);
  }

  async outbox(): Promise<{ pending: number; lagSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS "lagSeconds" FROM outbox WHERE published_at IS NULL`,
    );
    return row;
  }

  /** Distinct reports per researcher in the last days (what each has been asking for, in numbers; the audit log has the filters). */
  reportsByRequester(days: number): Promise<Array<{ userId: string; displayName: string; reports: number; distinct: number; last: string }>> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", count(*)::int AS reports, count(DISTINCT r.params_hash)::int AS distinct,
              to_char(max(r.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last
         FROM reports r JOIN users u ON u.id = r.requested_by_id
        WHERE r.created_at > now() - make_interval(days => $1)
        GROUP BY u.id, u.display_name ORDER BY 4 DESC LIMIT 50`,
      [days],
    );
  }
}
