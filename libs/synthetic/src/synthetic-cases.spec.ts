import { prng, syntheticCase } from './synthetic-cases';

describe('syntheticCase', () => {
  it('is deterministic for a seed and never dated in the future', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    const a = syntheticCase(prng(42), now);
    const b = syntheticCase(prng(42), now);
    expect(a).toEqual(b);
    const random = prng(7);
    for (let i = 0; i < 500; i++) {
      const c = syntheticCase(random, now);
      expect(c.interviewMonth <= '2026-11').toBe(true);
      expect(c.consent.recordedOn <= '2026-11-22').toBe(true);
      for (const incident of c.incidents) expect(incident.year * 12 + (incident.month ?? 1)).toBeLessThanOrEqual(2026 * 12 + 11);
    }
  });

  it('makes police the most frequent perpetrator', () => {
    const random = prng(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      for (const incident of syntheticCase(random, new Date(), false).incidents) {
        const type = incident.perpetrators[0].type;
        counts.set(type, (counts.get(type) ?? 0) + 1);
      }
    }
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
    expect(top).toBe('police');
  });
});
