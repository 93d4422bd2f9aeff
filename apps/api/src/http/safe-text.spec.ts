import { isCoarseText, nulPointers } from './safe-text';

describe('coarse text', () => {
  it('accepts names and places in any script, refuses control and invisible formatting characters', () => {
    for (const ok of ['Almaty Region', 'Алматинская область', 'Łódź', 'Şanlıurfa', "O'Neil-Smith", 'საქართველო']) expect(isCoarseText(ok)).toBe(true);
    for (const bad of ['a\u0000b', 'bell\u0007', 'esc\u001b[31m', 'tab\there', 'line\nbreak', '\u202eevil', 'iso\u2066late', 'zero\u200bwidth', '\ufeffbom', 'del\u007f', 'c1\u0085'])
      expect(isCoarseText(bad)).toBe(false);
    expect(isCoarseText(12)).toBe(false);
  });
});

describe('nulPointers', () => {
  it('names every string holding NUL, nested in objects and arrays', () => {
    expect(nulPointers({ region: 'a\u0000', incidents: [{ place: 'ok' }, { place: '\u0000' }], 'x/y': 'b\u0000' })).toEqual(['/region', '/incidents/1/place', '/x~1y']);
    expect(nulPointers('\u0000')).toEqual(['/']);
    expect(nulPointers({ ok: ['fine', 1, null] })).toEqual([]);
  });
});

