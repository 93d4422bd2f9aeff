import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuditActor, AuditService } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import type { Language } from '@casebook/database';
import { RegionRepository, type RegionGroupView, type RegionView, type UnresolvedRegion } from './region.repository';

const CODES_TTL_MS = 60_000;

export interface RegionGroupInput {
  country: string;
  labelEn: string;
  labelRu: string;
  members: string[];
}

/**
 * Regions as coded data: the ISO 3166-2 subdivisions (fixed, from the
 * migration) and the groups admins make of them ("Siberia"), which reports
 * filter and break down by. Changing a group re-counts the report rollups of
 * the cases in its old and new regions, in the same transaction.
 */
@Injectable()
export class RegionsService {
  private cached?: { at: number; codes: Promise<Map<string, string>> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RegionRepository,
    private readonly audit: AuditService,
  ) {}

  /** Region code → country, cached for a minute (the list changes only with a migration). */
  regionCountries(): Promise<Map<string, string>> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > CODES_TTL_MS) {
      this.cached = { at: now, codes: this.repository.countries(this.dataSource.manager) };
      this.cached.codes.catch(() => (this.cached = undefined));
    }
    return this.cached.codes;
  }

  async list(lang: Language, country?: string): Promise<{ regions: RegionView[]; groups: RegionGroupView[] }> {
    const manager = this.dataSource.manager;
    return { regions: await this.repository.regions(manager, lang, country), groups: await this.repository.groups(manager, lang, country) };
  }

  membersOf(groups: string[]): Promise<Map<string, string[]>> {
    return this.repository.membersOf(this.dataSource.manager, groups);
  }

  /** Creates or replaces a group; every member must be a region of the group's country. Audited. */
  async putGroup(actor: AuditActor, code: string, input: RegionGroupInput): Promise<RegionGroupView> {
    const countries = await this.regionCountries();
    const errors = input.members
      .map((m, i) => (countries.get(m) === input.country ? null : { pointer: `/members/${i}`, message: `is not a region of ${input.country}` }))
      .filter((e): e is { pointer: string; message: string } => e !== null);
    if (errors.length) throw new DomainError('unprocessable', 'The group has invalid members; see errors', { errors });
    await this.dataSource.transaction(async (manager) => {
      const existed = await this.repository.groupExists(manager, code);
      const members = [...new Set(input.members)];
      const affected = await this.repository.casesIn(manager, [...new Set([...(await this.repository.membersOfGroup(manager, code)), ...members])]);
      await this.repository.applyRollups(manager, affected, -1);
      await this.repository.putGroup(manager, { code, ...input, members });
      await this.repository.applyRollups(manager, affected, 1);
      await this.repository.bumpDataVersion(manager);
      await this.audit.record(
        {
          actor,
          action: existed ? 'region_group.updated' : 'region_group.created',
          target: { type: 'region_group', id: code },
          summary: { country: input.country, members: input.members.length },
        },
        manager,
      );
    });
    const groups = await this.repository.groups(this.dataSource.manager, 'en', input.country);
    return groups.find((g) => g.code === code)!;
  }

  async deleteGroup(actor: AuditActor, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const affected = await this.repository.casesIn(manager, await this.repository.membersOfGroup(manager, code));
      await this.repository.applyRollups(manager, affected, -1);
      if (!(await this.repository.deleteGroup(manager, code))) throw new DomainError('not-found', 'No such region group');
      await this.repository.applyRollups(manager, affected, 1);
      await this.repository.bumpDataVersion(manager);
      await this.audit.record({ actor, action: 'region_group.deleted', target: { type: 'region_group', id: code } }, manager);
    });
  }

  unresolved(): Promise<UnresolvedRegion[]> {
    return this.repository.unresolved(this.dataSource.manager);
  }
}
