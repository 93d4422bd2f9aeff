import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { truncateIp } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import type { Env } from '@casebook/config';
import type { CasebookRequest } from '../auth/access.decorators';
import { type Limit, parseLimit, QUOTA, type QuotaName } from './quota';
import { QuotaService } from './quota.service';

/**
 * Runs after the access guard on routes marked @Quota(name): counts the
 * request against the caller's account and client network (a /24 or /48),
 * and answers 429 with Retry-After once either is spent.
 */
@Injectable()
export class QuotaGuard implements CanActivate {
  private readonly limits: Record<QuotaName, { account?: Limit; network: Limit }>;

  constructor(
    private readonly reflector: Reflector,
    private readonly quotas: QuotaService,
    config: ConfigService<Env, true>,
  ) {
    const get = (
      key:
        | 'QUOTA_CASE_WRITES'
        | 'QUOTA_CASE_WRITES_NETWORK'
        | 'QUOTA_REPORTS'
        | 'QUOTA_REPORTS_NETWORK'
        | 'QUOTA_AUTH_NETWORK'
        | 'QUOTA_WITHDRAWAL_CODES'
        | 'QUOTA_WITHDRAWAL_CODES_NETWORK',
    ) =>
      parseLimit(config.get(key, { infer: true }));
    this.limits = {
      'case-write': { account: get('QUOTA_CASE_WRITES'), network: get('QUOTA_CASE_WRITES_NETWORK') },
      report: { account: get('QUOTA_REPORTS'), network: get('QUOTA_REPORTS_NETWORK') },
      auth: { network: get('QUOTA_AUTH_NETWORK') },
      'withdrawal-code': { account: get('QUOTA_WITHDRAWAL_CODES'), network: get('QUOTA_WITHDRAWAL_CODES_NETWORK') },
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.getAllAndOverride<QuotaName | undefined>(QUOTA, [context.getHandler(), context.getClass()]);
    if (!name) return true;
    const request = context.switchToHttp().getRequest<CasebookRequest>();
    const limits = this.limits[name];
    const subjects = [{ kind: 'network', id: truncateIp(request.ip) ?? 'unknown', limit: limits.network }];
    const account = request.actor?.id;
    if (account && limits.account) subjects.push({ kind: 'account', id: account, limit: limits.account });
    const key = request.headers['idempotency-key'];
    const wait = await this.quotas.take(name, subjects, typeof key === 'string' ? `${account ?? ''}:${key}` : undefined);
    if (wait > 0) throw new DomainError('too-many-requests', 'Too many requests of this kind; try again later', { retryAfterSeconds: wait });
    return true;
  }
}
