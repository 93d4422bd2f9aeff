import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTRY_NAMES, countryName } from './country-names';

const CYRILLIC = /[\u0400-\u04FF]/;
const regions: Array<{ country: string }> = JSON.parse(readFileSync(join(__dirname, '../../../migrations/data/regions.json'), 'utf8'));

describe('country names', () => {
  it('name every country of the region list, once per language, the Russian in Cyrillic', () => {
    for (const country of new Set(regions.map((r) => r.country))) expect([country, Boolean(COUNTRY_NAMES[country])]).toEqual([country, true]);
    for (const [code, { en, ru }] of Object.entries(COUNTRY_NAMES)) {
      expect([code, CYRILLIC.test(ru), /^[A-Za-z][A-Za-z ]+$/.test(en)]).toEqual([code, true, true]);
    }
    // One spelling per country: no two codes share a name, in either language.
    for (const lang of ['en', 'ru'] as const) {
      const names = Object.values(COUNTRY_NAMES).map((n) => n[lang]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('are the names Casebook chose, not the runtime’s (whose Russian calls Kyrgyzstan Киргизия)', () => {
    expect(countryName('KG', 'ru')).toBe('Кыргызстан');
    expect(countryName('TR', 'en')).toBe('Turkey');
    expect(countryName('KR', 'ru')).toBe('Южная Корея');
    expect(countryName('ZZ', 'ru')).toBe('ZZ');
  });
});
