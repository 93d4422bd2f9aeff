import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { adminToken, createUser, freshTotp, PASSWORD, setPasscode, signInUi, sql, state, unlockIfAsked } from './support';

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });

async function api<T = unknown>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${state().baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function passwordToken(email: string): Promise<string> {
  const response = await fetch(`${state().baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.94.${Math.floor(Math.random() * 250)}.9` },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A case submitted by an interviewer through the API, its narrative proposed by the worker: in review. */
async function caseInReview(narrative: string): Promise<{ id: string; reference: string }> {
  const interviewer = await createUser('interviewer');
  const token = await passwordToken(interviewer.email);
  const body = {
    interviewMonth: '2026-10',
    country: 'KZ',
    regionCode: 'KZ-75',
    consent: { research: true, advocacy: true, publicQuotation: false, recordedOn: '2026-10-12' },
    respondent: { gender: 'female', ageBand: '25_34', workSetting: 'street', migrantStatus: 'internal_migrant' },
    incidents: [{ year: 2026, month: 9, country: 'KZ', locationType: 'street', perpetrators: [{ type: 'police', involvement: 'carried_out' }], abuses: ['extortion'], reportedToAuthorities: 'no_distrust' }],
    narrative,
    submit: true,
  };
  const created = await api<{ id: string; reference: string }>('/api/v1/cases', token, { method: 'POST', body });
  expect(created.status).toBe(201);
  const admin = await adminToken();
  await expect.poll(async () => (await api<{ status: string }>(`/api/v1/cases/${created.body.id}`, admin)).body.status, { timeout: 30_000 }).toBe('in_review');
  return created.body;
}

/** An admin signed in through the app, led through authenticator enrolment as every new admin is. */
async function signInAdmin(page: Page): Promise<{ email: string; secret: string }> {
  const user = await createUser('admin', 'Ada Reviewer');
  await setPasscode(page);
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'Set up your authenticator' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('6-digit code').fill(await freshTotp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ada Reviewer' })).toBeVisible();
  return { email: user.email, secret };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const NARRATIVE =
  'Officer Zhanibekov stopped her near the Green Market and took her phone. ' +
  'Her friend Aigerim called +7 701 234 5678 the next morning; the taxi driver, whose car was a white Cobalt, waited outside.';

test.describe('the admin', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('reviews a narrative by keyboard: rejects, adds by selection, retypes, approves; the stored text is the preview', async ({ page }) => {
    const theCase = await caseInReview(NARRATIVE);
    await signInAdmin(page);
    await accessible(page, 'admin home');
    await page.getByRole('link', { name: 'Review redactions' }).click();
    await expect(page.getByRole('heading', { name: 'Redactions to review' })).toBeVisible();
    // Focus follows the reader to the new screen's heading, not left on the page's body.
    await expect(page.getByRole('heading', { level: 1, name: 'Redactions to review' })).toBeFocused();
    await accessible(page, 'review queue');
    await shot(page, 'review-queue-en');
    await page.getByRole('link', { name: `Review case ${theCase.reference}` }).click();
    await expect(page.getByRole('heading', { name: 'Review the redaction' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Review the redaction' })).toBeFocused();
    await expect(page.getByText(`Case ${theCase.reference} · Kazakhstan`)).toBeVisible();
    await expect(page.locator('.narrative mark.pii-PERSON', { hasText: 'Zhanibekov' })).toBeVisible();
    await expect(page.locator('.narrative mark.pii-PHONE')).toContainText('+7 701 234 5678');
    await accessible(page, 'review');
    await shot(page, 'review-en');

    // Keyboard only in the list of spans: reject the first (Zhanibekov), retype the next (Aigerim → Handle, key 7).
    const list = page.getByRole('listbox', { name: 'Spans found in the narrative' });
    await list.focus();
    const first = await list.getByRole('option').first().innerText();
    expect(first).toContain('Zhanibekov');
    await page.keyboard.press('x');
    await expect(list.getByRole('option', { name: /Zhanibekov/ })).toHaveCount(0);
    await page.keyboard.press('u');
    await expect(list.getByRole('option', { name: /Zhanibekov/ })).toHaveCount(1);
    await page.keyboard.press('x');
    await expect(list.getByRole('option').first()).toContainText('Aigerim');
    await page.keyboard.press('7');
    await expect(list.getByRole('option').first()).toContainText('Handle: «Aigerim»');
    // Add the missed place by selecting part of it in the text with the keyboard (caret, then Shift+arrows): widened to whole words.
    const area = page.getByLabel('Select the words to hide');
    const start = NARRATIVE.indexOf('reen Mark');
    await area.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'reen Mark'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await area.evaluate((el) => [(el as unknown as { selectionStart: number }).selectionStart, (el as unknown as { selectionEnd: number }).selectionEnd])).toEqual([start, start + 'reen Mark'.length]);
    // Typing into it changes nothing (it is there to select from), and leaves the selection alone.
    await page.keyboard.type('zz');
    await expect(area).toHaveValue(NARRATIVE);
    expect(await area.evaluate((el) => (el as unknown as { selectionEnd: number }).selectionEnd)).toBe(start + 'reen Mark'.length);
    await page.getByLabel('Type of the new span').selectOption('ADDRESS');
    await page.getByRole('button', { name: 'Add the selected words' }).click();
    await expect(page.getByRole('status')).toContainText('Added: “Green Market”');
    const preview = (await page.getByTestId('preview').innerText()).trim();
    expect(preview).toContain('Officer Zhanibekov stopped her near the [ADDRESS]');
    expect(preview).toContain('Her friend [HANDLE] called [PHONE]');
    // Publishing waits until every suggestion has been looked at: the phone number has not been.
    await page.getByRole('button', { name: /^Approve and publish/ }).click();
    await expect(page.getByRole('status')).toContainText('Suggestions not looked at yet: 1');
    await expect(list).toBeFocused();
    await expect(list.getByRole('option', { selected: true })).toContainText('+7 701 234 5678');
    expect((await api<{ proposal: { approved: boolean } }>(`/api/v1/cases/${theCase.id}/redaction`, await adminToken())).body.proposal.approved).toBe(false);
    await page.keyboard.press('a');
    // Publishing asks once more, naming the case by its reference; Cancel (or Escape) publishes nothing.
    await page.getByRole('button', { name: /^Approve and publish/ }).click();
    const question = page.getByRole('group', { name: `Publish case ${theCase.reference}?`, exact: false });
    await expect(question).toContainText(`Publish case ${theCase.reference}? Researchers will read its narrative`);
    // Focus is on the question, not on "Yes": a second Enter publishes nothing.
    await expect(question.locator('.confirm-question')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Yes, publish case ${theCase.reference}` })).toBeVisible();
    expect((await api<{ proposal: { approved: boolean } }>(`/api/v1/cases/${theCase.id}/redaction`, await adminToken())).body.proposal.approved).toBe(false);
    await accessible(page, 'review, asking to publish');
    await page.setViewportSize({ width: 360, height: 640 });
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/shots/review-publish-question-en.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Approve and publish/ })).toBeFocused();
    expect((await api<{ proposal: { approved: boolean } }>(`/api/v1/cases/${theCase.id}/redaction`, await adminToken())).body.proposal.approved).toBe(false);
    await page.getByRole('button', { name: /^Approve and publish/ }).click();
    await page.getByRole('button', { name: `Yes, publish case ${theCase.reference}` }).click();
    // The queue says which case was published.
    await expect(page.getByRole('heading', { name: 'Redactions to review' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(`Case ${theCase.reference} is approved and published.`);

    // What researchers will read is exactly the preview.
    const stored = await api<{ proposal: { redacted: string; approved: boolean } }>(`/api/v1/cases/${theCase.id}/redaction`, await adminToken());
    expect(stored.body.proposal.approved).toBe(true);
    expect(stored.body.proposal.redacted.trim()).toBe(preview);
    // Nothing of the narrative stays in the browser's storage.
    const storage = await page.evaluate(async () => {
      const w = globalThis as unknown as { localStorage: { length: number; key(i: number): string; getItem(k: string): string }; caches: { keys(): Promise<string[]> } };
      const parts: string[] = [];
      for (let i = 0; i < w.localStorage.length; i++) parts.push(w.localStorage.getItem(w.localStorage.key(i)));
      parts.push(...(await w.caches.keys()));
      return parts.join('\n');
    });
    expect(storage).not.toContain('Zhanibekov');
  });

  test('signs in with a recovery code typed in capitals with spaces, once; the codes have no look-alikes', async ({ page, browser }) => {
    const user = await createUser('admin', 'Ada Recovery');
    await setPasscode(page);
    await signInUi(page, user.email);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByLabel('6-digit code').fill(await freshTotp(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    // allInnerTexts does not wait: wait for the list itself first.
    await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
    const codes = (await page.getByTestId('recovery-codes').getByRole('listitem').allInnerTexts()).map((c) => c.trim());
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    // At 360 px no code breaks across lines (an inline element that wraps has more than one box).
    await page.setViewportSize({ width: 360, height: 640 });
    const boxes = await page.getByTestId('recovery-codes').locator('code').evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(boxes).toEqual(Array(10).fill(1));
    await page.screenshot({ path: 'test-results/shots/recovery-codes-en.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'I have saved them' }).click();

    const phone = { viewport: { width: 360, height: 640 } };
    const typed = codes[3].toUpperCase().replace(/-/g, ' ');
    for (const [lang, attempt] of [['en', 'first'], ['ru', 'again']] as const) {
      const other = await (await browser.newContext(phone)).newPage();
      await setPasscode(other);
      if (lang === 'ru') await other.getByRole('button', { name: 'Русский' }).click();
      await signInUi(other, user.email);
      const words = lang === 'ru'
        ? { lost: 'Потеряли телефон? Войдите с кодом восстановления', title: 'Введите один из кодов восстановления', label: 'Код восстановления', go: 'Продолжить', used: 'Код восстановления неверен или уже использован' }
        : { lost: 'Lost your phone? Use a recovery code', title: 'Enter one of your recovery codes', label: 'Recovery code', go: 'Continue', used: 'The recovery code is not right, or was already used' };
      await other.getByRole('button', { name: words.lost }).click();
      await expect(other.getByRole('heading', { name: words.title })).toBeVisible();
      await accessible(other, `recovery code (${lang})`);
      await other.getByLabel(words.label).fill(typed);
      await other.screenshot({ path: `test-results/shots/sign-in-recovery-${lang}.png`, fullPage: true });
      await other.getByRole('button', { name: words.go }).click();
      if (attempt === 'first') await expect(other.getByRole('heading', { name: 'Welcome, Ada Recovery' })).toBeVisible();
      // The same code a second time: refused, in words.
      else await expect(other.locator('.error-summary')).toContainText(words.used);
      await other.context().close();
    }
    const [{ used }] = await sql<{ used: number }>(`SELECT count(*)::int AS used FROM one_time_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1 AND t.purpose = 'mfa_recovery' AND t.used_at IS NOT NULL`, [user.email]);
    expect(used).toBe(1);
  });

  test('two admins on one case: the second meets the version check and sees what changed', async ({ browser }) => {
    const theCase = await caseInReview(NARRATIVE);
    const a = await newPage(browser);
    const b = await newPage(browser);
    await signInAdmin(a);
    await signInAdmin(b);
    for (const page of [a, b]) {
      await page.goto(`/admin/review/${theCase.id}`);
      await unlockIfAsked(page, page.getByRole('heading', { name: 'Review the redaction' }));
    }
    await a.getByRole('listbox', { name: 'Spans found in the narrative' }).focus();
    await a.keyboard.press('x');
    await a.getByRole('button', { name: 'Save without publishing' }).click();
    await expect(a.getByRole('status')).toContainText('Saved.');
    await b.getByRole('listbox', { name: 'Spans found in the narrative' }).focus();
    await b.keyboard.press('n');
    await b.keyboard.press('x');
    await b.getByRole('button', { name: 'Save without publishing' }).click();
    await expect(b.getByRole('heading', { name: 'Another administrator changed this redaction' })).toBeVisible();
    await expect(b.getByRole('heading', { name: 'Theirs' })).toBeVisible();
    await shot(b, 'review-conflict-en');
    await b.getByRole('button', { name: 'Take theirs' }).click();
    await expect(b.getByRole('heading', { name: 'Review the redaction' })).toBeVisible();
    // In Russian too, publishing names the case and asks first; the queue then says which case was published.
    await b.getByRole('button', { name: 'Русский' }).click();
    await b.getByRole('button', { name: /^Одобрить и опубликовать/ }).click();
    await expect(b.getByText(`Опубликовать случай ${theCase.reference}? Исследователи прочитают его рассказ`)).toBeVisible();
    await b.setViewportSize({ width: 360, height: 640 });
    await b.getByText(`Опубликовать случай ${theCase.reference}?`).scrollIntoViewIfNeeded();
    await b.screenshot({ path: 'test-results/shots/review-publish-question-ru.png' });
    await b.getByRole('button', { name: `Да, опубликовать случай ${theCase.reference}` }).click();
    await expect(b.getByRole('status')).toHaveText(`Случай ${theCase.reference} одобрен и опубликован.`);
    await b.screenshot({ path: 'test-results/shots/review-published-ru.png' });
  });

  test('creates an interviewer who sets a password from the link and signs in; disabling signs her out', async ({ page, browser }) => {
    await signInAdmin(page);
    await page.getByRole('link', { name: 'Users and organisations' }).click();
    await expect(page.getByRole('heading', { name: 'Users and organisations', level: 1 })).toBeVisible();
    const email = `new-${Date.now()}@example.org`;
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Nina New');
    await page.getByRole('radio', { name: 'Interviewer' }).check();
    await page.getByRole('button', { name: 'Create the user' }).click();
    const link = (await page.getByTestId('reset-link').innerText()).trim();
    expect(link).toMatch(/\/reset-password#token=/);
    await page.getByLabel('Find a user (name, e-mail or role)').fill('Nina New');
    await expect(page.locator('[data-user]')).toHaveCount(1);
    await page.getByLabel('Find a user (name, e-mail or role)').fill('');
    await accessible(page, 'users');
    await shot(page, 'users-en');

    const nina = await newPage(browser);
    await setPasscode(nina);
    await nina.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await unlockIfAsked(nina, nina.getByLabel('New password'));
    await nina.getByLabel('New password').fill(PASSWORD);
    await nina.getByRole('button', { name: 'Set password' }).click();
    await expect(nina.getByRole('status')).toContainText('Your password is set');
    await nina.goto('/sign-in');
    await unlockIfAsked(nina, nina.getByRole('heading', { name: 'Sign in' }));
    await signInUi(nina, email);
    await expect(nina.getByRole('heading', { name: 'My cases' })).toBeVisible();

    // A key press on the focused role list changes nothing until the admin says so.
    const card = page.locator(`[data-user="${email}"]`);
    await card.getByLabel(`Role of ${email}`).focus();
    await page.keyboard.press('ArrowDown');
    // The key has been handled (the list shows another role and offers to change it), and nothing was sent.
    await expect(card.getByRole('button', { name: /^Change role to/ })).toBeVisible();
    expect((await sql<{ role: string }>('SELECT role FROM users WHERE email = $1', [email]))[0].role).toBe('interviewer');
    await card.getByLabel(`Role of ${email}`).selectOption('researcher');
    await card.getByRole('button', { name: /^Change role to Researcher/ }).click();
    await expect(page.getByRole('status')).toContainText(`The role of ${email} is changed`);
    expect((await sql<{ role: string }>('SELECT role FROM users WHERE email = $1', [email]))[0].role).toBe('researcher');
    await card.getByLabel(`Role of ${email}`).selectOption('interviewer');
    await card.getByRole('button', { name: /^Change role to Interviewer/ }).click();
    await expect(page.getByRole('status')).toContainText(`The role of ${email} is changed`);

    // The admin disables her, after saying yes to a question that names her: her open session ends at her next request.
    await card.getByRole('button', { name: /^Disable/ }).click();
    await expect(card.getByRole('group', { name: `Disable ${email}?`, exact: false })).toBeVisible();
    await card.getByRole('button', { name: 'Cancel' }).click();
    expect((await sql<{ status: string }>('SELECT status FROM users WHERE email = $1', [email]))[0].status).toBe('active');
    await card.getByRole('button', { name: /^Disable/ }).click();
    await card.getByRole('button', { name: 'Yes, disable' }).click();
    await expect(page.getByRole('status')).toContainText(`${email} is disabled`);
    await nina.goto('/');
    await unlockIfAsked(nina, nina.getByRole('heading', { name: 'Sign in' }));
    await expect(nina.getByRole('heading', { name: 'My cases' })).toHaveCount(0);
  });

  test('chooses the installed app’s neutral name and icon: read back after a reload, a bad name refused beside its field', async ({ page }) => {
    await signInAdmin(page);
    const name = page.getByLabel('Name', { exact: true });
    // What the API holds is shown (the default: Notes).
    await expect(name).toHaveValue('Notes');
    await name.fill('Weather today');
    await page.getByRole('group', { name: 'Icon' }).getByLabel('Weather').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved. Phones pick it up on their next visit.');
    await page.reload();
    await unlockIfAsked(page, page.getByLabel('Name', { exact: true }));
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Weather today');
    await expect(page.getByRole('group', { name: 'Icon' }).getByLabel('Weather')).toBeChecked();
    await page.getByLabel('Name', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#app-name-error')).toContainText('Use 1 to 30 plain characters');
    // Back to the default, for the other tests (the page title is the app's name).
    await page.getByLabel('Name', { exact: true }).fill('Notes');
    await page.getByRole('group', { name: 'Icon' }).getByLabel('Notes').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
  });

  test('reads the audit log and the operations view, in English and in Russian', async ({ page }) => {
    await signInAdmin(page);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify the chain now' }).click();
    await expect(page.getByTestId('chain')).toContainText(/Intact: \d{1,3}(,\d{3})* events checked\. Head hash: [0-9a-f]{64}/);
    // Filters in words: a kind of action, a person by name; events in words, with the actor's name, never raw JSON.
    await page.getByLabel('Action').selectOption({ label: 'Every action: Users' });
    await page.getByLabel('From').fill('2020-01-01T00:00');
    await page.getByRole('button', { name: 'Show events' }).click();
    await expect(page.locator('.card-title').first()).toBeVisible();
    await expect(page.locator('.card-title').filter({ hasText: 'A user was created' }).first()).toBeVisible();
    await expect(page.locator('.card-title').filter({ hasText: /^user\./ })).toHaveCount(0);
    await expect(page.getByText(/"[a-zA-Z]+":/)).toHaveCount(0);
    const [me] = await sql<{ id: string; display_name: string }>(`SELECT id, display_name FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
    await page.getByLabel('Who').selectOption(me.id);
    await page.getByLabel('Action').selectOption({ label: 'Any action' });
    await page.getByRole('button', { name: 'Show events' }).click();
    await expect(page.locator('.card').filter({ hasText: me.display_name }).first()).toBeVisible();
    await accessible(page, 'audit');
    await shot(page, 'audit-en');
    await page.goto('/admin/operations');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Operations' }));
    await expect(page.getByRole('heading', { name: 'The disclosure policy in force' })).toBeVisible();
    await expect(page.getByText(/k = 5: counts below it are not shown/)).toBeVisible();
    // The policy is changed here (and put back: other tests expect the default).
    await page.getByLabel('k (smallest count shown)').fill('2');
    await page.getByRole('button', { name: 'Change the policy' }).click();
    await expect(page.locator('.error-summary')).toContainText('k (smallest count shown)');
    await page.getByLabel('k (smallest count shown)').fill('7');
    await page.getByRole('button', { name: 'Change the policy' }).click();
    await expect(page.getByText(/k = 7: counts below it are not shown/)).toBeVisible();
    await page.getByLabel('k (smallest count shown)').fill('5');
    await page.getByRole('button', { name: 'Change the policy' }).click();
    await expect(page.getByText(/k = 5: counts below it are not shown/)).toBeVisible();
    // The privacy budget and the releases: a bad year is named, a good one released (and listed with its noise).
    await expect(page.getByRole('heading', { name: 'Protected releases and the privacy budget' })).toBeVisible();
    await expect(page.getByText(/Privacy-loss budget: ρ [\d.]+ of [\d.]+ spent \(ε = [\d.]+ at δ = 0.000001\)/)).toBeVisible();
    await page.getByLabel('Year to release').fill('24');
    await page.getByRole('button', { name: 'Create the release' }).click();
    await expect(page.locator('.error-summary')).toContainText('Enter a year, for example 2024.');
    await page.getByLabel('Year to release').fill('2001');
    await page.getByRole('button', { name: 'Create the release' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The release of 2001 is made' })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('table').filter({ hasText: 'Releases, with what each spent' }).getByRole('row', { name: /^2001 / })).toBeVisible();
    await accessible(page, 'operations');
    await shot(page, 'operations-en');

    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Работа системы' })).toBeVisible();
    await shot(page, 'operations-ru');
    await page.goto('/admin/review');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Обезличивание на проверку' }));
    await shot(page, 'review-queue-ru');
    await page.goto('/admin/users');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Пользователи и организации', level: 1 }));
    await accessible(page, 'users (ru)');
    await shot(page, 'users-ru');
    for (const english of ['Review redactions', 'Disable', 'Create the user', 'Operations', 'Audit log']) await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  });

  test('manages the taxonomy in both languages and groups regions', async ({ page }) => {
    await signInAdmin(page);
    await page.getByRole('link', { name: 'Taxonomy and regions' }).click();
    await expect(page.getByRole('heading', { name: 'Taxonomy', level: 1 })).toBeVisible();
    const code = `fake_officer_${Date.now().toString(36)}`;
    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.locator('#new-en').fill('Person posing as police');
    await page.locator('#new-ru').fill('Лжеполицейский');
    await page.getByRole('radio', { name: 'non-state (clients, …)' }).check();
    await page.getByRole('button', { name: 'Add the term' }).click();
    await expect(page.getByRole('status')).toContainText(`${code} is added`);
    const row = page.locator(`[data-term="${code}"]`);
    await row.locator(`#perpetrator_type-${code}-en`).fill('Man posing as a police officer');
    await row.getByRole('button', { name: /^Save labels/ }).click();
    await expect(page.getByRole('status')).toContainText(`The labels of ${code} are saved`);
    await row.getByRole('button', { name: /^Retire/ }).click();
    await expect(page.getByRole('status')).toContainText(`${code} is retired`);
    await expect(row).toContainText('retired');
    const term = await api<{ vocabularies: { perpetrator_type: Array<{ code: string; label: string; active: boolean }> } }>(
      '/api/v1/taxonomy?lang=en&includeRetired=true',
      await adminToken(),
    );
    expect(term.body.vocabularies.perpetrator_type.find((t) => t.code === code)).toMatchObject({ label: 'Man posing as a police officer', active: false });

    // A new abuse joins a group, so the interview question about that group covers it.
    await page.getByLabel('Vocabulary').selectOption('abuse_category');
    const abuse = `forced_test_${Date.now().toString(36)}`;
    await page.getByLabel('Code', { exact: true }).fill(abuse);
    await page.locator('#new-en').fill('Forced test');
    await page.locator('#new-ru').fill('Принудительный тест');
    await page.getByRole('button', { name: 'Add the term' }).click();
    await expect(page.getByRole('status')).toContainText('Choose the group of the new term');
    await page.getByRole('radio', { name: 'health-related abuse' }).check();
    await page.getByRole('button', { name: 'Add the term' }).click();
    await expect(page.getByRole('status')).toContainText(`${abuse} is added`);
    const abuses = await api<{ vocabularies: { abuse_category: Array<{ code: string; group: string | null }> } }>('/api/v1/taxonomy?lang=en&includeRetired=true', await adminToken());
    expect(abuses.body.vocabularies.abuse_category.find((t) => t.code === abuse)).toMatchObject({ group: 'health' });
    await page.getByLabel('Vocabulary').selectOption('perpetrator_type');

    await page.getByLabel('Code of the group (new or existing)').fill('siberia_web');
    await page.getByLabel('Country', { exact: true }).selectOption('RU');
    await page.locator('#group-en').fill('Siberia');
    await page.locator('#group-ru').fill('Сибирь');
    await page.getByRole('checkbox', { name: 'Novosibirsk Oblast', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Omsk Oblast', exact: true }).check();
    await page.getByRole('button', { name: 'Save the group' }).click();
    await expect(page.getByRole('status')).toContainText('The group siberia_web is saved');
    await expect(page.getByText(/Siberia \(Russia\): (Novosibirsk Oblast, Omsk Oblast|Omsk Oblast, Novosibirsk Oblast)/)).toBeVisible();
    await accessible(page, 'taxonomy');
    await shot(page, 'taxonomy-en');
  });

  test('interviewers and researchers reach no admin screen, and the API refuses them', async ({ page }) => {
    const researcher = await createUser('researcher');
    await setPasscode(page);
    await signInUi(page, researcher.email);
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    for (const path of ['/admin/review', '/admin/users', '/admin/audit', '/admin/operations', '/admin/taxonomy']) {
      await page.goto(path);
      await unlockIfAsked(page, page.getByRole('heading', { name: 'Reports', level: 1 }));
      await expect(page).toHaveURL(/\/reports$/);
    }
    for (const role of ['researcher', 'interviewer'] as const) {
      const user = role === 'researcher' ? researcher : await createUser('interviewer');
      const token = await passwordToken(user.email);
      for (const path of ['/api/v1/redaction/queue', '/api/v1/users', '/api/v1/audit', '/api/v1/operations']) {
        expect([role, path, (await api(path, token)).status]).toEqual([role, path, 403]);
      }
    }
  });
});
