import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { createUser, marker as newMarker, offlineListsKept, setPasscode, signInUi, sql, unlockIfAsked } from './support';
import { fillCase, submitCase } from './support-form';

const PHONE = { width: 360, height: 640 };
const casesWithMarker = (marker: string) => sql<{ id: string; status: string }>(`SELECT id, status FROM cases WHERE city LIKE $1`, [`%${marker}%`]);

/** Signs in once online, so the service worker holds the app shell and the taxonomy; then the page is closed. */
async function preparedPhone(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  await setPasscode(page);
  await signInUi(page, email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await page.getByRole('link', { name: 'Document a new case' }).click();
  await expect(page.locator('#f-interviewMonth')).toBeVisible();
  await page.evaluate(() => (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator.serviceWorker.ready.then(() => true));
  // The form's second load comes through the service worker, which keeps the taxonomy.
  await page.reload();
  await unlockIfAsked(page, page.locator('#f-interviewMonth'));
  await offlineListsKept(page);
  await page.close();
}

async function recordOffline(page: Page, marker: string): Promise<void> {
  await page.goto('/cases/new');
  await unlockIfAsked(page, page.locator('#f-interviewMonth'));
  await fillCase(page, { marker });
  await submitCase(page);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Saved on this phone');
}

test.describe('the outbox always drains', () => {
  test.use({ viewport: PHONE });

  test('offline from the first load: recorded, reloaded, closed and reopened offline, then sent once within 10 s of the network returning', async ({ context }) => {
    const user = await createUser('interviewer');
    await preparedPhone(context, user.email);

    await context.setOffline(true);
    const page = await context.newPage();
    const marker = newMarker('Outb');
    await recordOffline(page, marker);
    await page.reload();
    await unlockIfAsked(page, page.getByRole('heading', { name: 'My cases' }));
    await expect(page.getByTestId('local-case')).toHaveCount(1);
    await expect(page.getByTestId('last-error')).toContainText('no network');
    await page.close();

    const again = await context.newPage();
    await again.goto('/cases');
    await unlockIfAsked(again, again.getByRole('heading', { name: 'My cases' }));
    await expect(again.getByTestId('local-case')).toHaveAttribute('data-state', 'waiting');
    expect(await casesWithMarker(marker)).toEqual([]);

    // The network returns; nobody reloads or touches anything.
    const back = Date.now();
    await context.setOffline(false);
    await expect.poll(async () => (await casesWithMarker(marker)).length, { timeout: 10_000, intervals: [250] }).toBe(1);
    expect(Date.now() - back).toBeLessThan(10_000);
    await expect(again.getByTestId('local-case')).toHaveCount(0);
    await expect(again.getByTestId('server-case')).toHaveCount(1);
    // Still exactly once after another start of the app, which sends whatever waits (no second send of the same case).
    await again.reload();
    await unlockIfAsked(again, again.getByRole('heading', { name: 'My cases' }));
    await expect(again.getByTestId('server-case')).toHaveCount(1);
    await expect(again.getByTestId('local-case')).toHaveCount(0);
    expect(await casesWithMarker(marker)).toHaveLength(1);
  });

  test('signed out: the case waits, "Sign in to send" leads to sign-in, and then it is sent', async ({ context }) => {
    const user = await createUser('interviewer');
    await preparedPhone(context, user.email);
    const page = await context.newPage();
    await page.goto('/cases');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'My cases' }));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    await context.setOffline(true);
    const marker = newMarker('Outs');
    await recordOffline(page, marker);
    await page.reload();
    await unlockIfAsked(page, page.getByRole('heading', { name: 'My cases' }));
    await context.setOffline(false);
    const link = page.getByRole('link', { name: 'Sign in to send the cases waiting on this phone.' });
    await expect(link).toBeVisible();
    await expect(page.getByTestId('last-error')).toContainText('sign in');
    await page.screenshot({ path: 'test-results/shots/outbox-signed-out-en.png', fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByTestId('last-error')).toContainText('войдите');
    await page.screenshot({ path: 'test-results/shots/outbox-signed-out-ru.png', fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    expect(await casesWithMarker(marker)).toEqual([]);
    await link.click();
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await expect.poll(async () => (await casesWithMarker(marker)).length, { timeout: 10_000, intervals: [250] }).toBe(1);
    await expect(page.getByTestId('local-case')).toHaveCount(0);
  });
});
