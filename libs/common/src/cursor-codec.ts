import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Opaque, authenticated page cursors. What a list needs to find its next page
 * (a time, a sequence number, a sort key) is sealed with AES-256-GCM under a
 * key derived from the server's secret, and bound to the list it belongs to:
 * a client can neither read a cursor nor forge or move one. A cursor that
 * does not open is a client error, never a server one.
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'casebook', 'page-cursor-v1', 32));
  }

  seal(list: string, value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(list));
    const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
  }

  /** The sealed value, or undefined when the cursor is not one this server made for this list. */
  open(list: string, cursor: string): unknown {
    if (!/^[A-Za-z0-9_-]{40,400}$/.test(cursor)) return undefined;
    const raw = Buffer.from(cursor, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(list));
      decipher.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
    } catch {
      return undefined;
    }
  }
}
