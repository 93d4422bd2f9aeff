import { CursorCodec } from './cursor-codec';

describe('CursorCodec', () => {
  const codec = new CursorCodec('a secret of at least thirty-two characters!!');

  it('round-trips a value for its own list and reveals nothing readable', () => {
    const value = ['2026-10-01T12:00:00.123456', '3f1a3c9e-0a7e-4f6e-9a8c-6d1f2b3c4d5e'];
    const cursor = codec.seal('cases', value);
    expect(codec.open('cases', cursor)).toEqual(value);
    const decoded = Buffer.from(cursor, 'base64url').toString('latin1');
    expect(decoded).not.toMatch(/2026|3f1a/);
    expect(cursor).not.toMatch(/MjAy/); // base64 of "202"
  });

  it('refuses a cursor of another list, another secret, or altered in any byte', () => {
    const cursor = codec.seal('audit', 42);
    expect(codec.open('cases', cursor)).toBeUndefined();
    expect(new CursorCodec('another secret of at least thirty-two chars').open('audit', cursor)).toBeUndefined();
    const raw = Buffer.from(cursor, 'base64url');
    for (let i = 0; i < raw.length; i++) {
      const altered = Buffer.from(raw);
      altered[i] ^= 1;
      expect(codec.open('audit', altered.toString('base64url'))).toBeUndefined();
    }
    expect(codec.open('audit', 'not a cursor')).toBeUndefined();
    expect(codec.open('audit', 'x'.repeat(5000))).toBeUndefined();
  });
});
