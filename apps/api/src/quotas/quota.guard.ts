import { createHash } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { truncateIp } from '@casebook/audit';
import { canonicalJson, DomainError } from '@casebook/common';
import type { Env } from '@casebook/config';
import type { CasebookRequest } from '../auth/access.decorators';
import { type Limit, parseLimit, QUOTA, type QuotaMetadata, type QuotaName } from './quota';
import { QuotaService } from './quota.service';

/**
 * Runs after the access guard on routes marked @Quota(name): counts the
 * request against the caller's account and client network (a /24 or /48),
 * and answers 429 with Retry-After once either is spent. Only routes marked
 * idempotent let a retry (see retryKeyOf) through uncounted.
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
    const quota = this.reflector.getAllAndOverride<QuotaMetadata | undefined>(QUOTA, [context.getHandler(), context.getClass()]);
    if (!quota) return true;
    const request = context.switchToHttp().getRequest<CasebookRequest>();
    const limits = this.limits[quota.name];
    const subjects = [{ kind: 'network', id: truncateIp(request.ip) ?? 'unknown', limit: limits.network }];
    const account = request.actor?.id;
    if (account && limits.account) subjects.push({ kind: 'account', id: account, limit: limits.account });
    const wait = await this.quotas.take(quota.name, subjects, quota.idempotent ? retryKeyOf(context, request, account) : undefined);
    if (wait > 0) throw new DomainError('too-many-requests', 'Too many requests of this kind; try again later', { retryAfterSeconds: wait });
    return true;
  }
}

/**
 * What makes a request a retry of an earlier one for the quota: the same
 * account, method, route (controller and handler, not the URL), body (a hash
 * of its canonical JSON) and Idempotency-Key. The same key with another route
 * or body is a new request. Undefined without a key. Pure.
 */
export function retryKeyOf(context: ExecutionContext, request: Pick<CasebookRequest, 'headers' | 'method' | 'body'>, account: string | undefined): string | undefined {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') return undefined;
  const route = `${request.method} ${context.getClass().name}.${context.getHandler().name}`;
  const body = createHash('sha256').update(canonicalJson(request.body ?? null)).digest('hex');
  return [account ?? '', route, body, key].join('\n');
}
