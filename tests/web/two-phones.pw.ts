import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { createUser, marker as newMarker, setPasscode, signInUi, sql } from './support';
import { fillCase, submitCase } from './support-form';

/**
 * One interviewer, two phones (two browser contexts: each its own passcode and encrypted device store).
 * What is sent from one is seen on the other; what is only on one phone stays there; one phone can cut the
 * other off. (Edits of one case from both phones, the version conflict, are tested in interviewer.pw.ts.)
 */
const PHONE = { width: 360, height: 640 };

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`);
  expect(bad).toEqual([]);
}

/** The names of the IndexedDB databases of a page's origin (the device store is 'notes-store'). */
const databases = (page: Page) =>
  page.evaluate(async () => ((await (globalThis as unknown as { indexedDB: { databases(): Promise<Array<{ name: string }>> } }).indexedDB.databases()) as Array<{ name: string }>).map((d) => d.name));

test('two phones of one interviewer: a case sent from A shows on B after "Refresh the list"; a draft kept on A never reaches B; B signs A out and A is cut off', async ({ browser }) => {
  test.setTimeout(180_000);
  const user = await createUser('interviewer');
  const phoneA = await browser.newContext({ viewport: PHONE });
  const phoneB = await browser.newContext({ viewport: PHONE });
  const a = await phoneA.newPage();
  const b = await phoneB.newPage();
  await setPasscode(a, 'phone-a-river-7');
  await signInUi(a, user.email);
  await expect(a.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await setPasscode(b, 'phone-b-meadow-3');
  await signInUi(b, user.email);
  await expect(b.getByRole('heading', { name: 'My cases' })).toBeVisible();
  const sentOnB = b.locator('section[aria-labelledby="sent"]').getByTestId('server-case');
  await expect(b.locator('section[aria-labelledby="sent"]')).toContainText('No cases yet.');

  // Phone A sends a case.
  const sent = newMarker('Sent');
  await a.getByRole('link', { name: 'Document a new case' }).click();
  await fillCase(a, { marker: sent });
  await submitCase(a);
  await expect(a.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await expect.poll(async () => (await sql(`SELECT id FROM cases WHERE city LIKE $1`, [`%${sent}%`])).length, { timeout: 15_000 }).toBe(1);
  const [stored] = await sql<{ id: string; reference: string }>(`SELECT id, reference FROM cases WHERE city LIKE $1`, [`%${sent}%`]);
  await expect(a.locator('section[aria-labelledby="sent"]').getByTestId('server-case').filter({ hasText: stored.reference })).toHaveCount(1);

  // Phone A keeps a draft on the phone only (saved, not sent).
  const kept = newMarker('Kept');
  await a.getByRole('link', { name: 'Document a new case' }).click();
  await expect(a.locator('#f-interviewMonth')).toBeVisible();
  await a.locator('#f-interviewMonth').fill('2026-10');
  await a.locator('#f-city').fill(`Almaty ${kept}`);
  await a.getByRole('button', { name: 'Save as draft' }).click();
  await expect(a.getByRole('status')).toContainText('The draft is kept on this phone');
  await expect(a.locator('section[aria-labelledby="queued"]').getByTestId('local-case')).toHaveCount(1);

  // Phone B: the sent case appears once the list is refreshed (an installed app has no reload button).
  await expect(sentOnB).toHaveCount(0);
  await b.getByRole('button', { name: 'Refresh the list' }).click();
  await expect(sentOnB).toHaveCount(1);
  await expect(sentOnB).toContainText(stored.reference);
  // Phone A's draft is not on phone B, on its screen or in its store, nor on the server.
  await expect(b.getByTestId('local-case')).toHaveCount(0);
  await expect(b.locator('section[aria-labelledby="queued"]')).toHaveCount(0);
  await expect(b.locator('section[aria-labelledby="server-drafts"]')).toHaveCount(0);
  expect(await sql(`SELECT id FROM cases WHERE city LIKE $1`, [`%${kept}%`])).toEqual([]);
  await accessible(b, 'case list on the second phone');
  await b.screenshot({ path: 'test-results/shots/second-phone-list-en.png', fullPage: true });
  // After a restart of phone B (reload, unlock): still the sent case, still no draft of A's.
  await b.reload();
  await b.getByLabel('Passcode').fill('phone-b-meadow-3');
  await b.getByRole('button', { name: 'Unlock' }).click();
  await expect(sentOnB).toHaveCount(1);
  await expect(b.getByTestId('local-case')).toHaveCount(0);
  await b.getByRole('button', { name: 'Русский' }).click();
  await expect(b.getByRole('button', { name: 'Обновить список' })).toBeVisible();
  await accessible(b, 'case list on the second phone (ru)');
  await b.screenshot({ path: 'test-results/shots/second-phone-list-ru.png', fullPage: true });
  await b.getByRole('button', { name: 'English' }).click();

  // Phone B signs phone A out from "This device": two devices, B marked as this one.
  await b.getByRole('link', { name: 'This device' }).click();
  const devices = b.getByTestId('my-devices');
  await expect(devices.getByTestId('device')).toHaveCount(2);
  await expect(devices.getByTestId('device').filter({ hasText: 'This device' })).toHaveCount(1);
  await devices.getByRole('button', { name: 'Sign out Chrome on Linux', exact: true }).click();
  await devices.getByRole('button', { name: 'Yes, sign it out' }).click();
  await expect(devices.getByRole('status')).toContainText('Signed out');
  await expect(devices.getByTestId('device')).toHaveCount(1);
  await expect(devices.getByTestId('device')).toContainText('This device');

  // Phone A's next contact is refused: it wipes itself (its unsent draft with it) and asks for a new passcode.
  const refused: string[] = [];
  a.on('response', (r) => r.url().includes('/api/') && r.status() === 401 && refused.push(new URL(r.url()).pathname));
  await a.getByRole('link', { name: 'Home' }).click();
  await expect(a.getByRole('heading', { name: 'Protect this device' })).toBeVisible();
  expect(refused.length).toBeGreaterThan(0);
  expect(await databases(a)).not.toContain('notes-store');
  // Phone B is still signed in and still sees the case.
  await b.getByRole('link', { name: 'Home' }).click();
  await expect(b.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await b.getByRole('button', { name: 'Refresh the list' }).click();
  await expect(sentOnB).toHaveCount(1);
  const sessions = await sql<{ revoked: boolean }>(`SELECT revoked_reason IS NOT NULL AS revoked FROM sessions WHERE user_id = $1 ORDER BY created_at`, [user.id]);
  expect(sessions.map((s) => s.revoked)).toEqual([true, false]);
  await phoneA.close();
  await phoneB.close();
});
