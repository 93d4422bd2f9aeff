import { expect, test } from '@playwright/test';

/**
 * The first screen loads only what it needs (issue 27, the web speed budget): the strings of the reader's
 * language, never the other language's, which loads when chosen.
 */
for (const { locale, lang, other, heading, button } of [
  { locale: 'ru-RU', lang: 'ru', other: 'en', heading: 'Защитите это устройство', button: 'English' },
  { locale: 'en-GB', lang: 'en', other: 'ru', heading: 'Protect this device', button: 'Русский' },
]) {
  test(`a ${locale} phone's first screen loads the ${lang} strings only; the other language loads when chosen`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const chunks: string[] = [];
    page.on('request', (r) => {
      const name = new URL(r.url()).pathname.match(/^\/assets\/(en|ru)-[\w-]+\.js$/)?.[1];
      if (name) chunks.push(name);
    });
    await page.goto('/cases/new');
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe(lang);
    expect(chunks).toEqual([lang]);
    // Asked for by the page's head (the script file that preloads the reader's language), not only once the app ran.
    await expect(page.locator(`head link[rel="modulepreload"][href^="/assets/${lang}-"]`)).toHaveCount(1);
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('heading', { name: heading })).toHaveCount(0);
    expect(chunks).toEqual([lang, other]);
    await context.close();
  });
}
