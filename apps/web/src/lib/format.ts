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

/** The locale numbers are written in: the interface language's (ru-RU: "12 345,6"; English as the phone writes it). */
export const numberLocale = (language: string = i18n.language): string => dateLocale(language);

const formats = new Map<string, Intl.NumberFormat>();
/** Whole numbers as they are, fractions to two places, a small fraction (δ) to its first significant digits, an exact decimal (a string) in full. */
function numberFormat(language: string, kind: 'whole' | 'fraction' | 'small' | 'exact' | 'percent'): Intl.NumberFormat {
  const locale = numberLocale(language);
  const key = `${locale}:${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : kind === 'small' ? { maximumSignificantDigits: 3 } : kind === 'exact' ? { maximumFractionDigits: 20 } : { maximumFractionDigits: kind === 'whole' ? 0 : 2 };
    formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format;
}

/**
 * A figure in the interface language's format ("12 345,6" in Russian, "12,345.6" in English).
 */
export function formatNumber(value: number | string, language: string = i18n.language): string {
  // An exact decimal the API sends as a string (ρ, ε) keeps every digit it has.
  if (typeof value === 'string') return Number.isFinite(Number(value)) ? numberFormat(language, 'exact').format(Number(value)) : value;
  const kind = Number.isInteger(value) ? 'whole' : Math.abs(value) < 1 ? 'small' : 'fraction';
  return numberFormat(language, kind).format(value);
}

/** A share given in percent (50.9 = 50.9 %), in the interface language's format: "50,9 %" in Russian, "50.9%" in English. */
export function formatPercent(percent: number, language: string = i18n.language): string {
  return numberFormat(language, 'percent').format(percent / 100);
}

/** A count as shown: formatted, or null when it must not be shown (absent, or below zero: a noisy figure, never a count). */
export function shownCount(value: number | null | undefined, language: string = i18n.language): string | null {
  return value === null || value === undefined || value < 0 || !Number.isFinite(value) ? null : formatNumber(value, language);
}
