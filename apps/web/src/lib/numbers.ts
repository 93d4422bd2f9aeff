/**
 * Figures written in a locale's format (pure: lib/format.ts picks the locale from the interface
 * language). Russian: "12 345,6" and "50,9 %" (no-break spaces); English: "12,345.6" and "50.9%".
 */
const formats = new Map<string, Intl.NumberFormat>();

/** Whole numbers as they are, fractions to two places, a small fraction (δ) to its first significant digits, an exact decimal (a string) in full. */
function numberFormat(locale: string, kind: 'whole' | 'fraction' | 'small' | 'exact' | 'percent'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === 'percent'
        ? { style: 'percent', maximumFractionDigits: 1 }
        : kind === 'small'
          ? { maximumSignificantDigits: 3 }
          : kind === 'exact'
            ? { maximumFractionDigits: 20 }
            : { maximumFractionDigits: kind === 'whole' ? 0 : 2 };
    formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format;
}

export function numberIn(value: number | string, locale: string): string {
  // An exact decimal the API sends as a string (ρ, ε) keeps every digit it has.
  if (typeof value === 'string') return value.trim() !== '' && Number.isFinite(Number(value)) ? numberFormat(locale, 'exact').format(Number(value)) : value;
  const kind = Number.isInteger(value) ? 'whole' : Math.abs(value) < 1 ? 'small' : 'fraction';
  return numberFormat(locale, kind).format(value);
}

/** A share given in percent (50.9 = 50.9 %). */
export const percentIn = (percent: number, locale: string): string => numberFormat(locale, 'percent').format(percent / 100);

/** A count as shown, or null when it must not be: absent, not a number, or below zero (a noisy figure is never a count of people). */
export const countIn = (value: number | null | undefined, locale: string): string | null =>
  value === null || value === undefined || !Number.isFinite(value) || value < 0 ? null : numberIn(value, locale);
