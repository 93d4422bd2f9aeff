import { expect, test, type Page } from '@playwright/test';
import { createUser, setPasscode, signInUi, unlockIfAsked } from './support';

/**
 * Every control that stands on its own is at least 44 px high and 24 px wide
 * at 360 px: menu links, list links, "Back to …", buttons, fields; a button
 * (a short word like "Lock" in the header) at least 44 × 44. A link inside a
 * sentence is exempt (WCAG 2.5.8's inline exception).
 */
async function smallTargets(page: Page): Promise<string[]> {
  // Runs in the page (a string: the tests are type-checked without the DOM library).
  return page.evaluate<string[]>(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, summary, select, textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('.skip')) continue;
      // Inline: the link's block also holds words that are not themselves controls.
      const block = el.closest('p, li, dd, td, th, nav, label, div');
      let words = block ? block.textContent : '';
      for (const control of block ? block.querySelectorAll('a, button') : []) words = words.replace(control.textContent, '');
      if (el.tagName === 'A' && words.trim().length > 0) continue;
      if (r.height < 44 || r.width < (el.tagName === 'BUTTON' ? 44 : 24)) out.push(el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
    }
    return out;
  })()`);
}

test('tap targets of the interviewer and researcher screens at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const interviewer = await createUser('interviewer');
  await setPasscode(page);
  await signInUi(page, interviewer.email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('link', { name: 'This device' }).click();
  await unlockIfAsked(page, page.getByRole('heading', { name: 'This device', level: 1 }));
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();

  const researcher = await createUser('researcher');
  await page.goto('/sign-in');
  await unlockIfAsked(page, page.getByRole('heading', { name: 'Sign in' }));
  await signInUi(page, researcher.email);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
