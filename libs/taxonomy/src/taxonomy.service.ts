import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { type Language, LANGUAGES, TaxonomyTermEntity, type Vocabulary, VOCABULARIES } from '@casebook/database';

/** Active codes per vocabulary. */
export type ActiveCodes = ReadonlyMap<Vocabulary, ReadonlySet<string>>;

const ACTIVE_CODES_TTL_MS = 5_000;

export interface TermView {
  code: string;
  group: string | null;
  label: string;
  active: boolean;
  order: number;
}

interface ActiveTermRow {
  vocabulary: Vocabulary;
  code: string;
  group: string | null;
}

function codesOf(rows: ActiveTermRow[]): ActiveCodes {
  const map = new Map<Vocabulary, Set<string>>();
  for (const row of rows) {
    if (!map.has(row.vocabulary)) map.set(row.vocabulary, new Set());
    map.get(row.vocabulary)!.add(row.code);
  }
  return map;
}

function groupsOf(rows: ActiveTermRow[]): ReadonlyMap<string, string> {
  return new Map(rows.filter((r) => r.vocabulary === 'abuse_category').map((r) => [r.code, r.group ?? 'other']));
}

/** Picks a supported language from `?lang=` or an Accept-Language header; English otherwise. */
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  const candidates = [query, ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0])];
  for (const candidate of candidates) {
    const base = candidate?.trim().toLowerCase().split('-')[0];
    if (base && (LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** The controlled vocabularies: reading them in a language, and their administration. */
@Injectable()
export class TaxonomyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private cached?: { at: number; codes: Promise<ActiveCodes>; groups: Promise<ReadonlyMap<string, string>> };

  /**
   * Active codes per vocabulary, for validating submissions. Cached for a few
   * seconds per process (submissions are the hot path); a change made through
   * this process clears the cache at once, other processes see it within the TTL.
   */
  async activeCodes(): Promise<ActiveCodes> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > ACTIVE_CODES_TTL_MS) {
      const rows = this.loadActiveTerms();
      this.cached = { at: now, codes: rows.then(codesOf), groups: rows.then(groupsOf) };
      this.cached.codes.catch(() => (this.cached = undefined));
      this.cached.groups.catch(() => undefined);
    }
    return this.cached.codes;
  }

  /** The group of every active abuse category (category code → group code), cached with the codes. */
  async abuseGroups(): Promise<ReadonlyMap<string, string>> {
    await this.activeCodes();
    return this.cached!.groups;
  }

  private loadActiveTerms(): Promise<ActiveTermRow[]> {
    return this.dataSource.query(`SELECT vocabulary, code, group_code AS "group" FROM taxonomy_terms WHERE active`);
  }

  /** Every vocabulary with its terms, labelled in `lang` (English where a label is missing). */
  async vocabularies(lang: Language, includeRetired: boolean): Promise<Record<Vocabulary, TermView[]>> {
    const terms = await this.dataSource.getRepository(TaxonomyTermEntity).find({ order: { vocabulary: 'ASC', sortOrder: 'ASC', code: 'ASC' } });
    const out = Object.fromEntries(VOCABULARIES.map((v) => [v, [] as TermView[]])) as Record<Vocabulary, TermView[]>;
    for (const term of terms) {
      if (!term.active && !includeRetired) continue;
      out[term.vocabulary as Vocabulary]?.push({
        code: term.code,
        group: term.groupCode,
        label: term.labels[lang] ?? term.labels.en,
        active: term.active,
        order: term.sortOrder,
      });
    }
    return out;
  }

  /** Labels of every term (retired included), for reports and exports. */
  async labels(lang: Language): Promise<Map<string, string>> {
    const terms = await this.dataSource.getRepository(TaxonomyTermEntity).find();
    return new Map(terms.map((t) => [`${t.vocabulary}:${t.code}`, t.labels[lang] ?? t.labels.en]));
  }

  async addTerm(
    actor: AuditActor,
    vocabulary: Vocabulary,
    input: { code: string; group?: string | null; labels: Record<string, string>; order?: number },
  ): Promise<TermView> {
    if (!input.labels.en) {
      throw new DomainError('unprocessable', 'Every term needs an English label', { errors: [{ pointer: '/labels/en', message: 'is required' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const [{ max }] = await manager.query(`SELECT coalesce(max(sort_order), 0) AS max FROM taxonomy_terms WHERE vocabulary = $1`, [vocabulary]);
      const term = manager.create(TaxonomyTermEntity, {
        vocabulary,
        code: input.code,
        groupCode: input.group ?? null,
        labels: input.labels,
        sortOrder: input.order ?? Number(max) + 10,
        active: true,
      });
      try {
        await manager.insert(TaxonomyTermEntity, term);
      } catch (error) {
        if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
          throw new DomainError('conflict', 'This code exists (codes are never reused, even when retired)', {
            errors: [{ pointer: '/code', message: 'is already used in this vocabulary' }],
          });
        }
        throw error;
      }
      this.cached = undefined;
      await this.audit.record({ actor, action: 'taxonomy.term.added', target: { type: 'taxonomy_term', id: `${vocabulary}:${input.code}` } }, manager);
      return { code: term.code, group: term.groupCode, label: term.labels.en, active: true, order: term.sortOrder };
    });
  }

  /** Edits labels or order, or retires/reinstates a term. The code itself never changes. */
  async updateTerm(
    actor: AuditActor,
    vocabulary: Vocabulary,
    code: string,
    input: { labels?: Record<string, string>; order?: number; active?: boolean },
  ): Promise<TermView> {
    return this.dataSource.transaction(async (manager) => {
      const term = await manager.findOne(TaxonomyTermEntity, { where: { vocabulary, code }, lock: { mode: 'pessimistic_write' } });
      if (!term) throw new DomainError('not-found', 'No such term');
      if (input.labels) term.labels = { ...term.labels, ...input.labels };
      if (input.order !== undefined) term.sortOrder = input.order;
      if (input.active !== undefined) term.active = input.active;
      await manager.save(term);
      this.cached = undefined;
      await this.audit.record(
        {
          actor,
          action: input.active === false ? 'taxonomy.term.retired' : 'taxonomy.term.updated',
          target: { type: 'taxonomy_term', id: `${vocabulary}:${code}` },
          summary: { fields: Object.keys(input) },
        },
        manager,
      );
      return { code: term.code, group: term.groupCode, label: term.labels.en, active: term.active, order: term.sortOrder };
    });
  }
}
