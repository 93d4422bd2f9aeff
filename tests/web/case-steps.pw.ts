import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { caseBody } from '../support/cases';
import { adminToken, createUser, marker as newMarker, PASSCODE, setPasscode, signInUi, sql, state } from './support';
import { fillCase, submitCase } from './support-form';

const PHONE = { width: 360, height: 640 };

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`);
  expect(bad).toEqual([]);
}

/** Controls under 44 px high or 24 px wide at 360 px (links inside a sentence exempt), as in tap-targets.pw.ts. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('main a[href], main button, main select, main textarea, main input:not([type=hidden]):not([type=checkbox]):not([type=radio])')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const block = el.closest('p, li, dd, td, th, nav, label, div');
      let words = block ? block.textContent : '';
      for (const control of block ? block.querySelectorAll('a, button') : []) words = words.replace(control.textContent, '');
      if (el.tagName === 'A' && words.trim().length > 0) continue;
      if (r.height < 44 || r.width < 24) out.push(el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
    }
    return out;
  })()`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });

/** Every record of the app's IndexedDB, localStorage and sessionStorage, as text (ciphertexts stay unreadable). */
async function deviceStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const w = globalThis as any;
    const parts: string[] = [];
    const text = (v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v as ArrayBuffer) : '');
    for (const info of await w.indexedDB.databases()) {
      const db: any = await new Promise((resolve, reject) => {
        const r = w.indexedDB.open(info.name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of Array.from(db.objectStoreNames as string[])) {
        const all: unknown[] = await new Promise((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
        });
        for (const value of all) {
          parts.push(JSON.stringify(value));
          for (const v of Object.values(value as object)) {
            parts.push(text(v));
            if (v && typeof v === 'object') for (const x of Object.values(v)) parts.push(text(x));
          }
        }
      }
      db.close();
    }
    for (const storage of [w.localStorage, w.sessionStorage]) for (let i = 0; i < storage.length; i++) parts.push(`${storage.key(i)}=${storage.getItem(storage.key(i))}`);
    return parts.join('\n');
  });
}

test.describe('the case form as steps', () => {
  test.use({ viewport: PHONE });

  test('incidents one per screen with abuses in their groups; Change returns to check your answers; Remove asks first', async ({ page }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    const marker = newMarker('Steps');
    await expect(page.locator('#f-interviewMonth')).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await fillCase(page, { marker, incidents: 2 });
    await accessible(page, 'check your answers');
    expect(await smallTargets(page)).toEqual([]);

    // Change on the second incident: its own screen, abuses under one legend per taxonomy group.
    await page.getByRole('button', { name: 'Change Incident 2' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Incident 2' })).toBeVisible();
    const groups = page.locator('#f-incidents-1-abuses fieldset > legend');
    expect(await groups.count()).toBeGreaterThan(3);
    await expect(groups.first()).toHaveText('Physical violence');
    // She declined the questions on sexual violence: that group is not offered.
    await expect(groups.filter({ hasText: /^Sexual violence$/ })).toHaveCount(0);
    await accessible(page, 'incident');
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'incident-change-en');
    await page.locator('#f-incidents-1-month').selectOption('3');
    // One Continue, straight back.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: /Check your answers/ })).toBeVisible();
    await expect(page.locator('.answer', { hasText: 'Incident 2' })).toContainText('March 2026');
    // The same from another step, by keyboard: Enter on Continue returns with the focus on the heading, so a second
    // Enter cannot submit the case by accident.
    await page.getByRole('button', { name: 'Change Gender' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New case: Respondent' })).toBeFocused();
    expect(await page.evaluate('window.scrollY')).toBe(0);
    await page.locator('input[name="f-respondent-gender"][value="male"]').check();
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /Check your answers/ })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Submit case' })).not.toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Check your answers/ })).toBeVisible();
    expect(await sql(`SELECT id FROM cases WHERE city LIKE $1`, [`%${marker}%`])).toHaveLength(0);
    // Dates in words, the account in full.
    await expect(page.locator('.answer', { hasText: 'Month of the interview' })).toContainText('October 2026');
    await expect(page.locator('.answer', { hasText: 'Date consent was given' })).toContainText('2 October 2026');
    await expect(page.locator('.answer', { hasText: 'The account in the respondent' })).toContainText(`Two officers stopped her near the market and demanded money. ${marker}`);
    await expect(page.locator('.answer', { hasText: 'Gender' })).toContainText('Male');
    // The list of incidents from there: "Add another", then Back, leaves no empty incident behind; Continue returns.
    await page.getByRole('button', { name: 'Change Incidents', exact: true }).click();
    await expect(page.getByText('Incidents recorded: 2')).toBeVisible();
    await page.getByRole('button', { name: 'Add another incident' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Incident 3' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText('Incidents recorded: 2')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: /Check your answers/ })).toBeVisible();

    // The list of incidents: Remove asks, naming the incident; Cancel keeps it.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText('Incidents recorded: 2')).toBeVisible();
    await page.getByRole('button', { name: 'Remove Incident 1' }).click();
    const question = page.getByRole('group', { name: /^Remove incident 1 \(September 2026; Kazakhstan; .*\) from this case\?$/ });
    await expect(question).toBeVisible();
    await accessible(page, 'remove incident');
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'incident-remove-en');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Incidents recorded: 2')).toBeVisible();
    await page.getByRole('button', { name: 'Remove Incident 1' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(page.getByText('Incidents recorded: 1')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Incident 1 was removed.');
    // The last incident cannot be removed (a case has at least one).
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await submitCase(page);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await expect(page.getByTestId('list-notice')).toHaveText('The case was sent.');
    await expect(page.getByTestId('list-notice')).toBeFocused();
    await expect(page.getByTestId('list-notice')).toBeInViewport();
    await expect.poll(async () => (await sql(`SELECT id FROM cases WHERE city LIKE $1`, [`%${marker}%`])).length).toBe(1);
    const incidents = await sql<{ month: number; gender: string }>(
      `SELECT i.month, c.gender FROM incidents i JOIN cases c ON c.id = i.case_id WHERE c.city LIKE $1`,
      [`%${marker}%`],
    );
    expect(incidents).toEqual([{ month: 3, gender: 'male' }]);
  });

  test('each step checks its own answers, in words that follow the language: consent, questions, year, counts, perpetrator rows', async ({ page }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    const next = () => page.getByRole('button', { name: /^(Continue|Продолжить)$/ }).click();
    const summary = page.locator('.error-summary');
    await page.locator('#f-interviewMonth').fill('2026-10');
    await page.locator('#f-country').selectOption('KZ');
    await next();
    // Consent to research, checked here (not only at saving), with the server's meaning.
    await expect(page.getByRole('heading', { level: 1, name: 'New case: Consent' })).toBeFocused();
    await next();
    await expect(summary).toContainText('Tick “Use in research”');
    await expect(page.getByRole('heading', { level: 1, name: 'New case: Consent' })).toBeVisible();
    // Errors follow a language switch.
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(summary).toContainText('Отметьте «Использование в исследованиях»');
    await expect(summary).not.toContainText('Tick');
    await page.locator('#f-consent-research').check();
    await next();
    // Respondent: "Select …" for choices, in the order of the page.
    await next();
    await expect(summary.locator('li')).toHaveCount(4);
    await expect(summary.locator('li').first()).toContainText('Выберите ответ');
    await expect(summary).not.toContainText('Заполните это поле');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(summary.locator('li').first()).toHaveText('Gender: Select an answer');
    await page.locator('input[name="f-respondent-gender"][value="female"]').check();
    await page.locator('input[name="f-respondent-ageBand"][value="25_34"]').check();
    await page.locator('#f-respondent-workSetting').selectOption('street');
    await page.locator('#f-respondent-migrantStatus').selectOption('internal_migrant');
    await next();
    // Questions asked: nothing preselected; the main answer required; after "No", an answer to each question.
    await expect(page.locator('input[name="f-questions-all"]:checked')).toHaveCount(0);
    await next();
    await expect(summary).toContainText('Select whether every question was asked');
    await page.locator('input[name="f-questions-all"]').nth(1).check();
    await expect(page.locator('fieldset[id^="f-questions-"] input[value="asked"]:checked')).toHaveCount(0);
    await next();
    const followUps = await page.locator('fieldset[id^="f-questions-"]:not(#f-questions-all)').count();
    expect(followUps).toBeGreaterThan(3);
    await expect(summary.locator('li')).toHaveCount(followUps);
    await expect(summary.locator('li').first()).toContainText('Select whether this question was asked');
    await shot(page, 'questions-errors-en');
    for (const asked of await page.locator('fieldset[id^="f-questions-"] input[value="asked"]').all()) await asked.check();
    await page.locator('input[name="f-questions-sexual"][value="declined"]').check();
    await next();

    // The incident: a year as typed, not stripped; counts of 1 or more; a perpetrator row added by mistake removed.
    await page.locator('#f-incidents-0-year').fill('20x5');
    await expect(page.locator('#f-incidents-0-year')).toHaveValue('20x5');
    await page.locator('#f-incidents-0-country').selectOption('KZ');
    await page.locator('#f-incidents-0-locationType').selectOption('street');
    await page.locator('#f-incidents-0-perpetrators-0-type').selectOption('police');
    await page.locator('#f-incidents-0-perpetrators-0-count').fill('-3');
    await page.getByRole('button', { name: 'Add another perpetrator' }).click();
    await expect(page.locator('label[for="f-incidents-0-perpetrators-0-type"]')).toHaveText('Perpetrator 1');
    await expect(page.locator('label[for="f-incidents-0-perpetrators-1-type"]')).toHaveText('Perpetrator 2');
    await expect(page.getByRole('button', { name: /^Remove Perpetrator 1$/ })).toHaveCount(0);
    await page.locator('#f-incidents-0-abuses input[type=checkbox]').first().check();
    await page.locator('#f-incidents-0-reportedToAuthorities').selectOption('no_fear_retaliation');
    await next();
    const year = new Date().getFullYear();
    await expect(summary).toContainText(`Enter a year between 1990 and ${year}`);
    await expect(summary).toContainText('Enter a whole number, 1 or more');
    await expect(summary).toContainText('Perpetrator 2: Select an answer');
    // A question ending in "?" is not followed by ":".
    await expect(summary).not.toContainText('?:');
    expect(await smallTargets(page)).toEqual([]);
    await accessible(page, 'incident with errors');
    await shot(page, 'incident-errors-en');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(summary).toContainText(`Введите год от 1990 до ${year}`);
    await expect(summary).toContainText('Введите целое число не меньше 1');
    await expect(summary).not.toContainText('must not be');
    await shot(page, 'incident-errors-ru');
    await page.getByRole('button', { name: 'Удалить Исполнитель 2' }).click();
    await expect(page.locator('#f-incidents-0-perpetrators-1-type')).toHaveCount(0);
    await expect(page.locator('label[for="f-incidents-0-perpetrators-0-type"]')).toHaveText('Исполнитель');
    await page.locator('#f-incidents-0-year').fill('2025');
    await page.locator('#f-incidents-0-month').selectOption('3');
    await page.locator('#f-incidents-0-perpetrators-0-count').fill('2');
    await next();
    // The incident in words, in the interface language.
    await expect(page.locator('.answer', { hasText: 'Инцидент 1' })).toContainText('март 2025');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('.answer', { hasText: 'Incident 1' })).toContainText('March 2025');

    // A complete draft saved (not submitted): the list says it was saved, in Russian too — not that it was sent.
    await page.getByRole('button', { name: 'Русский' }).click();
    await next();
    await page.locator('#f-narrative').fill(`Остановили у рынка. ${newMarker('Ru')}`);
    await next();
    await shot(page, 'check-ru');
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Черновик сохранён.' })).toBeVisible();
    await expect(page.getByText('Случай отправлен.')).toHaveCount(0);
    // The list opens at its top with the notice focused (not scrolled down where the form's buttons were).
    await expect(page.getByTestId('list-notice')).toBeFocused();
    expect(await page.evaluate('window.scrollY')).toBe(0);
    await expect.poll(async () => (await sql<{ status: string; count: number }>(
      `SELECT c.status, p.count FROM cases c JOIN incidents i ON i.case_id = c.id JOIN incident_perpetrators p ON p.incident_id = i.id WHERE c.interviewer_id = (SELECT id FROM users WHERE email = $1)`, [user.email]))).toEqual([{ status: 'draft', count: 2 }]);
    const questions = await sql<{ questions: Record<string, string> }>(`SELECT question_status AS questions FROM cases WHERE interviewer_id = (SELECT id FROM users WHERE email = $1)`, [user.email]);
    expect(questions[0].questions.sexual).toBe('declined');
    expect(Object.values(questions[0].questions).every((s) => ['asked', 'not_asked', 'declined'].includes(s))).toBe(true);
  });

  test('a draft saved at any step is kept on the phone and reopens at that step; at submission everything is checked', async ({ page }) => {
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    await page.locator('#f-interviewMonth').fill('2026-10');
    await page.locator('#f-country').selectOption('KZ');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#f-consent-research').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('input[name="f-respondent-gender"][value="female"]').check();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByRole('status')).toContainText('The draft is kept on this phone');
    await page.getByTestId('local-case').getByRole('link', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { name: 'New case: Respondent' })).toBeVisible();
    await expect(page.locator('input[name="f-respondent-gender"][value="female"]')).toBeChecked();

    // On to the end; then an answer emptied on a Change and left with Back: submission checks the whole case.
    const marker = newMarker('Draft');
    await page.locator('input[name="f-respondent-ageBand"][value="25_34"]').check();
    await page.locator('#f-respondent-workSetting').selectOption('street');
    await page.locator('#f-respondent-migrantStatus').selectOption('internal_migrant');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('input[name="f-questions-all"]').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#f-incidents-0-country').selectOption('KZ');
    await page.locator('#f-incidents-0-locationType').selectOption('street');
    await page.locator('#f-incidents-0-perpetrators-0-type').selectOption('police');
    await page.locator('#f-incidents-0-abuses input[type=checkbox]').first().check();
    await page.locator('#f-incidents-0-reportedToAuthorities').selectOption('no_fear_retaliation');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#f-narrative').fill(`Stopped near the market. ${marker}`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'New case: Check your answers' })).toBeVisible();
    await page.getByRole('button', { name: 'Change Where she or he mostly works' }).click();
    await page.locator('#f-respondent-workSetting').selectOption('');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { name: 'New case: Check your answers' })).toBeVisible();
    await page.getByRole('button', { name: 'Submit case' }).click();
    await expect(page.getByRole('heading', { name: 'New case: Respondent' })).toBeVisible();
    await expect(page.locator('.error-summary')).toContainText('Where she or he mostly works: Select an answer');
    await expect(page.locator('.error-summary')).toBeFocused();
    await page.locator('#f-respondent-workSetting').selectOption('street');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Submit case' }).click();
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    await expect.poll(async () => (await sql(`SELECT id FROM cases WHERE interviewer_id = (SELECT id FROM users WHERE email = $1)`, [user.email])).length).toBe(1);
  });

  test('after the idle lock the form reopens at the same screen with what was typed, kept only encrypted', async ({ page }) => {
    await page.clock.install();
    const user = await createUser('interviewer');
    await setPasscode(page);
    await signInUi(page, user.email);
    await page.getByRole('link', { name: 'Document a new case' }).click();
    const marker = newMarker('Idle');
    await page.locator('#f-interviewMonth').fill('2026-10');
    await page.locator('#f-country').selectOption('KZ');
    await page.locator('#f-city').fill(`Almaty ${marker}`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#f-consent-research').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('input[name="f-respondent-gender"][value="female"]').check();
    await page.locator('input[name="f-respondent-ageBand"][value="25_34"]').check();
    await page.locator('#f-respondent-workSetting').selectOption('street');
    await page.locator('#f-respondent-migrantStatus').selectOption('internal_migrant');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('input[name="f-questions-all"]').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Incident 1' })).toBeVisible();
    await page.locator('#f-incidents-0-place').fill(`Market ${marker}`);
    const address = page.url();

    await page.clock.fastForward('05:02');
    await expect(page.getByRole('heading', { name: 'Unlock' })).toBeVisible();
    // Nothing typed is readable on the device while it is locked (nor at any time).
    const stored = await deviceStorage(page);
    expect(stored).not.toContain(marker);
    expect(stored).not.toContain('Market');
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Incident 1' })).toBeVisible();
    expect(page.url()).toBe(address);
    await expect(page.locator('#f-incidents-0-place')).toHaveValue(`Market ${marker}`);
    await expect(page.getByTestId('form-notice')).toContainText('You are back where you were');
    await shot(page, 'resumed-en');

    // Locked a moment after typing (before the usual save): still kept, on the narrative screen.
    await page.locator('#f-incidents-0-country').selectOption('KZ');
    await page.locator('#f-incidents-0-locationType').selectOption('street');
    await page.locator('#f-incidents-0-perpetrators-0-type').selectOption('police');
    await page.locator('#f-incidents-0-abuses input[type=checkbox]').first().check();
    await page.locator('#f-incidents-0-reportedToAuthorities').selectOption('no_fear_retaliation');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#f-narrative').fill(`They took her money. ${marker}`);
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Unlock' })).toBeVisible();
    expect(await deviceStorage(page)).not.toContain('took her money');
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.locator('#f-narrative')).toHaveValue(`They took her money. ${marker}`);
    // The same case, not a second one beside it.
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByTestId('local-case')).toHaveCount(1);
  });

  test('a returned case is pinned at the top of the list, and its reason stays on screen while it is edited', async ({ page }) => {
    const user = await createUser('interviewer');
    const { baseUrl } = state();
    const login = (await (
      await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.94.1.1' }, body: JSON.stringify({ email: user.email, password: user.password }) })
    ).json()) as { accessToken: string };
    const create = async (body: Record<string, unknown>) => {
      const response = await fetch(`${baseUrl}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}`, 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string; reference: string };
    };
    const returned = await create({ ...caseBody(), submit: true });
    await expect.poll(async () => (await sql<{ status: string }>(`SELECT status FROM cases WHERE id = $1`, [returned.id]))[0].status, { timeout: 30_000 }).toBe('in_review');
    const reason = 'Please keep the place to the city only.';
    const back = await fetch(`${baseUrl}/api/v1/cases/${returned.id}/return`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` },
      body: JSON.stringify({ reason }),
    });
    expect(back.status).toBe(200);
    // A newer draft: by date it would come first.
    const newer = await create({ ...caseBody({ city: 'Shymkent' }), submit: false });

    await setPasscode(page);
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
    const cards = page.getByTestId('server-case');
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText(returned.reference);
    await expect(cards.first()).toContainText(reason);
    await expect(page.locator('section[aria-labelledby="returned"]')).toContainText('Returned to you for changes');
    await expect(cards.nth(1)).toContainText(newer.reference);
    await accessible(page, 'list with a returned case');
    await shot(page, 'returned-pinned-en');

    await cards.first().getByRole('link', { name: /^Edit/ }).click();
    const notice = page.getByTestId('return-reason');
    await expect(notice).toContainText('Returned for changes');
    await expect(notice).toContainText(reason);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: /Consent$/ })).toBeVisible();
    await expect(notice).toContainText(reason);
    await accessible(page, 'returned case being edited');
    await shot(page, 'returned-editing-en');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(notice).toContainText('Возвращён на доработку');
    await shot(page, 'returned-editing-ru');
    await page.getByRole('link', { name: 'Главная' }).click();
    await expect(page.locator('section[aria-labelledby="returned"]')).toContainText('Возвращены вам на доработку');
    await shot(page, 'returned-pinned-ru');
  });
});
