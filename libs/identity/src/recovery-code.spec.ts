import { generateRecoveryCode, normaliseRecoveryCode, RECOVERY_ALPHABET, RECOVERY_ENTROPY_BITS } from './recovery-code';

describe('recovery codes', () => {
  const codes = Array.from({ length: 2000 }, generateRecoveryCode);

  it('use an alphabet without look-alikes: no o, i, l (nor u), no upper case', () => {
    expect(RECOVERY_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_ALPHABET).size).toBe(32);
    for (const c of 'oiluOILS') expect(RECOVERY_ALPHABET).not.toContain(c);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  it('carry at least 60 bits, and every symbol of the alphabet occurs', () => {
    expect(RECOVERY_ENTROPY_BITS).toBeGreaterThanOrEqual(60);
    expect(RECOVERY_ENTROPY_BITS).toBe(80);
    const seen = new Set(codes.join('').replace(/-/g, ''));
    expect(seen.size).toBe(32);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('read the same typed in upper case, with spaces or hyphens, or with a look-alike letter', () => {
    const code = '7k3m-x9qa-20fh-41vn';
    const expected = '7k3mx9qa20fh41vn';
    expect(normaliseRecoveryCode(code)).toBe(expected);
    expect(normaliseRecoveryCode(' 7K3M X9QA 20FH 41VN ')).toBe(expected);
    expect(normaliseRecoveryCode('7k3mx9qa20fh41vn')).toBe(expected);
    expect(normaliseRecoveryCode('7k3m–x9qa—2ofh-4lvn')).toBe(expected);
    expect(normaliseRecoveryCode('7K3M-X9QA-2OFH-4IVN')).toBe(expected);
  });

  it('are not something else: too short, too long or with a symbol outside the alphabet', () => {
    expect(normaliseRecoveryCode('7k3m-x9qa-20fh')).toBeNull();
    expect(normaliseRecoveryCode('7k3m-x9qa-20fh-41vn-a')).toBeNull();
    expect(normaliseRecoveryCode('7k3m-x9qa-20fh-41v_')).toBeNull();
    expect(normaliseRecoveryCode('7k3m-x9qa-20fh-41vu')).toBeNull();
  });
});
