import i18n from './i18n';

/**
 * Dates as the reader's phone writes them: Russian for the Russian interface;
 * for English the phone's own English (en-GB, en-IE, …), British when the phone
 * says plain or US English is not what it asked for — never the US month-first
 * order by accident of the interface language being just "en".
 */
export function dateLocale(language: string = i18n.language): string {
  if (language === 'ru') return 'ru-RU';
  const english = (typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : []).find((l) => /^en-/i.test(l));
  return english ?? 'en-GB';
}

export function formatDateTime(iso: string | Date): string {
  return new Date(iso).toLocaleString(dateLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatMonthName(monthIndex: number): string {
  return new Date(2000, monthIndex, 1).toLocaleString(dateLocale(), { month: 'long' });
}
