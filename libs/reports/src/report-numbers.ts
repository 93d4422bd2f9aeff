/**
 * Figures in the words a report writes (its description, method notes, chart
 * labels), in the report's language as Intl writes them: Russian "0,5",
 * "12 345" and "64,3 %" (no-break spaces), English "0.5", "12,345" and
 * "64.3%". Data cells (CSV, XLSX, JSON values) are never formatted here: they
 * stay machine-readable numbers with a decimal point. Pure.
 */
const formats = new Map<string, Intl.NumberFormat>();

const localeOf = (lang: string) => (lang === 'ru' ? 'ru-RU' : 'en-GB');

function format(lang: string, kind: 'number' | 'percent'): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let f = formats.get(key);
  if (!f) {
    // Every digit a figure has (ρ, δ = 0.000001): a description must not round what it states.
    const options: Intl.NumberFormatOptions = kind === 'percent' ? { style: 'percent', maximumSignificantDigits: 15 } : { maximumFractionDigits: 20 };
    formats.set(key, (f = new Intl.NumberFormat(localeOf(lang), options)));
  }
  return f;
}

/** A number in the report language's format, with all its digits. */
export const reportNumber = (lang: string, value: number): string => format(lang, 'number').format(value);

/** A share given in percent (64.3 → "64.3%", «64,3 %»). */
export const reportPercent = (lang: string, percent: number): string => format(lang, 'percent').format(percent / 100);
