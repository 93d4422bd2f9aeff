import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { packData } from './pack-data';
import { mayBeValidFor } from './phone-plans';

/**
 * The pre-check skips a country's parse only when libphonenumber cannot find
 * the digits valid for it: checked against libphonenumber itself on every
 * region country's example numbers written in the ways narratives write them
 * (national prefix, calling code without "+", international call prefix),
 * one-digit changes, digits added and dropped, and every digit run of the dev
 * sets.
 */
const data = packData();
const COUNTRIES = [...new Set([...data.phone.trunk8, ...data.phone.trunk0, ...data.phone.national])];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function candidates(): string[] {
  const next = random(25);
  const out = new Set<string>();
  for (const country of COUNTRIES) {
    const example = getExampleNumber(country, examples as never);
    if (!example) continue;
    const nsn = example.nationalNumber as string;
    const cc = getCountryCallingCode(country);
    for (const base of [nsn, `0${nsn}`, `8${nsn}`, `06${nsn}`, `80${nsn}`, `${cc}${nsn}`, `${cc}0${nsn}`, `00${cc}${nsn}`, `810${cc}${nsn}`]) {
      out.add(base);
      for (let k = 0; k < 4; k++) {
        const digits = base.split('');
        const at = Math.floor(next() * digits.length);
        const change = next();
        if (change < 0.5) digits[at] = String(Math.floor(next() * 10));
        else if (change < 0.75) digits.splice(at, 1);
        else digits.splice(at, 0, String(Math.floor(next() * 10)));
        out.add(digits.join(''));
      }
    }
  }
  for (let k = 0; k < 100; k++) out.add(String(Math.floor(next() * 1e15)).slice(0, 9 + Math.floor(next() * 7)));
  for (const set of ['devset', 'devset2', 'devset-cee', 'devset3']) {
    const text = readFileSync(join(__dirname, `../../../tests/redaction/${set}.txt`), 'utf8');
    for (const m of text.matchAll(/\d[\d\s().\-–/]{6,22}\d/g)) out.add(m[0].replace(/\D/g, ''));
  }
  return [...out].filter((d) => d.length >= 9 && d.length <= 15);
}

describe('phone pre-check', () => {
  it('never rules out a country for which libphonenumber finds the digits valid', () => {
    let skipped = 0;
    let valid = 0;
    for (const digits of candidates()) {
      for (const country of COUNTRIES) {
        const isValid = parsePhoneNumberFromString(digits, country as CountryCode)?.isValid() ?? false;
        if (isValid) valid++;
        if (!mayBeValidFor(digits, country as CountryCode)) {
          skipped++;
          expect({ digits, country, isValid }).toEqual({ digits, country, isValid: false });
        }
      }
    }
    // It must actually skip most parses, and the samples must hold valid numbers.
    expect(valid).toBeGreaterThan(300);
    expect(skipped).toBeGreaterThan(valid * 5);
  });
});
