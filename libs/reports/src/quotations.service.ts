import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedactionService } from '@casebook/review';
import { DomainError } from '@casebook/common';
import { CursorCodec } from '@casebook/common';
import { DisclosurePolicyRepository } from './disclosure-policy.repository';

export interface Quotation {
  country: string;
  year: number;
  text: string;
}

export interface QuotationFilter {
  country?: string;
  year?: number;
  cursor?: string;
  limit: number;
}

/**
 * What researchers may read of narratives: the approved, redacted texts of
 * published cases whose respondent consented to public quotation, with the
 * interview's country and year only, never an id, and only for a (country,
 * year) with at least k such cases (the disclosure policy's k). The order is
 * a keyed hash of each case (stable for paging, unrelated to submission).
 */
@Injectable()
export class QuotationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redaction: RedactionService,
    private readonly policies: DisclosurePolicyRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async list(filter: QuotationFilter): Promise<{ items: Quotation[]; nextCursor: string | null; k: number }> {
    const { k } = await this.policies.get();
    let after: string | null = null;
    if (filter.cursor) {
      const value = this.cursors.open('quotations', filter.cursor);
      if (typeof value !== 'string' || !/^[0-9a-f]{32}$/.test(value)) {
        throw new DomainError('unprocessable', 'The cursor is not valid', { errors: [{ parameter: 'cursor', message: 'is not a cursor from a previous page' }] });
      }
      after = value;
    }
    const rows: Array<{ id: string; country: string; year: number; ord: string }> = await this.dataSource.query(
      `WITH eligible AS (
         SELECT DISTINCT c.id, c.country::text AS country, extract(year FROM c.interview_month)::int AS year, md5(c.id::text || ':' || k.record_key::text) AS ord
           FROM cases c
           JOIN report_record_keys k ON k.case_id = c.id
           JOIN redaction_proposals p ON p.case_id = c.id AND p.approved_at IS NOT NULL
          WHERE c.status = 'published' AND c.redaction_status = 'approved' AND c.consent_quotation
       ), groups AS (
         SELECT country, year FROM eligible GROUP BY country, year HAVING count(*) >= $1
       )
       SELECT e.id, e.country, e.year, e.ord FROM eligible e JOIN groups g USING (country, year)
        WHERE ($2::text IS NULL OR e.country = $2) AND ($3::int IS NULL OR e.year = $3) AND ($4::text IS NULL OR e.ord > $4)
        ORDER BY e.ord LIMIT $5`,
      [k, filter.country ?? null, filter.year ?? null, after, filter.limit + 1],
    );
    const page = rows.slice(0, filter.limit);
    const texts = await this.redaction.approvedTexts(page.map((r) => r.id));
    const items = page.filter((r) => texts.has(r.id)).map((r) => ({ country: r.country, year: r.year, text: texts.get(r.id)! }));
    const nextCursor = rows.length > filter.limit ? this.cursors.seal('quotations', page[page.length - 1].ord) : null;
    return { items, nextCursor, k };
  }
}
