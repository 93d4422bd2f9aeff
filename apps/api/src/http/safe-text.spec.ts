import { INHERITED_KEY_MESSAGE, isCoarseText, LONE_SURROGATE_MESSAGE, NUL_MESSAGE, unsafeTextProblems } from './safe-text';

describe('coarse text', () => {
  it('accepts names and places in any script, refuses control and invisible formatting characters', () => {
    for (const ok of ['Almaty Region', 'Алматинская область', 'Łódź', 'Şanlıurfa', "O'Neil-Smith", 'საქართველო']) expect(isCoarseText(ok)).toBe(true);
    for (const bad of ['a\u0000b', 'bell\u0007', 'esc\u001b[31m', 'tab\there', 'line\nbreak', '\u202eevil', 'iso\u2066late', 'zero\u200bwidth', '\ufeffbom', 'del\u007f', 'c1\u0085'])
      expect(isCoarseText(bad)).toBe(false);
    expect(isCoarseText(12)).toBe(false);
  });
});

describe('unsafeTextProblems', () => {
  const pointers = (value: unknown) => unsafeTextProblems(value).map((p) => p.pointer);

  it('names every string holding NUL, nested in objects and arrays', () => {
    expect(pointers({ region: 'a\u0000', incidents: [{ place: 'ok' }, { place: '\u0000' }], 'x/y': 'b\u0000' })).toEqual(['/region', '/incidents/1/place', '/x~1y']);
    expect(unsafeTextProblems('\u0000')).toEqual([{ pointer: '/', message: NUL_MESSAGE }]);
    expect(pointers({ ok: ['fine', 1, null] })).toEqual([]);
  });

  it('names half of a surrogate pair, which would be stored changed, but not a whole pair', () => {
    expect(unsafeTextProblems({ narrative: 'x\ud800y', quote: 'end\udc00' })).toEqual([
      { pointer: '/narrative', message: LONE_SURROGATE_MESSAGE },
      { pointer: '/quote', message: LONE_SURROGATE_MESSAGE },
    ]);
    expect(pointers({ narrative: 'an emoji 😀 and 𝔸' })).toEqual([]);
  });

  it('names a key that every object inherits, which the DTO would drop without a word', () => {
    // (Parsed from JSON, as a body is: "constructor" and "__proto__" are then own keys.)
    const body = JSON.parse('{"questions":{"constructor":"declined","toString":"asked","sexual":"declined"},"__proto__":{"x":1}}');
    expect(unsafeTextProblems(body)).toEqual([
      { pointer: '/questions/constructor', message: INHERITED_KEY_MESSAGE },
      { pointer: '/questions/toString', message: INHERITED_KEY_MESSAGE },
      { pointer: '/__proto__', message: INHERITED_KEY_MESSAGE },
    ]);
  });
});
