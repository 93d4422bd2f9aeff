#!/usr/bin/env node
// Writes migrations/data/regions.json: the first-level ISO 3166-2
// subdivisions of the countries Casebook serves, with English and Russian
// names. Codes and the list come from `iso-3166` (kept current with ISO);
// English and Russian names from `iso3166-2-db` where it knows the
// subdivision (by code, else by its ISO name), else the ISO name; Russian
// names it lacks from the reviewed list in regions-ru.mjs. Both packages are dev
// dependencies: the migration reads the JSON, so nothing at run time depends
// on them. Run again after updating them and review the diff like a migration.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { iso31662 } from 'iso-3166';
import { RUSSIAN_NAMES } from './regions-ru.mjs';

const require = createRequire(import.meta.url);
const dir = require.resolve('iso3166-2-db/package.json').replace(/package\.json$/, '');
const en = JSON.parse(readFileSync(`${dir}i18n/en.json`, 'utf8'));
const ru = JSON.parse(readFileSync(`${dir}i18n/ru.json`, 'utf8'));

// SWAN's member countries, Central Asia and the Caucasus, and the destination countries of the region's migrants.
const COUNTRIES = 'AL AM AZ BA BG BY CZ EE GE HR HU KG KR KZ LT LV MD ME MK PL RO RS RU SI SK TJ TM TR UA AE UZ XK'.split(' ');
const CYRILLIC = /[\u0400-\u04FF]/;
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// Where ISO's short names collide (a city and the region around it share a name), the reviewed correction.
const OVERRIDES = {
  'KZ-19': { en: 'Almaty Region', ru: 'Алматинская область' },
  'KZ-75': { en: 'Almaty (city)', ru: 'Алматы (город)' },
};

const regions = [];
for (const country of COUNTRIES) {
  const names = new Map();
  for (const r of en[country]?.regions ?? []) names.set(r.iso, { en: r.name, ru: (ru[country]?.regions ?? []).find((x) => x.iso === r.iso)?.name });
  for (const sub of iso31662.filter((r) => r.parent === country)) {
    const local = sub.code.slice(3);
    const known = names.get(local) ?? [...names.values()].find((n) => fold(n.en) === fold(sub.name));
    const ru = known?.ru && CYRILLIC.test(known.ru) ? known.ru : RUSSIAN_NAMES[sub.code];
    if (!ru) throw new Error(`${sub.code} (${sub.name}) has no Russian name: add one to scripts/regions-ru.mjs`);
    regions.push({ code: sub.code, country, en: known?.en ?? sub.name, ru, ...OVERRIDES[sub.code] });
  }
}
// Any other collision of names within a country is told apart by the code.
for (const lang of ['en', 'ru']) {
  const seen = new Map();
  for (const r of regions) seen.set(`${r.country}:${r[lang]}`, (seen.get(`${r.country}:${r[lang]}`) ?? 0) + 1);
  for (const r of regions) if (seen.get(`${r.country}:${r[lang]}`) > 1) r[lang] = `${r[lang]} (${r.code})`;
}
regions.sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(new URL('../migrations/data/regions.json', import.meta.url), `[\n${regions.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`${regions.length} regions in ${COUNTRIES.length} countries`);
