import { formatWithdrawalCode, newWithdrawalCode, normaliseWithdrawalCode } from './withdrawal-code';

describe('withdrawal codes', () => {
  it('reads a code as typed: groups with spaces or dashes, or none', () => {
    expect(normaliseWithdrawalCode('4821 0937 5512 6604')).toBe('4821093755126604');
    expect(normaliseWithdrawalCode('4821-0937-5512-6604')).toBe('4821093755126604');
    expect(normaliseWithdrawalCode(' 4821093755126604 ')).toBe('4821093755126604');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '4821 0937 5512', '4821 0937 5512 660a', '48210937551266041', '4821  0937 5512 6604']) expect(normaliseWithdrawalCode(bad)).toBeNull();
  });

  it('draws 16 random digits in groups of four', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newWithdrawalCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(formatWithdrawalCode('1234567890123456')).toBe('1234 5678 9012 3456');
  });
});
