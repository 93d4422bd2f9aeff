import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ROOT } from './support';

const COMPONENTS = join(ROOT, 'apps/web/src/components');
/** Every component folder (the gallery itself is not a component). */
const folders = readdirSync(COMPONENTS).filter((name) => name !== 'gallery' && statSync(join(COMPONENTS, name)).isDirectory());

/**
 * The component library's examples (/components, no sign-in): one per
 * component folder, each rendered at 360×640 in English and Russian, axe-clean,
 * with no English left on the Russian page but the folder names.
 */
test('every component has an example, accessible at 360 px in English and Russian', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/components');
  await expect(page.getByRole('heading', { level: 1, name: 'Components' })).toBeVisible();
  const shown = await page.locator('[data-component]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-component')));
  expect([...shown].sort()).toEqual([...folders].sort());
  for (const name of folders) await expect(page.locator(`[data-component="${name}"]`)).toBeVisible();

  for (const language of ['en', 'ru'] as const) {
    if (language === 'ru') {
      await page.getByRole('button', { name: 'Русский' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Компоненты' })).toBeVisible();
      const text = (await page.locator('main').innerText()).replace(/src\/components\/[\w-]+\//g, '').replace(/GOV\.UK/g, '');
      expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
    }
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Nothing wider than the phone but what scrolls on purpose.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `test-results/shots/components-${language}.png`, fullPage: true });
  }

  // They work: a grouped checkbox, a radio, the summary list's Change, and the confirmation (Cancel keeps, Yes acts).
  const grouped = page.locator('#ex-checkboxes-grouped');
  await expect(grouped.locator('fieldset legend')).toHaveText(['физическое насилие', 'экономическое насилие']);
  await grouped.getByLabel('Отобрали деньги').check();
  await expect(grouped.getByLabel('Отобрали деньги')).toBeChecked();
  await page.locator('#ex-radios').getByLabel('Нет', { exact: true }).check();
  await expect(page.locator('#ex-radios-error')).toHaveCount(0);
  await page.locator('[data-component="summary-list"]').getByRole('button', { name: /^Изменить Город/ }).click();
  await expect(page.getByRole('status')).toHaveText(/^Вы выбрали изменить: Город/);
  const confirm = page.locator('[data-component="confirm-action"]');
  await confirm.getByRole('button', { name: 'Удалить пример' }).click();
  await expect(confirm.getByRole('group', { name: 'Удалить пример? Это нельзя отменить.' })).toBeVisible();
  // Focus is on the question from the moment it shows, so a key pressed at once (here Escape) reaches it.
  await expect(confirm.locator('.confirm-question')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm.getByRole('button', { name: 'Удалить пример' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Удалить пример' }).click();
  await confirm.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(confirm.getByRole('status')).toHaveText('Пример удалён.');
});
