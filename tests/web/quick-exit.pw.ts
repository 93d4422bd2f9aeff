import { type Page, expect, test } from '@playwright/test';
import { createUser, setPasscode, signInUi } from './support';

// Run in the page (this file is compiled without the DOM's types).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const history: any;

const PHONE = { width: 360, height: 640 };
const APP = /^http:\/\/127\.0\.0\.1:\d+/;

/** The first steps of the case form, up to the incidents step (the longest screen). */
async function toIncidents(page: Page): Promise<void> {
  const next = () => page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#f-interviewMonth').fill('2026-10');
  await page.locator('#f-country').selectOption('KZ');
  await next();
  await page.locator('#f-consent-research').check();
  await page.locator('#f-consent-recordedOn').fill('2026-10-02');
  await next();
  await page.locator('input[name="f-respondent-gender"][value="female"]').check();
  await page.locator('input[name="f-respondent-ageBand"][value="25_34"]').check();
  await page.locator('#f-respondent-workSetting').selectOption('street');
  await page.locator('#f-respondent-migrantStatus').selectOption('internal_migrant');
  await next();
  await page.locator('input[name="f-questions-all"]').first().check();
  await next();
  await expect(page.locator('#f-incidents-0-year')).toBeVisible();
}

test.describe('quick exit', () => {
  test.use({ viewport: PHONE });

  test('stays on screen at the bottom of the incidents step without covering it, and leaves no page of the app behind Back', async ({ page }) => {
    await page.route('https://www.wikipedia.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<html><head><title>Wikipedia</title></head><body>Neutral</body></html>' }));
    const user = await createUser('interviewer');
    await setPasscode(page);
    const entries = await page.evaluate(() => history.length);
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await page.getByRole('link', { name: 'Document a new case' }).click();
    await toIncidents(page);
    await page.getByRole('button', { name: 'Add another perpetrator' }).click();
    await page.getByRole('link', { name: 'This device' }).click();
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await page.getByRole('link', { name: 'Document a new case' }).click();
    await toIncidents(page);
    // Every screen of the app shares one history entry.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    const exit = page.getByTestId('quick-exit');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(PHONE.height * 3);
    for (const y of [0, height / 3, (2 * height) / 3, height]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect(exit).toBeInViewport({ ratio: 1 });
    }
    // At the bottom, the step's last control is fully visible and nothing lies over it.
    const last = page.getByRole('button', { name: 'Continue' });
    await expect(last).toBeInViewport({ ratio: 1 });
    const onTop = await last.evaluate((el: any) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return Boolean(hit && el.contains(hit));
    });
    expect(onTop).toBe(true);
    await page.screenshot({ path: 'test-results/shots/incidents-bottom-en.png' });
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(exit).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'test-results/shots/incidents-bottom-ru.png' });
    await page.getByRole('button', { name: 'English' }).click();

    await exit.click();
    await expect(page).toHaveURL('https://www.wikipedia.org/');
    // Back, and Back again: no page of the app.
    for (let i = 0; i < 2; i++) {
      await page.goBack().catch(() => undefined);
      await page.waitForLoadState('load');
      expect(page.url()).not.toMatch(APP);
      await expect(page.getByRole('heading', { name: 'Unlock' })).toHaveCount(0);
    }
  });
});
