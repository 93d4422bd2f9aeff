import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface WithdrawalCodeCandidate {
  caseId: string;
  hash: string;
  status: string;
}

/** The SQL of withdrawal codes: a hash and a lookup per case, never the code. */
@Injectable()
export class WithdrawalCodeRepository {
  /** Keeps the first code given for a case (a retried creation sends the same one). */
  async store(manager: EntityManager, caseId: string, organisationId: string, lookup: Buffer, hash: string): Promise<void> {
    await manager.query(
      `INSERT INTO withdrawal_codes (case_id, organisation_id, lookup, hash)
       SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM cases WHERE id = $1) ON CONFLICT (case_id) DO NOTHING`,
      [caseId, organisationId, lookup, hash],
    );
  }

  /** The codes whose leading digits match, within an organisation (null: any). */
  async candidates(manager: EntityManager, lookup: Buffer, organisationId: string | null): Promise<WithdrawalCodeCandidate[]> {
    const rows: Array<{ case_id: string; hash: string; status: string }> = await manager.query(
      `SELECT w.case_id, w.hash, c.status FROM withdrawal_codes w JOIN cases c ON c.id = w.case_id
        WHERE w.lookup = $1 AND ($2::uuid IS NULL OR w.organisation_id = $2::uuid) ORDER BY w.case_id LIMIT 20`,
      [lookup, organisationId],
    );
    return rows.map((r) => ({ caseId: r.case_id, hash: r.hash, status: r.status }));
  }
}
