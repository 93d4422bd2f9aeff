/**
 * The names of the world's countries in English and Russian, read from the
 * ICU data that Node's `Intl.DisplayNames` carries (no list to keep up to
 * date): a country is a place, never a person ("flew to Italy", "из Кореи").
 * One word each (the tokens a recognizer sees): single-word names, and the
 * last word of two-word names after a compass point or a title (South Korea →
 * korea, Республика Корея → корея); Russian ones with their case forms.
 * Countries that are also given names (Jordan, Chad, Israel) are left out.
 */
const LEADS = new Set(['south', 'north', 'saudi', 'new', 'южная', 'южный', 'северная', 'республика', 'саудовская', 'новая']);
const ALSO_GIVEN_NAMES = new Set(['jordan', 'chad', 'israel']);

/** Russian case forms of a country's name (Корея → кореи, корею, кореей, корее; Казахстан → казахстана …). */
function russianForms(name: string): string[] {
  if (name.endsWith('ия')) return [name, ...['ии', 'ию', 'ией'].map((e) => name.slice(0, -2) + e)];
  if (name.endsWith('я')) return [name, ...['и', 'е', 'ю', 'ей'].map((e) => name.slice(0, -1) + e)];
  if (name.endsWith('а')) return [name, ...['ы', 'и', 'е', 'у', 'ой'].map((e) => name.slice(0, -1) + e)];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) return [name, ...['а', 'у', 'е', 'ом'].map((e) => name + e)];
  return [name];
}

let countryNames: string[] | undefined;
export function worldCountryNames(): string[] {
  return (countryNames ??= readCountryNames());
}

function readCountryNames(): string[] {
  const out = new Set<string>();
  for (const lang of ['en', 'ru']) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (!name || name === code) continue;
        const words = name.replace(/\([^)]*\)/g, '').trim().toLowerCase().split(/\s+/);
        const word = words.length === 1 ? words[0] : words.length === 2 && LEADS.has(words[0]) ? words[1] : null;
        if (!word || word.length < 4 || ALSO_GIVEN_NAMES.has(word) || word.startsWith('pseudo') || !/^[\p{L}-]+$/u.test(word)) continue;
        for (const form of lang === 'ru' ? russianForms(word) : [word]) out.add(form);
      }
    }
  }
  return [...out];
}

const NOT_PLACES = new Set(['Kirov', 'Oral']);

/** Time zones' regions whose cities narratives name as destinations (the Americas' and the oceans' are left out). */
const CITY_REGIONS = new Set(['Europe', 'Asia', 'Africa']);

/**
 * The cities that name the world's time zones in Europe, Asia and Africa (Europe/Zurich, Asia/Dubai), read from the ICU
 * data that Node carries: a city is a place, never a person ("went with him to Zürich"). One word each, lower case.
 */
export function worldCityNames(): string[] {
  const out = new Set<string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const [region, ...rest] = zone.split('/');
    const city = rest[rest.length - 1];
    // (Not a Russian surname too, Kirov, nor "Oral", an English word too; Dublin, Berlin and Bahrain are places.)
    if (!CITY_REGIONS.has(region) || city === undefined || city.includes('_') || city.length < 4 || NOT_PLACES.has(city)) continue;
    out.add(city.toLowerCase());
  }
  return [...out];
}
