import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { createUser, freshTotp, PASSCODE, setPasscode, signInUi, sql, state } from './support';

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`);
  expect(bad).toEqual([]);
}

async function russianToo(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/shots/${name}-en.png`, fullPage: true });
  await page.getByRole('button', { name: 'Русский' }).click();
  await accessible(page, `${name} (ru)`);
  await page.screenshot({ path: `test-results/shots/${name}-ru.png`, fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
}

const PHONE = { width: 360, height: 640 };

/** Waits until no request of the context (its pages' and their service worker's) has been under way for half a second. */
async function quiet(context: BrowserContext): Promise<void> {
  const open = new Set<unknown>();
  let last = Date.now();
  const started = (r: unknown) => {
    open.add(r);
    last = Date.now();
  };
  const ended = (r: unknown) => {
    open.delete(r);
    last = Date.now();
  };
  context.on('request', started);
  context.on('requestfinished', ended);
  context.on('requestfailed', ended);
  try {
    await expect.poll(() => open.size === 0 && Date.now() - last >= 500, { timeout: 15_000, intervals: [100] }).toBe(true);
  } finally {
    context.off('request', started);
    context.off('requestfinished', ended);
    context.off('requestfailed', ended);
  }
}

interface Seen {
  url: string;
  status: number;
  /** Carried an access token, or asked for one. */
  authenticated: boolean;
}

/**
 * Every API answer the page gets to a request it makes from now on (an answer to a request made before, still in flight
 * when the watch starts, is not one the locked app asked for).
 */
function watch(page: Page): Seen[] {
  const seen: Seen[] = [];
  const asked = new Set<unknown>();
  page.on('request', (request) => asked.add(request));
  page.on('response', (response) => {
    const request = response.request();
    if (!asked.has(request)) return;
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) return;
    seen.push({ url: url.pathname, status: response.status(), authenticated: Boolean(request.headers().authorization) || url.pathname === '/api/v1/auth/refresh' });
  });
  return seen;
}

const succeeded = (seen: Seen[]) => seen.filter((s) => s.authenticated && s.status < 400);

async function signedInPhone(page: Page): Promise<{ id: string; email: string }> {
  const user = await createUser('interviewer');
  await setPasscode(page);
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  return user;
}

/** The refresh cookie as the browser holds it, to try it from outside after the wipe. */
async function refreshCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'cb_refresh');
  expect(cookie?.value).toBeTruthy();
  return `cb_refresh=${cookie!.value}`;
}

async function copiedCookieRefused(cookie: string): Promise<void> {
  const response = await fetch(`${state().baseUrl}/api/v1/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-casebook-client': 'web', cookie }, body: '{}' });
  expect(response.status).toBe(401);
}

const sessionOf = async (userId: string) => (await sql<{ revoked_reason: string | null }>(`SELECT revoked_reason FROM sessions WHERE user_id = $1`, [userId]))[0];

/** After a wipe: a new passcode brings the sign-in screen, never the cases; nothing authenticated got through. */
async function nothingLeft(page: Page, seen: Seen[], userId: string, cookie: string): Promise<void> {
  await setPasscode(page, 'another-code-9');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/cases');
  await page.getByLabel('Passcode').fill('another-code-9');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  // Whatever the unlocked app asks the server has been answered (no request for 500 ms).
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('server-case')).toHaveCount(0);
  expect(succeeded(seen)).toEqual([]);
  // The page itself cannot refresh either.
  const fromPage = await page.evaluate(() =>
    fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json', 'x-casebook-client': 'web' }, body: '{}', credentials: 'same-origin' }).then((r) => r.status),
  );
  expect(fromPage).toBe(401);
  await copiedCookieRefused(cookie);
  expect((await sessionOf(userId)).revoked_reason).not.toBeNull();
}

test.describe('a session cannot outlive the device store', () => {
  test.use({ viewport: PHONE });

  test('the locked app asks the server nothing; ten wrong passcodes end the session for good', async ({ page, context }) => {
    const user = await signedInPhone(page);
    const cookie = await refreshCookie(context);
    // (What the signed-in list started has been answered: the lists kept for offline use are fetched after sign-in, and
    // again when the service worker takes control of the page, which may come after the first quiet half second. A
    // request the unlocked app started must not be counted as one the locked app made.)
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller !== null);
    await quiet(context);
    await page.getByRole('button', { name: 'Lock' }).click();
    const whileLocked = watch(page);
    // Every request made while the lock screen shows (the page's and the service worker's, answered or not):
    // only the public ones may go out.
    const asked: string[] = [];
    const record = (r: { url(): string }) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
    };
    context.on('request', record);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Unlock' })).toBeVisible();
    // Everything the locked page and its service worker start has gone out (no request for 500 ms).
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { name: 'Unlock' })).toBeVisible();
    context.off('request', record);
    expect(asked.filter((u) => u !== '/api/v1/app-settings')).toEqual([]);
    expect(whileLocked.filter((s) => s.url !== '/api/v1/app-settings')).toEqual([]);

    const seen = watch(page);
    for (let i = 1; i <= 10; i++) {
      await page.getByLabel('Passcode').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Unlock' }).click();
      if (i < 10) await expect(page.locator('#passcode-error')).toContainText(`${10 - i}`);
    }
    await expect(page.getByRole('alert')).toContainText('erased');
    await expect.poll(async () => (await sessionOf(user.id)).revoked_reason).toBe('device-wiped');
    await page.getByRole('link', { name: 'Continue' }).click();
    await nothingLeft(page, seen, user.id, cookie);
  });

  test('"Wipe this device" ends the session on the server', async ({ page, context }) => {
    const user = await signedInPhone(page);
    const cookie = await refreshCookie(context);
    await page.goto('/settings');
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Wipe this device' }).click();
    await page.getByRole('button', { name: 'Yes, wipe this device' }).click();
    await expect(page.getByRole('heading', { name: 'Protect this device' })).toBeVisible();
    const seen = watch(page);
    expect((await sessionOf(user.id)).revoked_reason).toBe('device-wiped');
    await nothingLeft(page, seen, user.id, cookie);
  });

  test('a wipe while offline ends the session first thing once the network returns', async ({ page, context }) => {
    const user = await signedInPhone(page);
    const cookie = await refreshCookie(context);
    await page.goto('/settings');
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'This device', level: 1 })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Wipe this device' }).click();
    await page.getByRole('button', { name: 'Yes, wipe this device' }).click();
    await expect(page.getByRole('alert')).toContainText('as soon as the network returns');
    await accessible(page, 'wiped offline');
    await page.screenshot({ path: 'test-results/shots/wiped-offline-en.png', fullPage: true });
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('alert')).toContainText('как только появится сеть');
    await page.screenshot({ path: 'test-results/shots/wiped-offline-ru.png', fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForLoadState('networkidle');
    expect((await sessionOf(user.id)).revoked_reason).toBeNull();
    // The phone is put away; later the app is opened again with the network back.
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    const seen = watch(again);
    const asked: string[] = [];
    again.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) asked.push(path);
    });
    await again.goto('/');
    await expect(again.getByRole('heading', { name: 'Protect this device' })).toBeVisible();
    await expect.poll(async () => (await sessionOf(user.id)).revoked_reason).toBe('device-wiped');
    expect(asked[0]).toBe('/api/v1/auth/end-session');
    await nothingLeft(again, seen, user.id, cookie);
  });

  test('an admin cuts a phone off: its next request is refused and its store wiped', async ({ page, browser }) => {
    const user = await signedInPhone(page);
    // The interviewer sees her devices on "This device".
    await page.getByRole('link', { name: 'This device' }).click();
    const mine = page.getByTestId('my-devices');
    await expect(mine.getByTestId('device')).toHaveCount(1);
    await expect(mine).toContainText('Chrome on Linux');
    await expect(mine).toContainText('This device');
    // Signing a device out is asked first, naming the device; Cancel leaves it signed in.
    await mine.getByRole('button', { name: 'Sign out this device (Chrome on Linux)' }).click();
    await expect(mine.getByText('Sign out this device? Its data is erased')).toBeVisible();
    await expect(mine.getByText('Sign out this device? Its data is erased')).toBeFocused();
    await page.screenshot({ path: 'test-results/shots/my-devices-confirm-en.png', fullPage: true });
    await mine.getByRole('button', { name: 'Cancel' }).click();
    await expect(mine.getByRole('button', { name: 'Sign out this device (Chrome on Linux)' })).toBeFocused();
    await expect(mine.getByTestId('device')).toHaveCount(1);
    expect((await sessionOf(user.id)).revoked_reason).toBeNull();
    await accessible(page, 'this device with devices');
    // The label in the reader's language.
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(mine.getByTestId('device')).toContainText('Chrome на Linux');
    await expect(mine.getByRole('button', { name: 'Выйти на этом устройстве (Chrome на Linux)' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await russianToo(page, 'my-devices');

    const adminContext = await browser.newContext({ viewport: PHONE });
    const admin = await adminContext.newPage();
    const ada = await createUser('admin', 'Ada Devices');
    await setPasscode(admin);
    await signInUi(admin, ada.email);
    const secret = (await admin.getByTestId('totp-secret').textContent())!.trim();
    await admin.getByLabel('6-digit code').fill(await freshTotp(secret));
    await admin.getByRole('button', { name: 'Turn on' }).click();
    await admin.getByRole('button', { name: 'I have saved them' }).click();
    await admin.getByRole('link', { name: 'Users and organisations' }).click();
    const card = admin.locator(`[data-user="${user.email}"]`);
    await card.locator('summary').click();
    await expect(card.getByTestId('device')).toHaveCount(1);
    await expect(card.getByTestId('device')).toContainText('Chrome on Linux');
    await card.getByTestId('device').scrollIntoViewIfNeeded();
    await accessible(admin, 'user devices');
    await card.getByRole('button', { name: `Sign out Chrome on Linux ${user.email}` }).click();
    await expect(card.getByText(/^Sign out Chrome on Linux \(last active .+\)\? Its data is erased/)).toBeVisible();
    await expect(card.getByTestId('device')).toHaveCount(1);
    await admin.screenshot({ path: 'test-results/shots/user-devices-confirm-en.png', fullPage: true });
    await card.getByRole('button', { name: 'Yes, sign it out' }).click();
    await expect(card.getByRole('status')).toContainText('Signed out');
    await expect(card.getByTestId('device')).toHaveCount(0);
    await admin.screenshot({ path: 'test-results/shots/user-devices-en.png', fullPage: true });
    await admin.getByRole('button', { name: 'Русский' }).click();
    await accessible(admin, 'user devices (ru)');
    await admin.screenshot({ path: 'test-results/shots/user-devices-ru.png', fullPage: true });
    expect((await sessionOf(user.id)).revoked_reason).toBe('device-revoked');
    await adminContext.close();

    // The phone's next contact: refused, and it wipes itself.
    const seen = watch(page);
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: 'Protect this device' })).toBeVisible();
    expect(seen.some((s) => s.url === '/api/v1/cases' && s.status === 401)).toBe(true);
    expect(seen.some((s) => s.url === '/api/v1/auth/refresh' && s.status === 401)).toBe(true);
    expect(succeeded(seen)).toEqual([]);
    const names = await page.evaluate(async () => ((await (globalThis as unknown as { indexedDB: { databases(): Promise<Array<{ name: string }>> } }).indexedDB.databases()) as Array<{ name: string }>).map((d) => d.name));
    expect(names).not.toContain('notes-store');
  });
});
