import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchRegion, normaliseRegionName } from './1795320000000-regions-and-bases';

const regions = JSON.parse(readFileSync(join(__dirname, 'data', 'regions.json'), 'utf8'));

describe('converting free-text regions to ISO 3166-2 codes', () => {
  it('drops the words that say what kind of subdivision it is, in both languages', () => {
    expect(normaliseRegionName('Новосибирская обл.')).toBe('новосибирская');
    expect(normaliseRegionName('Novosibirsk Oblast')).toBe('novosibirsk');
    expect(normaliseRegionName('Praha, Hlavní město')).toBe('praha hlavni mesto');
  });

  it('matches a name that means one subdivision of the case country, in English or Russian, or its code', () => {
    expect(matchRegion('Новосибирская область', 'RU', regions)).toBe('RU-NVS');
    expect(matchRegion('Saint Petersburg', 'RU', regions)).toBe('RU-SPE');
    expect(matchRegion('Bishkek', 'KG', regions)).toBe('KG-GB');
    expect(matchRegion('ru-nvs', 'RU', regions)).toBe('RU-NVS');
  });

  it('leaves ambiguous, foreign and unknown names for an admin', () => {
    expect(matchRegion('Almaty', 'KZ', regions)).toBeNull(); // the city and the region around it
    expect(matchRegion('Novosibirsk Oblast', 'KZ', regions)).toBeNull(); // another country's region
    expect(matchRegion('somewhere in the north', 'RU', regions)).toBeNull();
    expect(matchRegion('  ', 'RU', regions)).toBeNull();
  });

  it('holds every country Casebook serves, each region with an English and a Russian name', () => {
    const countries = new Set(regions.map((r: { country: string }) => r.country));
    for (const c of ['KZ', 'KG', 'UZ', 'TJ', 'RU', 'UA', 'MD', 'GE', 'AM', 'AZ', 'CZ', 'SK', 'PL', 'LT', 'LV', 'EE', 'HU', 'RO', 'BG', 'RS', 'MK', 'ME', 'BA', 'TR', 'KR', 'AE']) {
      expect([c, countries.has(c)]).toEqual([c, true]);
    }
    for (const r of regions) expect(r.en && r.ru && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.code)).toBeTruthy();
  });

  it('names every region in Russian in Cyrillic, never as its English or Latin name, and tells same-named ones apart', () => {
    // No exceptions: every subdivision Casebook lists has a Russian name (scripts/regions-ru.mjs for those iso3166-2-db lacks).
    const latinOnly = regions.filter((r: { ru: string; en: string }) => !/[\u0400-\u04FF]/.test(r.ru) || r.ru === r.en).map((r: { code: string }) => r.code);
    expect(latinOnly).toEqual([]);
    for (const lang of ['en', 'ru']) {
      const names = regions.map((r: Record<string, string>) => `${r.country}:${r[lang]}`);
      expect([lang, names.filter((n: string, i: number) => names.indexOf(n) !== i)]).toEqual([lang, []]);
    }
    // The migration that renames them for existing databases names only real regions, each with the name it replaces.
    const renamed: Array<{ code: string; from: string; ru: string }> = JSON.parse(readFileSync(join(__dirname, 'data', 'region-names-ru-1795327027200.json'), 'utf8'));
    const byCode = new Map(regions.map((r: { code: string; ru: string }) => [r.code, r.ru]));
    for (const r of renamed) expect([r.code, byCode.get(r.code), /[\u0400-\u04FF]/.test(r.from)]).toEqual([r.code, r.ru, false]);
  });
});
