import { randomInt } from 'node:crypto';

/** 16 digits, read aloud in four groups of four ("4821 0937 5512 6604"): about 53 bits. */
export const WITHDRAWAL_CODE_DIGITS = 16;
/** The leading digits whose keyed HMAC finds a code's row (10^6 buckets: about one row each). */
export const WITHDRAWAL_CODE_LOOKUP_DIGITS = 6;
/** As typed: digits, optionally in groups separated by spaces or dashes. */
export const WITHDRAWAL_CODE_PATTERN = /^\s*\d{4}(?:[\s-]?\d{4}){3}\s*$/;

/** The 16 digits of a code as typed, or null when it is not one. Pure. */
export function normaliseWithdrawalCode(input: string): string | null {
  if (!WITHDRAWAL_CODE_PATTERN.test(input)) return null;
  return input.replace(/\D/g, '');
}

/** "4821 0937 5512 6604". Pure. */
export function formatWithdrawalCode(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** A new random code (for API clients and tests; the web app draws its own on the device at consent). */
export function newWithdrawalCode(): string {
  let digits = '';
  for (let i = 0; i < WITHDRAWAL_CODE_DIGITS; i++) digits += String(randomInt(10));
  return formatWithdrawalCode(digits);
}
