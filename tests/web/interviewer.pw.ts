import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { adminToken, createUser, localCaseCount, marker as newMarker, offlineListsKept, PASSCODE, setPasscode, signInUi, sql, state, unlockIfAsked } from './support';
import { fillCase, submitCase } from './support-form';
import { caseBody, cloneCasesSql } from '../support/cases';

const PHONE = { width: 360, height: 640 };

/** axe-core on the current screen: no serious or critical violation. */
async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`);
  expect(bad).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });
}

/** Every record in the app's IndexedDB, localStorage, sessionStorage and Cache Storage, as text. */
async function deviceStorage(page: Page): Promise<string> {
  // Runs in the page; typed loosely, since this file is compiled without the DOM's types.
  return page.evaluate(async () => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const w = globalThis as any;
    const parts: string[] = [];
    const text = (v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v as ArrayBuffer) : '');
    for (const info of await w.indexedDB.databases()) {
      const db: any = await new Promise((resolve, reject) => {
        const r = w.indexedDB.open(info.name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of Array.from(db.objectStoreNames as string[])) {
        const all: unknown[] = await new Promise((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
        });
        for (const value of all) {
          parts.push(JSON.stringify(value));
          for (const v of Object.values(value as object)) {
            parts.push(text(v));
            if (v && typeof v === 'object') for (const x of Object.values(v)) parts.push(text(x));
          }
        }
      }
      db.close();
    }
    for (const storage of [w.localStorage, w.sessionStorage]) for (let i = 0; i < storage.length; i++) parts.push(`${storage.key(i)}=${storage.getItem(storage.key(i))}`);
    for (const name of await w.caches.keys()) {
      const cache = await w.caches.open(name);
      for (const request of await cache.keys()) parts.push(request.url, await (await cache.match(request)).text());
    }
    return parts.join('\n');
  });
}

const casesWithMarker = (marker: string) => sql<{ id: string; status: string }>(`SELECT id, status FROM cases WHERE city LIKE $1`, [`%${marker}%`]);

test.describe('the interviewer on a phone', () => {
  test.use({ viewport: PHONE });

  test('documents a case with two incidents, fixes a server error beside its field, submits; edits a returned case', async ({ page }) => {
    const user = await createUser('interviewer');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Protect this device' })).toBeVisible();
    await accessible(page, 'set passcode');
    await shot(page, 'setup-en');
    await setPasscode(page);
    await accessible(page, 'sign in');
    await shot(page, 'sign-in-en');
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await accessible(page, 'my cases');
    await page.getByRole('link', { name: 'Document a new case' }).click();
    await accessible(page, 'case form');
    const marker = newMarker();
    // A consent date in the future: only the server knows today's date for sure.
    await fillCase(page, { marker, incidents: 2, recordedOn: '2099-01-01', shots: 'en' });
    await accessible(page, 'check answers');
    await shot(page, 'check-answers-en');
    await submitCase(page);
    const error = page.locator('#f-consent-recordedOn-error');
    await expect(error).toContainText('must not be in the future');
    await expect(page.locator('.error-summary')).toContainText('Date consent was given: must not be in the future');
    await shot(page, 'server-error-en');
    await accessible(page, 'server error');
    await page.locator('#f-consent-recordedOn').fill('2026-10-02');
    // The refused answer was on "check your answers": Continue leads straight back there.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: /Check your answers/ })).toBeVisible();
    await submitCase(page);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await expect.poll(async () => (await casesWithMarker(marker)).length).toBe(1);
    const [stored] = await casesWithMarker(marker);
    expect((await sql(`SELECT count(*)::int AS n FROM incidents WHERE case_id = $1`, [stored.id]))[0]).toEqual({ n: 2 });
    expect((await sql(`SELECT region_code, question_status FROM cases WHERE id = $1`, [stored.id]))[0]).toEqual({ region_code: 'KZ-75', question_status: { sexual: 'declined' } });

    // An admin returns it with a reason; the interviewer sees the reason, corrects, resubmits.
    await expect.poll(async () => (await sql<{ status: string }>(`SELECT status FROM cases WHERE id = $1`, [stored.id]))[0].status).toBe('in_review');
    const token = await adminToken();
    const returned = await fetch(`${state().baseUrl}/api/v1/cases/${stored.id}/return`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ reason: 'Please keep the place to the city only.' }),
    });
    expect(returned.status).toBe(200);
    await page.reload();
    await unlockIfAsked(page, page.getByRole('heading', { name: 'My cases' }));
    await expect(page.getByText('Please keep the place to the city only.')).toBeVisible();
    await shot(page, 'returned-en');
    await page.getByRole('link', { name: 'Edit' }).first().click();
    await expect(page.locator('#f-city')).toHaveValue(new RegExp(marker));
    await expect(page.locator('#f-regionCode')).toHaveValue('KZ-75');
    await page.locator('#f-city').fill('Almaty city');
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Continue' }).click();
    await submitCase(page);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await expect.poll(async () => (await sql<{ city: string; status: string; returned_at: unknown }>(`SELECT city, status, returned_at FROM cases WHERE id = $1`, [stored.id]))[0]).toMatchObject({
      city: 'Almaty city',
      returned_at: null,
    });
  });

  test('works offline: the app reloads from the service worker, two cases wait encrypted on the phone and are stored once when the network returns', async ({ page, context }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    // The form has never been opened: its lists are kept for offline use as soon as the service worker controls the page.
    await offlineListsKept(page);

    await context.setOffline(true);
    await page.reload();
    await unlockIfAsked(page, page.getByRole('heading', { name: 'My cases' }));
    // Offline, the form has its regions in either language, the language switched after the network went.
    await page.goto('/cases/new');
    await unlockIfAsked(page, page.locator('#f-interviewMonth'));
    await page.locator('#f-country').selectOption('KZ');
    await page.locator('#f-regionCode').selectOption('KZ-75');
    await page.screenshot({ path: 'test-results/shots/offline-form-en.png' });
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.locator('#f-regionCode option[value="KZ-75"]')).toHaveText('Алматы (город)');
    await page.screenshot({ path: 'test-results/shots/offline-form-ru.png' });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('#f-regionCode option[value="KZ-75"]')).toHaveText('Almaty (city)');
    // What was chosen offline is kept on the phone as a draft (encrypted), and stays there: a draft is never sent.
    await expect.poll(() => localCaseCount(page)).toBe(1);
    const markers = [newMarker('Offa'), newMarker('Offb')];
    for (const marker of markers) {
      await page.goto('/cases/new');
      await unlockIfAsked(page, page.locator('#f-interviewMonth'));
      await fillCase(page, { marker });
      await submitCase(page);
      await expect(page.getByRole('status')).toContainText('Saved on this phone');
    }
    // Offline, the list shows both cases waiting and the draft begun offline, each once.
    await expect(page.locator('[data-testid="local-case"][data-state="waiting"]')).toHaveCount(2);
    await expect(page.locator('[data-testid="local-case"][data-state="editing"]')).toHaveCount(1);
    // Cases of the same country and month are told apart by when each was begun on this phone.
    await expect(page.locator('[data-testid="local-case"] [data-testid="started"]')).toHaveCount(3);
    await expect(page.locator('[data-testid="local-case"] [data-testid="started"]').first()).toContainText('started');
    await shot(page, 'offline-queued-en');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Мои случаи' })).toBeVisible();
    await expect(page.locator('[data-testid="local-case"] [data-testid="started"]').first()).toContainText('начат');
    await shot(page, 'offline-queued-ru');
    await page.getByRole('button', { name: 'English' }).click();
    // Nothing readable on the device: the markers are in no storage the page can reach.
    const stored = await deviceStorage(page);
    for (const marker of markers) expect(stored).not.toContain(marker);
    expect(stored).not.toContain('demanded money');
    expect(await casesWithMarker(markers[0])).toEqual([]);

    // Closed and opened again, then the network returns.
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto('/cases');
    await unlockIfAsked(again, again.getByRole('heading', { name: 'My cases' }));
    for (const marker of markers) await expect.poll(async () => (await casesWithMarker(marker)).length, { timeout: 30_000 }).toBe(1);
    // Local copies are gone once stored; the draft begun offline is still on the phone, unsent.
    await expect(again.locator('[data-testid="local-case"]:not([data-state="editing"])')).toHaveCount(0);
    await expect(again.locator('[data-testid="local-case"][data-state="editing"]')).toHaveCount(1);
    expect(await localCaseCount(again)).toBe(1);
    const after = await deviceStorage(again);
    for (const marker of markers) expect(after).not.toContain(marker);
  });

  test('stores a case once when the response of a send is lost and the send is retried', async ({ page }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    const marker = newMarker('Lost');
    await fillCase(page, { marker });
    let cut = 0;
    await page.route('**/api/v1/cases', async (route) => {
      if (route.request().method() !== 'POST' || cut > 0) return route.continue();
      cut++;
      await route.fetch(); // the server stores it...
      await route.abort('connectionreset'); // ...and the phone never hears back
    });
    await submitCase(page);
    // The send happens after the case is saved on the phone: wait for it.
    await expect.poll(() => cut).toBe(1);
    await expect.poll(async () => (await casesWithMarker(marker)).length).toBe(1);
    // The app retries (on the next sync) with the same Idempotency-Key: still one case.
    await page.goto('/cases');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'My cases' }));
    await expect(page.getByTestId('local-case')).toHaveCount(0, { timeout: 30_000 });
    expect(await casesWithMarker(marker)).toHaveLength(1);
  });

  test('meets an edit made on another device: shows both versions and keeps the one chosen, never overwriting silently', async ({ page }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    const marker = newMarker('Conf');
    await fillCase(page, { marker });
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect.poll(async () => (await casesWithMarker(marker)).length).toBe(1);
    const [draft] = await casesWithMarker(marker);
    // The app opens the draft for editing (version as loaded)...
    await page.goto(`/cases/${draft.id}/edit`);
    await unlockIfAsked(page, page.locator('#f-city'));
    // ...while the same interviewer edits it on another device.
    const other = (await (
      await fetch(`${state().baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.93.1.1' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      })
    ).json()) as { accessToken: string };
    const current = await fetch(`${state().baseUrl}/api/v1/cases/${draft.id}`, { headers: { authorization: `Bearer ${other.accessToken}` } });
    const elsewhere = await fetch(`${state().baseUrl}/api/v1/cases/${draft.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other.accessToken}`, 'if-match': current.headers.get('etag')! },
      body: JSON.stringify({ city: 'Shymkent' }),
    });
    expect(elsewhere.status).toBe(200);
    await page.locator('#f-city').fill('Taraz');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByRole('heading', { name: 'This case was changed on another device' })).toBeVisible();
    await expect(page.getByText('Taraz')).toBeVisible();
    await expect(page.getByText('Shymkent')).toBeVisible();
    await accessible(page, 'conflict');
    await shot(page, 'conflict-en');
    // Nothing was overwritten while the interviewer decides.
    expect((await sql<{ city: string }>(`SELECT city FROM cases WHERE id = $1`, [draft.id]))[0].city).toBe('Shymkent');
    await page.getByRole('button', { name: 'Keep my version' }).click();
    await expect.poll(async () => (await sql<{ city: string }>(`SELECT city FROM cases WHERE id = $1`, [draft.id]))[0].city).toBe('Taraz');
  });

  test('locks when idle and unlocks with the passcode; ten wrong passcodes wipe the device', async ({ page }) => {
    await page.clock.install();
    await setPasscode(page);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.clock.fastForward('05:02');
    await expect(page.getByRole('heading', { name: 'Unlock' })).toBeVisible();
    await accessible(page, 'unlock');
    await shot(page, 'unlock-en');
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();
    for (let i = 1; i <= 9; i++) {
      await page.getByLabel('Passcode').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.locator('#passcode-error')).toContainText(`${10 - i}`);
    }
    await page.getByLabel('Passcode').fill('wrong-10');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText('erased');
    const databases = () => page.evaluate(async () => ((await (globalThis as unknown as { indexedDB: { databases(): Promise<Array<{ name: string }>> } }).indexedDB.databases()) as Array<{ name: string }>).map((d) => d.name));
    await expect.poll(databases).toEqual([]);
    // The marker that asks the next start to end the session stays only until the server has ended it (a moment after the wipe).
    await expect.poll(() => deviceStorage(page)).toBe('');
  });

  test('the device screen: lock now, the quick-exit page, wipe after confirmation', async ({ page }) => {
    await setPasscode(page);
    await page.goto('/settings');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'This device', level: 1 }));
    await accessible(page, 'this device');
    await shot(page, 'settings-en');
    await page.getByLabel('Page to open').fill('not a url');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#exit-url-error')).toContainText('https://');
    await page.getByLabel('Page to open').fill('https://example.org/weather');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.getByRole('button', { name: 'Wipe this device' }).click();
    await page.getByRole('button', { name: 'Yes, wipe this device' }).click();
    await expect(page.getByRole('heading', { name: 'Protect this device' })).toBeVisible();
  });

  test('quick exit leaves nothing of Casebook on the screen or in the history entry', async ({ page }) => {
    await page.route('https://www.wikipedia.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<html><head><title>Wikipedia</title></head><body>Neutral</body></html>' }));
    await setPasscode(page);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByTestId('quick-exit').click();
    await expect(page).toHaveURL('https://www.wikipedia.org/');
    await expect(page.locator('body')).toHaveText('Neutral');
    // Back does not lead to Casebook: the history entry was replaced.
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('127.0.0.1');
    // Escape twice does the same.
    await page.goto('/');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Sign in' }));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('https://www.wikipedia.org/');
  });
});

test('a long case list of 1,051 sent cases: drafts under their own heading, 20 at a time with "Show more", each once; the search finds the oldest on the server; no freeze', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(PHONE);
  const user = await createUser('interviewer');
  const { baseUrl } = state();
  const login = (await (
    await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.94.2.7' }, body: JSON.stringify({ email: user.email, password: user.password }) })
  ).json()) as { accessToken: string };
  const create = async (submit: boolean) => {
    const response = await fetch(`${baseUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}`, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ ...caseBody(), submit }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; reference: string };
  };
  const draft = await create(false);
  // 1,050 published cases, older than the draft, in one statement (the fast way; no job for the worker), then one sent through the API.
  const clones = cloneCasesSql(draft.id, 'KZ', 1050);
  await sql(clones.query, clones.values);
  // The draft oldest of all (as an interviewer's long-kept draft): the pages of sent cases are full pages of 20.
  await sql(`UPDATE cases SET created_at = created_at - interval '30 days' WHERE id = $1`, [draft.id]);
  const newest = await create(true);
  const expected = [newest, ...[...clones.cases].reverse()].map((c) => c.reference);
  const oldest = clones.cases[0];

  await setPasscode(page);
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  const drafts = page.locator('section[aria-labelledby="server-drafts"]');
  const sentSection = page.locator('section[aria-labelledby="sent"]');
  const sentCards = sentSection.getByTestId('server-case');
  await expect(drafts.getByRole('heading', { name: 'Drafts kept on the server' })).toBeVisible();
  await expect(drafts.getByTestId('server-case')).toHaveCount(1);
  await expect(drafts).toContainText(draft.reference);
  // The draft is not among the sent ones; the sent ones come a page at a time.
  await expect(sentCards).toHaveCount(20);
  await expect(sentSection).not.toContainText(draft.reference);
  await accessible(page, 'long case list');
  await page.screenshot({ path: 'test-results/shots/case-list-long-en.png', fullPage: false });

  // The oldest of 1,051 is on page 53, never loaded: the search asks the server, and finds it, whole or by its code in small letters.
  const search = page.getByLabel('Reference');
  await search.fill(oldest.reference);
  await expect(sentCards).toHaveCount(1);
  await expect(sentCards).toContainText(oldest.reference);
  await expect(drafts).toHaveCount(0);
  await search.fill(oldest.reference.slice(3).toLowerCase());
  await expect(sentCards.filter({ hasText: oldest.reference })).toHaveCount(1);
  await expect(sentCards).toHaveCount(expected.filter((r) => r.slice(3).startsWith(oldest.reference.slice(3))).length);
  // What cannot start a reference is said so, next to the field, and nothing is asked of the server.
  await search.fill('KZ %');
  await expect(page.getByText('Type the start of a reference: letters, digits and -')).toBeVisible();
  await expect(search).toHaveAttribute('aria-invalid', 'true');
  await accessible(page, 'case search with a mistake');
  await search.fill('KZ-0');
  await expect(sentSection.getByText('No sent case has a reference starting with KZ-0.')).toBeVisible();
  await search.fill('');
  await expect(sentCards).toHaveCount(20);

  // "Show more" to the end: each page appended, timed in the page (request and rendering), long tasks recorded.
  // Runs in the page; typed loosely, since this file is compiled without the DOM's types.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  await page.evaluate(() => {
    const w = globalThis as any;
    w.longTasks = [];
    new w.PerformanceObserver((list: any) => list.getEntries().forEach((e: any) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const timings: number[] = [];
  for (let shown = 20; shown < expected.length; ) {
    const next = Math.min(shown + 20, expected.length);
    timings.push(
      await page.evaluate(async (target) => {
        const w = globalThis as any;
        const started = w.performance.now();
        const buttons: any[] = [...w.document.querySelectorAll('section[aria-labelledby="sent"] button')];
        buttons.find((b) => b.textContent === 'Show more').click();
        await new Promise<void>((resolve) => {
          const check = () => (w.document.querySelectorAll('section[aria-labelledby="sent"] [data-testid="server-case"]').length >= target ? resolve() : w.requestAnimationFrame(check));
          check();
        });
        return w.performance.now() - started;
      }, next),
    );
    await expect(sentCards).toHaveCount(next);
    shown = next;
  }
  await expect(sentSection.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  // Each case once, none missing, newest first: the whole list against what was stored.
  const shown = (await sentCards.locator('.card-title').allTextContents()).map((title) => title.split(' · ')[0]);
  expect(shown).toHaveLength(1051);
  expect(new Set(shown).size).toBe(1051);
  expect(shown).toEqual(expected);
  const longTasks: number[] = await page.evaluate(() => (globalThis as any).longTasks);
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const last = timings[timings.length - 1];
  const longest = Math.max(0, ...longTasks);
  test.info().annotations.push({ type: 'measured', description: `53 pages: "Show more" to rendered median ${median.toFixed(0)} ms, last page (1,031 cards already shown) ${last.toFixed(0)} ms, longest main-thread task ${longest.toFixed(0)} ms` });
  console.log(`[long list] "Show more" → rendered: median ${median.toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms, last ${last.toFixed(0)} ms; longest task ${longest.toFixed(0)} ms (${longTasks.length} long tasks)`);
  // No freeze: adding the 53rd page to 1,031 cards costs about what the 2nd did, and nothing holds the page for a second.
  expect(last).toBeLessThan(Math.max(1000, 3 * timings[0]));
  expect(longest).toBeLessThan(1000);
  // With all of them shown the page still answers at once: the search narrows the list (on the phone, then on the server).
  const typedAt = Date.now();
  await search.fill(oldest.reference);
  await expect(sentCards).toHaveCount(1);
  console.log(`[long list] search with 1,051 cards shown → one card: ${Date.now() - typedAt} ms`);
  await search.fill('');

  // By status: none of them is withdrawn.
  await page.getByLabel('Status of sent cases').selectOption('withdrawn');
  await expect(sentSection).toContainText('No cases yet.');
  await expect(sentCards).toHaveCount(0);
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Черновики на сервере' })).toBeVisible();
  await page.getByLabel('Статус отправленных случаев').selectOption('');
  // Back to all: the pages already shown are kept.
  await expect(sentCards).toHaveCount(1051);
  await expect(sentSection.getByRole('button', { name: 'Показать ещё' })).toHaveCount(0);
  await page.getByLabel('Номер случая').fill('KZ %');
  await expect(page.getByText('Введите начало номера: буквы, цифры и -')).toBeVisible();
  await page.getByLabel('Номер случая').fill(oldest.reference.slice(0, 5));
  await expect(sentCards.filter({ hasText: oldest.reference })).toHaveCount(1);
  await accessible(page, 'long case list (ru)');
  await page.screenshot({ path: 'test-results/shots/case-list-long-ru.png', fullPage: false });
});
