import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A decryption failure: wrong key, unknown key id, or altered ciphertext. Always fails closed. */
export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt: ${reason}`);
    this.name = 'DecryptionError';
  }
}

export interface Sealed {
  keyId: string;
  /** iv (12 bytes) ‖ auth tag (16 bytes) ‖ ciphertext */
  data: Buffer;
}

/**
 * AES-256-GCM with several keys: the last one encrypts, all decrypt (until
 * rotation has re-encrypted everything). The `context` is bound as additional
 * authenticated data, so a ciphertext cannot be moved to another record.
 */
export class Keyring {
  private readonly keys: Map<string, Buffer>;
  readonly currentKeyId: string;

  constructor(spec: string) {
    this.keys = new Map();
    for (const part of spec.split(',')) {
      const [id, material] = part.split(':');
      const key = Buffer.from(material ?? '', 'base64');
      if (!id || key.length !== 32) throw new Error('Each narrative key must be id:base64 of 32 bytes');
      if (id.startsWith('@')) throw new Error('A narrative key id must not start with @ (reserved for case keys)');
      if (this.keys.has(id)) throw new Error(`Duplicate narrative key id ${id}`);
      this.keys.set(id, key);
    }
    this.currentKeyId = [...this.keys.keys()].at(-1)!;
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  seal(plaintext: string, context: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.currentKeyId, data: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  open(sealed: Sealed, context: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new DecryptionError(`key ${sealed.keyId} is not configured`);
    if (sealed.data.length < 28) throw new DecryptionError('ciphertext is truncated');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.data.subarray(0, 12));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.data.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.data.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionError('authentication failed (wrong key or altered data)');
    }
  }

  /** Compact text form for a single column: `keyId:base64`. */
  sealToText(plaintext: string, context: string): string {
    const sealed = this.seal(plaintext, context);
    return `${sealed.keyId}:${sealed.data.toString('base64')}`;
  }

  openText(text: string, context: string): string {
    const at = text.indexOf(':');
    if (at < 1) throw new DecryptionError('malformed sealed text');
    return this.open({ keyId: text.slice(0, at), data: Buffer.from(text.slice(at + 1), 'base64') }, context);
  }
}
