import i18n from './i18n';
import { countIn, numberIn, percentIn } from './numbers';

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

/** The locale numbers are written in: the interface language's (ru-RU: "12 345,6"; English as the phone writes it). */
export const numberLocale = (language: string = i18n.language): string => dateLocale(language);

/** A figure in the interface language's format ("12 345,6" in Russian, "12,345.6" in English). */
export const formatNumber = (value: number | string, language: string = i18n.language): string => numberIn(value, numberLocale(language));

/** A share given in percent (50.9 = 50.9 %), in the interface language's format: "50,9 %" in Russian, "50.9%" in English. */
export const formatPercent = (percent: number, language: string = i18n.language): string => percentIn(percent, numberLocale(language));

/** A count as shown: formatted, or null when it must not be shown (absent, or below zero: a noisy figure, never a count). */
export const shownCount = (value: number | null | undefined, language: string = i18n.language): string | null => countIn(value, numberLocale(language));
