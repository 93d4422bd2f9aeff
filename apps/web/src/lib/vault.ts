/**
 * Everything Casebook keeps on the device, encrypted: AES-GCM (WebCrypto)
 * under a key derived from the device passcode with PBKDF2-SHA-256 (600,000
 * iterations). The key is non-extractable and lives in memory only while the
 * app is unlocked; IndexedDB holds the salt, an encrypted check value, the
 * count of wrong passcodes, and ciphertexts. Ten wrong passcodes in a row
 * wipe Casebook's data on the device.
 */
const DB_NAME = 'notes-store';
const META = 'meta';
const RECORDS = 'records';
export const PBKDF2_ITERATIONS = 600_000;
export const MAX_FAILURES = 10;
const CHECK = 'casebook-vault-v1';
/**
 * Left in localStorage by a wipe until the server has ended the session the
 * wiped store belonged to (the wipe may happen offline). Holds nothing but "1".
 */
export const END_SESSION_MARKER = 'notes.pending';

interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}
interface Meta {
  salt: Uint8Array;
  check: Sealed;
  failures: number;
}

let key: CryptoKey | null = null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(META);
    req.result.createObjectStore(RECORDS);
  };
  return request(req);
}

async function withStore<T>(store: string, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await request(run(db.transaction(store, mode).objectStore(store)));
  } finally {
    db.close();
  }
}

async function derive(passcode: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(k: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, k, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, data };
}

async function open<T>(k: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, k, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

const readMeta = () => withStore<Meta | undefined>(META, 'readonly', (s) => s.get('meta'));
const writeMeta = (meta: Meta) => withStore(META, 'readwrite', (s) => s.put(meta, 'meta'));

export async function hasPasscode(): Promise<boolean> {
  // Without opening (and so creating) the store when there is none.
  if (!(await indexedDB.databases()).some((d) => d.name === DB_NAME)) return false;
  return Boolean(await readMeta());
}

export function isUnlocked(): boolean {
  return key !== null;
}

/** First use: sets the passcode (at least 6 characters) and unlocks. */
export async function createVault(passcode: string): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const k = await derive(passcode, salt);
  await writeMeta({ salt, check: await seal(k, CHECK), failures: 0 });
  key = k;
}

/** Unlocks with the passcode; a wrong one counts, and the tenth wipes the device. */
export async function unlock(passcode: string): Promise<{ ok: true } | { ok: false; remaining: number; wiped: boolean }> {
  const meta = await readMeta();
  if (!meta) return { ok: false, remaining: 0, wiped: true };
  const k = await derive(passcode, meta.salt);
  try {
    if ((await open<string>(k, meta.check)) !== CHECK) throw new Error('check');
    await writeMeta({ ...meta, failures: 0 });
    key = k;
    return { ok: true };
  } catch {
    const failures = meta.failures + 1;
    if (failures >= MAX_FAILURES) {
      await wipeDevice();
      return { ok: false, remaining: 0, wiped: true };
    }
    await writeMeta({ ...meta, failures });
    return { ok: false, remaining: MAX_FAILURES - failures, wiped: false };
  }
}

const lockListeners = new Set<() => void>();
/**
 * Called just before the key is dropped, synchronously: a `put` started then
 * still encrypts with the key (it takes it before its first await), so what
 * was typed a moment before a lock is kept, encrypted. Not called on a wipe.
 */
export function beforeLock(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** Drops the key from memory: nothing stored can be read until the passcode is entered again. */
export function lock(): void {
  if (key)
    for (const listener of lockListeners) {
      try {
        listener();
      } catch {
        // A listener's failure never keeps the store open.
      }
    }
  key = null;
}

function requireKey(): CryptoKey {
  if (!key) throw new Error('The device store is locked');
  return key;
}

export async function put(id: string, value: unknown): Promise<void> {
  const sealed = await seal(requireKey(), value);
  await withStore(RECORDS, 'readwrite', (s) => s.put(sealed, id));
}

export async function get<T>(id: string): Promise<T | undefined> {
  const sealed = await withStore<Sealed | undefined>(RECORDS, 'readonly', (s) => s.get(id));
  return sealed ? open<T>(requireKey(), sealed) : undefined;
}

export async function remove(id: string): Promise<void> {
  await withStore(RECORDS, 'readwrite', (s) => s.delete(id));
}

/** Every record whose id starts with the prefix, decrypted. */
export async function list<T>(prefix: string): Promise<Array<{ id: string; value: T }>> {
  const k = requireKey();
  const ids = (await withStore(RECORDS, 'readonly', (s) => s.getAllKeys())).map(String).filter((id) => id.startsWith(prefix));
  const out: Array<{ id: string; value: T }> = [];
  for (const id of ids) {
    const sealed = await withStore<Sealed | undefined>(RECORDS, 'readonly', (s) => s.get(id));
    if (sealed) out.push({ id, value: await open<T>(k, sealed) });
  }
  return out;
}

/** Deletes every trace of Casebook on this device: the store, caches, local settings and the service worker. */
export async function wipeDevice(): Promise<void> {
  key = null;
  // First of all: whatever happens next, the next start ends the session on the server before anything else.
  localStorage.setItem(END_SESSION_MARKER, '1');
  // Every database of this origin: the store, and the service worker's cache bookkeeping.
  const names = new Set([DB_NAME, ...(await indexedDB.databases()).map((d) => d.name).filter((n): n is string => Boolean(n))]);
  for (const name of names) {
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  }
  if ('caches' in self) for (const name of await caches.keys()) await caches.delete(name);
  localStorage.clear();
  localStorage.setItem(END_SESSION_MARKER, '1');
  sessionStorage.clear();
  if ('serviceWorker' in navigator) for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}
