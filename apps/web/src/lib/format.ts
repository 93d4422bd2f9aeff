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

/** A month of a year in words ("March 2026", «март 2026 г.»); the year alone when the month is not known. */
export function formatYearMonth(year: number | undefined | null, month?: number | null): string {
  if (year === undefined || year === null || !Number.isInteger(year)) return '';
  if (!month) return String(year);
  return new Date(year, month - 1, 1).toLocaleString(dateLocale(), { month: 'long', year: 'numeric' });
}

/** "2026-10" (an <input type=month>'s value) in words, or the text as it is when it is not such a month. */
export function formatMonthValue(value: string | undefined): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  return m ? formatYearMonth(Number(m[1]), Number(m[2])) : (value ?? '');
}

/** "2026-10-02" (an <input type=date>'s value) in words ("2 October 2026", «2 октября 2026 г.»). */
export function formatDayValue(value: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toLocaleDateString(dateLocale(), { day: 'numeric', month: 'long', year: 'numeric' }) : (value ?? '');
}

/** The locale numbers are written in: the interface language's (ru-RU: "12 345,6"; English as the phone writes it). */
export const numberLocale = (language: string = i18n.language): string => dateLocale(language);

/** A figure in the interface language's format ("12 345,6" in Russian, "12,345.6" in English). */
export const formatNumber = (value: number | string, language: string = i18n.language): string => numberIn(value, numberLocale(language));

/** A share given in percent (50.9 = 50.9 %), in the interface language's format: "50,9 %" in Russian, "50.9%" in English. */
export const formatPercent = (percent: number, language: string = i18n.language): string => percentIn(percent, numberLocale(language));

/** A count as shown: formatted, or null when it must not be shown (absent, or below zero: a noisy figure, never a count). */
export const shownCount = (value: number | null | undefined, language: string = i18n.language): string | null => countIn(value, numberLocale(language));
