import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, expect } from '@playwright/test';
import { generate } from 'otplib';

export const ROOT = join(__dirname, '..', '..');
export const STATE_FILE = join(ROOT, 'test-results', 'web-state.json');
export const PASSWORD = 'correct horse battery staple 42';
export const PASSCODE = 'quiet-river-7';

export interface WebState {
  baseUrl: string;
  databaseUrl: string;
  admin: { email: string; password: string; totpSecret: string };
  pids: number[];
}

export const state = (): WebState => JSON.parse(readFileSync(STATE_FILE, 'utf8'));

/** A TOTP code for a time step not used yet (codes are single-use). */
export async function freshTotp(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

const TOKEN_FILE = join(ROOT, 'test-results', 'web-admin-token.json');
let attempts = 0;
/**
 * The admin's access token for set-up through the API, kept for ten minutes
 * (it lives fifteen). Each sign-in needs a TOTP code of a time step not used
 * before, within the server's tolerance of 30 seconds: the code of the latest
 * step it accepts (30 seconds ahead), and after a refusal (that step already
 * used) the same again once the next step has begun. (An offset that only
 * grew, one step more at each sign-in, left the tolerance after the first
 * ten minutes of a slow run, and every later sign-in failed.)
 */
export async function adminToken(): Promise<string> {
  const { baseUrl, admin } = state();
  if (existsSync(TOKEN_FILE)) {
    const cached = JSON.parse(readFileSync(TOKEN_FILE, 'utf8')) as { token: string; at: number };
    if (Date.now() - cached.at < 10 * 60_000) return cached.token;
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const ahead = Date.now() / 1000 + 30;
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.91.${attempt}.${attempts++ % 250}` },
      body: JSON.stringify({ email: admin.email, password: admin.password, totp: await freshTotp(admin.totpSecret, 1) }),
    });
    if (response.ok) {
      const token = ((await response.json()) as { accessToken: string }).accessToken;
      writeFileSync(TOKEN_FILE, JSON.stringify({ token, at: Date.now() }));
      return token;
    }
    // (Wait for the next time step: its code is one the server has not seen.)
    await new Promise((resolve) => setTimeout(resolve, (30 - (ahead % 30)) * 1000 + 500));
  }
  throw new Error('admin sign-in failed');
}

/** A user created by the admin through the API, who has set a password from the one-time link. */
export async function createUser(role: 'interviewer' | 'researcher' | 'admin', name = `Test ${role}`): Promise<{ email: string; password: string; id: string }> {
  const { baseUrl } = state();
  const token = await adminToken();
  const me = (await (await fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { organisationId: string };
  const email = `${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  const created = await fetch(`${baseUrl}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ email, displayName: name, role, organisationId: me.organisationId }),
  });
  const user = (await created.json()) as { user: { id: string }; passwordResetToken: string };
  if (!created.ok) throw new Error(`user not created: ${JSON.stringify(user)}`);
  const reset = await fetch(`${baseUrl}/api/v1/auth/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.92.${Math.floor(Math.random() * 250)}.1` },
    body: JSON.stringify({ token: user.passwordResetToken, newPassword: PASSWORD }),
  });
  if (!reset.ok) throw new Error(`password not set: ${await reset.text()}`);
  return { email, password: PASSWORD, id: user.user.id };
}

/** A marker of letters only (places refuse digits), to find what a test wrote. */
export function marker(prefix = 'Mk'): string {
  return prefix + Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/** Waits for the app to settle; enters the passcode when it asks for it. */
export async function unlockIfAsked(page: Page, ready: ReturnType<Page['locator']>): Promise<void> {
  const passcode = page.getByLabel(/^(Passcode|Код доступа)$/);
  await expect(passcode.or(ready).first()).toBeVisible();
  if (await passcode.isVisible()) {
    await passcode.fill(PASSCODE);
    await page.getByRole('button', { name: /^(Unlock|Разблокировать)$/ }).click();
  }
  await expect(ready).toBeVisible();
}

/** First use of the app on a device: set the passcode. */
export async function setPasscode(page: Page, passcode = PASSCODE): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/^(Passcode|Код доступа)$/).fill(passcode);
  await page.getByLabel(/^(Passcode again|Код доступа ещё раз)$/).fill(passcode);
  await page.getByRole('button', { name: /Set passcode|Установить код/ }).click();
  // Deriving the key takes a moment (600,000 rounds): the store exists once the screen moves on.
  await expect(page.getByRole('heading', { name: /^(Protect this device|Защитите это устройство)$/ })).toBeHidden({ timeout: 30_000 });
}

export async function signInUi(page: Page, email: string, password = PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { name: /^(Sign in|Вход)$/ })).toBeVisible();
  await page.getByLabel(/^(E-mail address|Адрес электронной почты)$/).fill(email);
  await page.getByLabel(/^(Password|Пароль)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Войти)$/ }).click();
}

/** Queries PostgreSQL directly (the test checks what the server stored). */
export async function sql<T = Record<string, unknown>>(query: string, values: unknown[] = []): Promise<T[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: state().databaseUrl });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** How many cases the device store holds (its record keys name only the kind and a random id). */
export async function localCaseCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const w = globalThis as any;
    if (!(await w.indexedDB.databases()).some((d: { name: string }) => d.name === 'notes-store')) return 0;
    const db: any = await new Promise((resolve, reject) => {
      const r = w.indexedDB.open('notes-store');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const keys: unknown[] = await new Promise((resolve) => {
      const r = db.transaction('records').objectStore('records').getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return keys.filter((k) => String(k).startsWith('case:')).length;
  });
}

/**
 * Waits until the service worker holds what the case form needs offline: the taxonomy and the regions in both languages.
 * The app asks for them as soon as the worker controls the page; a page closed or taken offline before the answers are
 * stored would leave the form without them, so a test that goes offline waits for this first.
 */
export async function offlineListsKept(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          type Caches = { open(name: string): Promise<{ keys(): Promise<Array<{ url: string }>> }> };
          const { caches } = globalThis as unknown as { caches: Caches };
          const urls = await Promise.all(['taxonomy', 'regions'].map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search)));
          return urls.flat().sort();
        }),
      { timeout: 20_000 },
    )
    .toEqual(['/api/v1/regions?lang=en', '/api/v1/regions?lang=ru', '/api/v1/taxonomy?lang=en', '/api/v1/taxonomy?lang=ru']);
}
