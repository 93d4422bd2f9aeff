import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { type AppAbility, whereAccessible } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import { OrganisationEntity } from '@casebook/database';
import type { Actor } from './users.service';

export interface OrganisationView {
  id: string;
  name: string;
  country: string | null;
  active: boolean;
}

const view = (o: OrganisationEntity): OrganisationView => ({ id: o.id, name: o.name, country: o.country, active: o.active });

function nameTaken(error: unknown): never {
  if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
    throw new DomainError('conflict', 'An organisation with this name exists', { errors: [{ pointer: '/name', message: 'is already in use' }] });
  }
  throw error;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ability: AppAbility): Promise<OrganisationView[]> {
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').orderBy('o.name', 'ASC');
    return (await whereAccessible(qb, ability, 'read', 'Organisation').getMany()).map(view);
  }

  async get(ability: AppAbility, id: string): Promise<OrganisationView> {
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.id = :id', { id });
    const organisation = await whereAccessible(qb, ability, 'read', 'Organisation').getOne();
    if (!organisation) throw new DomainError('not-found', 'No such organisation');
    return view(organisation);
  }

  async create(actor: Actor, input: { name: string; country?: string | null }): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager
        .save(manager.create(OrganisationEntity, { name: input.name.trim(), country: input.country ?? null, active: true }))
        .catch(nameTaken);
      await this.audit.record({ actor, action: 'organisation.created', target: { type: 'organisation', id: organisation.id } }, manager);
      return view(organisation);
    });
  }

  async update(actor: Actor, id: string, input: { name?: string; country?: string | null; active?: boolean }): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      const qb = manager.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.id = :id', { id }).setLock('pessimistic_write');
      const organisation = await whereAccessible(qb, actor.ability, 'update', 'Organisation').getOne();
      if (!organisation) throw new DomainError('not-found', 'No such organisation');
      const next = { ...organisation, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
      if (input.name) next.name = input.name.trim();
      await manager.save(OrganisationEntity, next).catch(nameTaken);
      await this.audit.record(
        { actor, action: 'organisation.updated', target: { type: 'organisation', id }, summary: { fields: Object.keys(input) } },
        manager,
      );
      return view(next);
    });
  }
}
