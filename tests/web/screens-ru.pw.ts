import { expect, test } from '@playwright/test';
import { createUser, PASSCODE, signInUi, unlockIfAsked } from './support';
import { fillCase } from './support-form';

/** Each screen at 360×640 in Russian (the English ones are taken by the other tests): looked at, and checked for English left over. */
test('the interviewer\u2019s screens in Russian', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const user = await createUser('interviewer');
  await page.goto('/');
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByLabel('Код доступа', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Код доступа ещё раз').fill(PASSCODE);
  await page.getByRole('button', { name: 'Установить код' }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/sign-in-ru.png', fullPage: true });
  await signInUi(page, user.email);
  await page.getByRole('link', { name: 'Задокументировать новый случай' }).click();
  await fillCase(page, { marker: 'Rusmarker', shots: 'ru' });
  await page.screenshot({ path: 'test-results/shots/check-answers-ru.png', fullPage: true });
  await page.goto('/settings');
  await unlockIfAsked(page, page.getByRole('heading', { name: 'Это устройство', level: 1 }));
  await page.screenshot({ path: 'test-results/shots/settings-ru.png', fullPage: true });
  await page.getByRole('button', { name: 'Заблокировать сейчас' }).click();
  await expect(page.getByRole('heading', { name: 'Разблокировать' })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/unlock-ru.png', fullPage: true });
  // No English word of the interface is left on these screens.
  for (const english of ['Continue', 'Back', 'Save as draft', 'Quick exit', 'Passcode', 'Unlock']) await expect(page.getByText(english, { exact: true })).toHaveCount(0);
});
