import { randomBytes } from 'node:crypto';
import { DecryptionError, Keyring } from './keyring';

const key = () => randomBytes(32).toString('base64');

describe('Keyring', () => {
  const k1 = key();
  const k2 = key();

  it('encrypts with the last key and decrypts with any configured key', () => {
    const old = new Keyring(`a:${k1}`);
    const sealed = old.seal('Она сказала: меня задержали', 'case:1');
    expect(sealed.keyId).toBe('a');
    const rotated = new Keyring(`a:${k1},b:${k2}`);
    expect(rotated.currentKeyId).toBe('b');
    expect(rotated.open(sealed, 'case:1')).toBe('Она сказала: меня задержали');
    expect(rotated.seal('x', 'c').keyId).toBe('b');
  });

  it('never contains the plaintext', () => {
    const sealed = new Keyring(`a:${k1}`).seal('plain words here', 'ctx');
    expect(sealed.data.includes(Buffer.from('plain words'))).toBe(false);
  });

  it('fails closed on a wrong key, a missing key, another context or altered data', () => {
    const sealed = new Keyring(`a:${k1}`).seal('secret', 'case:1');
    expect(() => new Keyring(`a:${k2}`).open(sealed, 'case:1')).toThrow(DecryptionError);
    expect(() => new Keyring(`b:${k1}`).open(sealed, 'case:1')).toThrow(/not configured/);
    expect(() => new Keyring(`a:${k1}`).open(sealed, 'case:2')).toThrow(DecryptionError);
    const altered = Buffer.from(sealed.data);
    altered[altered.length - 1] ^= 1;
    expect(() => new Keyring(`a:${k1}`).open({ keyId: 'a', data: altered }, 'case:1')).toThrow(DecryptionError);
  });

  it('round-trips the text form', () => {
    const ring = new Keyring(`a:${k1}`);
    expect(ring.openText(ring.sealToText('totp-secret', 'user:1'), 'user:1')).toBe('totp-secret');
  });
});
