import { defineAbilityFor, type Principal } from './abilities';
import { accessibleWhere } from './casl-to-typeorm';

const columnOf = (property: string) => `"c"."${property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`;
const who = (role: Principal['role']): Principal => ({ id: 'u-1', role, organisationId: 'o-1', sessionId: 's-1' });

describe('accessibleWhere', () => {
  it('lets admins see everything', () => {
    expect(accessibleWhere(defineAbilityFor(who('admin')), 'read', 'Case', columnOf)).toEqual({ sql: 'TRUE', params: {} });
  });

  it('limits interviewers to their own cases, and drafts for updates', () => {
    const ability = defineAbilityFor(who('interviewer'));
    expect(accessibleWhere(ability, 'read', 'Case', columnOf)).toEqual({
      sql: '"c"."interviewer_id" = :casl_0',
      params: { casl_0: 'u-1' },
    });
    const update = accessibleWhere(ability, 'update', 'Case', columnOf);
    expect(update.sql).toBe('("c"."interviewer_id" = :casl_0 AND "c"."status" = :casl_1)');
    expect(update.params).toEqual({ casl_0: 'u-1', casl_1: 'draft' });
  });

  it('shows researchers no case at all and denies what no rule allows', () => {
    const ability = defineAbilityFor(who('researcher'));
    expect(accessibleWhere(ability, 'read', 'Case', columnOf)).toEqual({ sql: 'FALSE', params: {} });
    expect(accessibleWhere(ability, 'read', 'User', columnOf)).toEqual({ sql: 'FALSE', params: {} });
    expect(accessibleWhere(ability, 'read', 'Narrative', columnOf).sql).toBe('FALSE');
  });
});
