import { expect, test } from '@playwright/test';
import { createUser, localCaseCount, setPasscode, signInUi, sql, unlockIfAsked } from './support';

/**
 * An unfinished case saved as a draft stays on the phone, encrypted, and is
 * never sent to be refused field by field; discarding a case that was never
 * sent asks first, naming it.
 */
test('an unfinished draft is kept on the phone, not sent; discarding it asks first', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const user = await createUser('interviewer');
  await setPasscode(page);
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  const posts: string[] = [];
  page.on('request', (r) => r.method() !== 'GET' && r.url().includes('/api/v1/cases') && posts.push(r.url()));

  await page.getByRole('link', { name: 'Document a new case' }).click();
  await expect(page.locator('#f-interviewMonth')).toBeVisible();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('The draft is kept on this phone');
  const item = page.locator('section[aria-labelledby="queued"] li').first();
  await expect(item).toContainText('Draft');
  await expect(item).not.toContainText('Needs changes');
  expect(posts).toEqual([]);
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases c JOIN users u ON u.id = c.interviewer_id WHERE u.email = $1`, [user.email]);
  expect(n).toBe(0);

  // Discard asks, naming the case; Cancel keeps it, "Yes, delete it" removes it.
  await item.getByRole('button', { name: 'Discard' }).click();
  await expect(item.getByRole('group', { name: /^Delete .* from this phone\?/ })).toBeVisible();
  await item.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('section[aria-labelledby="queued"] li')).toHaveCount(1);
  await item.getByRole('button', { name: 'Discard' }).click();
  await item.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('section[aria-labelledby="queued"] li')).toHaveCount(0);
});

/**
 * A phone may end a browser the moment it is put in the background (a call
 * comes in). What was typed a moment before is written then, not only after
 * the form's short save delay: the delay's timer is frozen here, so only the
 * write on "hidden" can keep it.
 */
test('what was typed just before the app went to the background is kept, the save delay not waited for', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 360, height: 640 });
  const user = await createUser('interviewer');
  await setPasscode(page);
  await signInUi(page, user.email);
  await page.getByRole('link', { name: 'Document a new case' }).click();
  await expect(page.locator('#f-interviewMonth')).toBeVisible();
  // From here on no timer fires unless the test moves the clock.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.locator('#f-city').fill('Shymkent');
  expect(await localCaseCount(page)).toBe(0);
  // Runs in the page; typed loosely, since this file is compiled without the DOM's types.
  await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: EventTarget }).document;
    Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => 'hidden' });
    doc.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => localCaseCount(page)).toBe(1);
  await page.clock.resume();
  await page.reload();
  await unlockIfAsked(page, page.locator('#f-city'));
  await expect(page.locator('#f-city')).toHaveValue('Shymkent');
});
