import type { ExecutionContext } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { Env } from '@casebook/config';
import { Quota } from './quota';
import { QuotaGuard, retryKeyOf } from './quota.guard';
import type { QuotaService } from './quota.service';

class CasesController {
  @Quota('case-write', { idempotent: true })
  create() {}
  @Quota('case-write')
  update() {}
}
class AuthController {
  @Quota('auth')
  resetPassword() {}
}

const contextOf = (controller: new () => object, handler: string, request: object): ExecutionContext =>
  ({
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, unknown>)[handler],
    switchToHttp: () => ({ getRequest: () => request }),
  }) as unknown as ExecutionContext;

const request = (body: unknown, key?: string, method = 'POST', actorId?: string) => ({
  method,
  body,
  ip: '203.0.113.7',
  headers: key === undefined ? {} : { 'idempotency-key': key },
  actor: actorId ? { id: actorId } : undefined,
});

describe('QuotaGuard', () => {
  const taken: Array<{ name: string; retryKey: string | undefined; kinds: string[] }> = [];
  const quotas = {
    take: async (name: string, subjects: Array<{ kind: string }>, retryKey?: string) => {
      taken.push({ name, retryKey, kinds: subjects.map((s) => s.kind) });
      return 0;
    },
  } as unknown as QuotaService;
  const config = { get: () => '5/60' } as unknown as ConfigService<Env, true>;
  const guard = new QuotaGuard(new Reflector(), quotas, config);
  beforeEach(() => (taken.length = 0));

  it('gives an idempotent route a retry key of account, route, body and key: equal only for a true retry', async () => {
    const body = { b: 1, a: [1, 2] };
    await guard.canActivate(contextOf(CasesController, 'create', request(body, 'key-12345678', 'POST', 'u1')));
    await guard.canActivate(contextOf(CasesController, 'create', request({ a: [1, 2], b: 1 }, 'key-12345678', 'POST', 'u1')));
    await guard.canActivate(contextOf(CasesController, 'create', request({ ...body, b: 2 }, 'key-12345678', 'POST', 'u1')));
    await guard.canActivate(contextOf(CasesController, 'create', request(body, 'key-12345678', 'POST', 'u2')));
    await guard.canActivate(contextOf(CasesController, 'create', request(body, 'key-other-1', 'POST', 'u1')));
    await guard.canActivate(contextOf(CasesController, 'create', request(body, undefined, 'POST', 'u1')));
    const keys = taken.map((t) => t.retryKey);
    expect(keys[0]).toBeDefined();
    expect(keys[1]).toBe(keys[0]); // the same body with its keys in another order is the same request
    expect(new Set([keys[0], keys[2], keys[3], keys[4]]).size).toBe(4); // other body, other account, other key
    expect(keys[5]).toBeUndefined();
    expect(taken[0].kinds).toEqual(['network', 'account']);
  });

  it('ignores the Idempotency-Key on routes without idempotency semantics, signed in or not', async () => {
    await guard.canActivate(contextOf(CasesController, 'update', request({ city: 'Almaty' }, 'key-12345678', 'PATCH', 'u1')));
    await guard.canActivate(contextOf(AuthController, 'resetPassword', request({ token: 'x' }, 'key-12345678')));
    expect(taken.map((t) => t.retryKey)).toEqual([undefined, undefined]);
    expect(taken[1]).toMatchObject({ name: 'auth', kinds: ['network'] });
  });

  it('keys a retry by the route: one key and body on two routes are two requests', () => {
    const req = request({ a: 1 }, 'key-12345678', 'POST', 'u1');
    const create = retryKeyOf(contextOf(CasesController, 'create', req), req, 'u1');
    const update = retryKeyOf(contextOf(CasesController, 'update', req), req, 'u1');
    const patch = retryKeyOf(contextOf(CasesController, 'create', { ...req, method: 'PATCH' }), { ...req, method: 'PATCH' }, 'u1');
    expect(new Set([create, update, patch]).size).toBe(3);
    // Nothing of the key or body in clear beyond the key itself: the body is a hash.
    expect(create).not.toContain('"a"');
  });

  it('refuses with 429 once the service reports a wait', async () => {
    const spent = new QuotaGuard(new Reflector(), { take: async () => 17 } as unknown as QuotaService, config);
    await expect(spent.canActivate(contextOf(CasesController, 'update', request({}, undefined, 'PATCH', 'u1')))).rejects.toMatchObject({
      code: 'too-many-requests',
      details: { retryAfterSeconds: 17 },
    });
  });
});
