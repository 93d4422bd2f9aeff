import { expect, test } from '@playwright/test';
import { adminToken, PASSCODE, state, unlockIfAsked } from './support';

/**
 * Server validation messages reach a Russian screen in Russian: the web app
 * translates each field error from its machine code (the API's own table),
 * so no English word from the server is left on the page.
 */
test('a refused new password is explained in Russian', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const token = await adminToken();
  const me = (await (await fetch(`${state().baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { organisationId: string };
  const created = (await (
    await fetch(`${state().baseUrl}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ email: `ru-errors-${Date.now()}@example.org`, displayName: 'Ru Errors', role: 'interviewer', organisationId: me.organisationId }),
    })
  ).json()) as { passwordResetToken: string };

  await page.goto('/');
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByLabel('Код доступа', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Код доступа ещё раз').fill(PASSCODE);
  await page.getByRole('button', { name: 'Установить код' }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  // The page title too (the default neutral name, in Russian).
  await expect(page).toHaveTitle('Заметки');
  await page.goto(`/reset-password#token=${created.passwordResetToken}`);
  await unlockIfAsked(page, page.getByLabel('Новый пароль'));
  // Long enough for the app's own check, refused by the server's password policy.
  await page.getByLabel('Новый пароль').fill('password1234');
  await page.getByRole('button', { name: 'Установить пароль' }).click();
  await expect(page.locator('#password-error')).toContainText('Слишком распространённый пароль');
  const text = (await page.locator('main').innerText()).replace(/Casebook/g, '');
  expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
  await page.screenshot({ path: 'test-results/shots/reset-refused-ru.png', fullPage: true });
});
