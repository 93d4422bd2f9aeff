import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { createUser, marker as newMarker, PASSCODE, setPasscode, signInUi, sql, unlockIfAsked } from './support';
import { fillCase, submitCase } from './support-form';

const PHONE = { width: 360, height: 640 };

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`);
  expect(bad).toEqual([]);
}

/** The interview step, then on to consent: the withdrawal code shown there. */
async function codeAtConsent(page: Page, shot: string): Promise<string> {
  await page.locator('#f-interviewMonth').fill('2026-10');
  await page.locator('#f-country').selectOption('KZ');
  await page.getByRole('button', { name: /^(Continue|Продолжить)$/ }).click();
  const code = page.locator('.withdrawal-code .code');
  await expect(code).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  await page.screenshot({ path: `test-results/shots/${shot}.png`, fullPage: true });
  return (await code.textContent())!;
}

test.describe('withdrawal without a name', () => {
  test.use({ viewport: PHONE });

  test('the code is shown at consent, sent with the case, and withdraws it from the "by code" screen', async ({ page }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    const code = await codeAtConsent(page, 'withdrawal-code-consent-en');
    await expect(page.getByText(/write it on a card for the respondent/)).toBeVisible();
    await accessible(page, 'consent with code');
    await page.getByRole('button', { name: 'Back' }).click();
    const marker = newMarker();
    await fillCase(page, { marker });
    await submitCase(page);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await expect.poll(async () => (await sql(`SELECT id FROM cases WHERE city LIKE $1`, [`%${marker}%`])).length).toBe(1);
    const [stored] = await sql<{ id: string }>(`SELECT id FROM cases WHERE city LIKE $1`, [`%${marker}%`]);
    const [kept] = await sql<{ hash: string }>(`SELECT hash FROM withdrawal_codes WHERE case_id = $1`, [stored.id]);
    expect(kept.hash).toMatch(/^\$argon2id\$/);

    await page.getByRole('link', { name: 'Withdraw a case by code' }).click();
    await expect(page.getByRole('heading', { name: 'Withdraw a case by code' })).toBeVisible();
    await accessible(page, 'withdraw by code');
    await page.screenshot({ path: 'test-results/shots/withdraw-by-code-en.png', fullPage: true });
    // Malformed: named beside the field. Wrong: the same answer as for any code that withdraws nothing.
    await page.getByLabel('Withdrawal code').fill('1234 5678');
    await page.getByRole('button', { name: 'Withdraw and delete the case' }).click();
    await expect(page.locator('#withdrawal-code-error')).toContainText('Enter the 16 digits');
    const digits = code.replace(/ /g, '');
    const wrong = `${digits.slice(0, 15)}${(Number(digits[15]) + 1) % 10}`;
    await expect(page.getByRole('button', { name: 'Yes, withdraw and delete' })).toHaveCount(0);
    const withdrawals: string[] = [];
    page.on('request', (r) => r.url().includes('/withdraw') && r.method() === 'POST' && withdrawals.push(r.url()));
    await page.getByLabel('Withdrawal code').fill(wrong);
    await page.getByRole('button', { name: 'Withdraw and delete the case' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw and delete' }).click();
    await expect(page.getByRole('status')).toContainText('No case can be withdrawn with this code');
    await page.getByLabel('Withdrawal code').fill(code);
    // The first tap only asks (nothing is sent); Cancel leaves the case; only "Yes" deletes it.
    await page.getByRole('button', { name: 'Withdraw and delete the case' }).click();
    await expect(page.getByText('This cannot be undone')).toBeVisible();
    await expect(page.getByText('This cannot be undone')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Yes, withdraw and delete' })).toBeVisible();
    await page.screenshot({ path: 'test-results/shots/withdraw-confirm-en.png', fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(withdrawals).toHaveLength(1);
    expect(await sql(`SELECT 1 FROM cases WHERE id = $1`, [stored.id])).toHaveLength(1);
    await page.getByRole('button', { name: 'Withdraw and delete the case' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw and delete' }).click();
    await expect(page.getByRole('status')).toContainText('the case has been withdrawn and deleted');
    expect(withdrawals).toHaveLength(2);
    await page.screenshot({ path: 'test-results/shots/withdrawn-by-code-en.png', fullPage: true });
    expect(await sql(`SELECT 1 FROM cases WHERE id = $1`, [stored.id])).toEqual([]);
  });

  test('in Russian', async ({ page }) => {
    const user = await createUser('interviewer');
    await page.goto('/');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByLabel('Код доступа', { exact: true }).fill(PASSCODE);
    await page.getByLabel('Код доступа ещё раз').fill(PASSCODE);
    await page.getByRole('button', { name: 'Установить код' }).click();
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Задокументировать новый случай' }).click();
    await codeAtConsent(page, 'withdrawal-code-consent-ru');
    await expect(page.getByText('Код отзыва для респондента')).toBeVisible();
    await page.goto('/withdraw');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Отозвать случай по коду' }));
    await expect(page.getByRole('heading', { name: 'Отозвать случай по коду' })).toBeVisible();
    await accessible(page, 'withdraw by code (ru)');
    await page.getByRole('button', { name: 'Отозвать и удалить случай' }).click();
    await expect(page.locator('#withdrawal-code-error')).toContainText('Введите 16 цифр');
    await page.screenshot({ path: 'test-results/shots/withdraw-by-code-ru.png', fullPage: true });
    await page.getByLabel('Код отзыва').fill('1234 5678 1234 5678');
    await page.getByRole('button', { name: 'Отозвать и удалить случай' }).click();
    await expect(page.getByText('Это нельзя отменить')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Да, отозвать и удалить' })).toBeVisible();
    await page.screenshot({ path: 'test-results/shots/withdraw-confirm-ru.png', fullPage: true });
  });
});
