import type { CountryCode } from 'libphonenumber-js/max';
import { Metadata, type MetadataJson } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';

const metadata = maxMetadata as unknown as MetadataJson;

/**
 * A cheap, exact pre-check before libphonenumber parses a national number for
 * one country (a parse and validation cost tens of microseconds, and a digit
 * run is tried against up to 24 countries). For a number without "+",
 * libphonenumber takes off the country's calling code if the digits start with
 * it, then a national prefix (its "national prefix for parsing" pattern: 8,
 * 0, 06, 80?), and validates what is left, the national significant number,
 * against the national number pattern of a country with that calling code (+7:
 * Russia or Kazakhstan). So the country can be valid only if the digits, with
 * or without the calling code and with or without such a prefix, match one of
 * those patterns entirely. Digits that start with the country's international
 * call prefix (810, 00) may be any country's number, and a prefix rule that
 * rewrites the digits could give anything: both always go to the full parse.
 * Pure; built once per country.
 */
interface Plan {
  callingCode(): string;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
}

type Check = (digits: string) => boolean;

const checks = new Map<string, Check>();

function planOf(country: string): Plan {
  const md = new Metadata(metadata);
  md.selectNumberingPlan(country as CountryCode);
  return md.numberingPlan as unknown as Plan;
}

function buildCheck(country: CountryCode): Check {
  const plan = planOf(country);
  const callingCode = plan.callingCode();
  const sharing: CountryCode[] = metadata.country_calling_codes[callingCode] ?? [country];
  const plans = [plan, ...sharing.map(planOf)];
  if (plans.some((p) => p.nationalPrefixTransformRule())) return () => true;
  const idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
  const national = new RegExp(`^(?:${[...new Set(plans.map((p) => p.nationalNumberPattern()))].join('|')})$`);
  const prefixes = [...new Set(plans.map((p) => p.nationalPrefixForParsing()).filter((p): p is string => !!p))].map((p) => new RegExp(`^(?:${p})`));
  const fits = (digits: string) => {
    if (national.test(digits)) return true;
    for (const prefix of prefixes) {
      const m = prefix.exec(digits);
      if (m && national.test(digits.slice(m[0].length))) return true;
    }
    return false;
  };
  return (digits) => idd.test(digits) || fits(digits) || (digits.startsWith(callingCode) && fits(digits.slice(callingCode.length)));
}

/** Whether libphonenumber could find `digits` (a national number, no "+") valid with `country` as the default; false means it cannot. */
export function mayBeValidFor(digits: string, country: CountryCode): boolean {
  let check = checks.get(country);
  if (!check) checks.set(country, (check = buildCheck(country)));
  return check(digits);
}
