import { randomInt } from 'node:crypto';

/** Crockford-style alphabet without 0/O, 1/I/L, U: easy to read out over a bad phone line. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random public reference such as `KZ-7F3K9Q`: says nothing about how many cases exist or their order. */
export function newCaseReference(country: string): string {
  let out = '';
  for (let i = 0; i < 6; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${country.toUpperCase()}-${out}`;
}
