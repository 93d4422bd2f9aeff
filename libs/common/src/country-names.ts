/**
 * One name per country in each language, for everything Casebook writes (the
 * reports and their files; the web app's lists hold the same names, and a test
 * keeps them equal). Not the runtime's Intl names: those change with the ICU
 * version and differ from the names the region uses (Киргизия, Türkiye,
 * Республика Корея against the web app's Кыргызстан, Turkey, Южная Корея).
 */
export const COUNTRY_NAMES: Readonly<Record<string, { en: string; ru: string }>> = {
  AE: { en: 'United Arab Emirates', ru: 'ОАЭ' },
  AL: { en: 'Albania', ru: 'Албания' },
  AM: { en: 'Armenia', ru: 'Армения' },
  AZ: { en: 'Azerbaijan', ru: 'Азербайджан' },
  BA: { en: 'Bosnia and Herzegovina', ru: 'Босния и Герцеговина' },
  BG: { en: 'Bulgaria', ru: 'Болгария' },
  BY: { en: 'Belarus', ru: 'Беларусь' },
  CZ: { en: 'Czechia', ru: 'Чехия' },
  DE: { en: 'Germany', ru: 'Германия' },
  EE: { en: 'Estonia', ru: 'Эстония' },
  GE: { en: 'Georgia', ru: 'Грузия' },
  HR: { en: 'Croatia', ru: 'Хорватия' },
  HU: { en: 'Hungary', ru: 'Венгрия' },
  KG: { en: 'Kyrgyzstan', ru: 'Кыргызстан' },
  KR: { en: 'South Korea', ru: 'Южная Корея' },
  KZ: { en: 'Kazakhstan', ru: 'Казахстан' },
  LT: { en: 'Lithuania', ru: 'Литва' },
  LV: { en: 'Latvia', ru: 'Латвия' },
  MD: { en: 'Moldova', ru: 'Молдова' },
  ME: { en: 'Montenegro', ru: 'Черногория' },
  MK: { en: 'North Macedonia', ru: 'Северная Македония' },
  MN: { en: 'Mongolia', ru: 'Монголия' },
  PL: { en: 'Poland', ru: 'Польша' },
  RO: { en: 'Romania', ru: 'Румыния' },
  RS: { en: 'Serbia', ru: 'Сербия' },
  RU: { en: 'Russia', ru: 'Россия' },
  SI: { en: 'Slovenia', ru: 'Словения' },
  SK: { en: 'Slovakia', ru: 'Словакия' },
  TJ: { en: 'Tajikistan', ru: 'Таджикистан' },
  TM: { en: 'Turkmenistan', ru: 'Туркменистан' },
  TR: { en: 'Turkey', ru: 'Турция' },
  UA: { en: 'Ukraine', ru: 'Украина' },
  UZ: { en: 'Uzbekistan', ru: 'Узбекистан' },
  XK: { en: 'Kosovo', ru: 'Косово' },
};

/** A country's name in the language; its code for a country Casebook does not name. */
export function countryName(code: string, lang: string): string {
  const names = COUNTRY_NAMES[code];
  return names ? (lang === 'ru' ? names.ru : names.en) : code;
}
