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
});
