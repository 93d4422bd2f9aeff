import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('river kettle orbit meadow')).toEqual([]);
    expect(passwordProblems('тихий вечер у реки')).toEqual([]);
  });

  it('rejects short, common and padded-common passwords', () => {
    expect(passwordProblems('short')).toContain('must be at least 12 characters long');
    expect(passwordProblems('password1234')).toEqual(['is too common; choose a longer phrase of unrelated words']);
    expect(passwordProblems('Football!!2024')).toEqual(['is too common; choose a longer phrase of unrelated words']);
    expect(passwordProblems('aaaaaaaaaaaaaaaa')).toEqual(['is too common; choose a longer phrase of unrelated words']);
  });

  it('rejects a password built from the e-mail', () => {
    expect(passwordProblems('aigerim.k-2024-secure', { email: 'aigerim.k@example.org' })).toContain('must not contain your e-mail name');
  });
});
