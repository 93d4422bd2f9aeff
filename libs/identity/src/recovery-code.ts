import { randomInt } from 'node:crypto';

/**
 * Recovery codes people copy from paper or a screen and type on a phone:
 * Crockford's base32 in lower case, which has no i, l, o or u, so no letter
 * looks like a digit (0 and 1 are the only round or upright strokes), in
 * groups of four: `7k3m-x9qa-2fgh-4tvn`. 16 symbols of 5 bits: 80 bits.
 */
export const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_GROUPS = 4;
export const RECOVERY_GROUP_LENGTH = 4;
export const RECOVERY_ENTROPY_BITS = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH * Math.log2(RECOVERY_ALPHABET.length);

/** A new recovery code, uniformly random over the alphabet (crypto.randomInt), grouped with hyphens. */
export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < RECOVERY_GROUP_LENGTH; i++) group += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * A code as typed, in the form that is hashed: case, spaces and hyphens do not
 * count, and the look-alikes the alphabet leaves out read as what they resemble
 * (o → 0, i and l → 1), as Crockford's decoding does. Null when what is left
 * cannot be a code of this kind (it may be an older one: see legacy codes).
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const compact = typed
    .toLowerCase()
    .replace(/[\s\u00a0\u2010-\u2015-]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  const length = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;
  if (compact.length !== length || [...compact].some((c) => !RECOVERY_ALPHABET.includes(c))) return null;
  return compact;
}
