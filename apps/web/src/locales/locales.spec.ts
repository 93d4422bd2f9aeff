import { en } from './en';
import { ru } from './ru';

/** Every key path of a messages object, and every string value. */
function entries(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

describe('the web app\u2019s languages', () => {
  it('have the same keys in English and Russian, and no empty or untranslated Russian string', () => {
    const english = new Map(entries(en));
    const russian = new Map(entries(ru));
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...russian].filter(([key, text]) => !text.trim() || (text === english.get(key) && !/^(English|Русский)$/.test(text)));
    expect(untranslated).toEqual([]);
    // The same interpolations on both sides.
    for (const [key, text] of english) {
      const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect({ key, vars: vars(russian.get(key)!) }).toEqual({ key, vars: vars(text) });
    }
  });
});
