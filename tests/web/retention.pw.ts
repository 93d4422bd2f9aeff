import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { readEnvFile, TEST_ENV_FILE } from '../support/test-env';
import { adminToken, createUser, freshTotp, PASSWORD, ROOT, setPasscode, signInUi, state, unlockIfAsked } from './support';

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

/** A case submitted through the API, proposed by the worker and approved by an admin: published. */
async function publishedCase(narrative: string): Promise<{ id: string; reference: string }> {
  const interviewer = await createUser('interviewer');
  const login = await fetch(`${state().baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.95.${Math.floor(Math.random() * 250)}.9` },
    body: JSON.stringify({ email: interviewer.email, password: PASSWORD }),
  });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
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
  expect((await api(`/api/v1/cases/${created.body.id}/redaction/approve`, admin, { method: 'POST' })).status).toBe(200);
  return created.body;
}

const setPolicy = async (keepRaw: boolean) =>
  expect(
    (
      await api('/api/v1/retention-policy', await adminToken(), {
        method: 'PUT',
        body: { draftDays: null, returnedDays: null, keepRawNarratives: keepRaw, keepRawPurpose: keepRaw ? 'Browser tests: kept as before' : null, publishedReviewYears: null },
      })
    ).status,
  ).toBe(200);

test.describe('retention on the operations and review screens', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test.afterAll(() => setPolicy(true));

  test('the operations screen lists what the next run drops and when; after it, the review screen says the raw narrative is gone', async ({ page }) => {
    const theCase = await publishedCase('Officer Zhanibekov stopped her near the Green Market; her friend Aigerim called +7 701 234 5678.');
    await setPolicy(false);
    const user = await createUser('admin', 'Rita Retention');
    await setPasscode(page);
    await signInUi(page, user.email);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByLabel('6-digit code').fill(await freshTotp(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.goto('/admin/operations');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Operations' }));
    const section = page.getByRole('region', { name: 'Retention: what the next run deletes' });
    await expect(section.getByText(/^The next run: .* 03:00 UTC\./)).toBeVisible();
    await expect(section.getByRole('row', { name: /Raw narratives \(dropped\)/ })).toContainText(theCase.reference);
    await expect(section.getByRole('row', { name: /Untouched drafts/ })).toContainText('Off');
    await accessible(page, 'operations with retention');
    await section.screenshot({ path: 'test-results/shots/retention-operations-en.png' });

    const env = { ...process.env, ...readEnvFile(TEST_ENV_FILE), DATABASE_URL: state().databaseUrl };
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'retention:run'], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/dropped [1-9]\d* raw narratives/);

    await page.goto(`/admin/review/${theCase.id}`);
    await unlockIfAsked(page, page.getByRole('heading', { name: 'The raw narrative was deleted' }));
    await expect(page.getByRole('heading', { name: 'The raw narrative was deleted' })).toBeVisible();
    await expect(page.getByText('only the redacted text below is kept')).toBeVisible();
    await expect(page.locator('.preview')).toContainText('stopped her near');
    await expect(page.locator('.preview')).not.toContainText('Aigerim');
    await accessible(page, 'review without raw narrative');
    await shot(page, 'review-raw-dropped-en');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Исходный рассказ удалён' })).toBeVisible();
    await shot(page, 'review-raw-dropped-ru');
    await page.goto('/admin/operations');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Хранение: что удалит следующий запуск' }));
    const ru = page.getByRole('region', { name: 'Хранение: что удалит следующий запуск' });
    await expect(ru.getByText(/Последний запуск/)).toBeVisible();
    await ru.screenshot({ path: 'test-results/shots/retention-operations-ru.png' });

    // The admin sets the policy on the screen: a bad period is named in the reader's language, a good one is saved and previewed.
    await ru.getByLabel('Удалять черновики без изменений через (дней)').fill('0');
    await ru.getByRole('button', { name: 'Сохранить правила хранения' }).click();
    await expect(ru.locator('#r-draftDays-error, .error-message').first()).toContainText('Не меньше 1');
    await page.getByRole('button', { name: 'English' }).click();
    const en = page.getByRole('region', { name: 'Retention: what the next run deletes' });
    await en.getByLabel('Delete drafts untouched for (days)').fill('90');
    await en.getByLabel('Keep raw narratives after their redacted version is approved').check();
    await en.getByLabel('Why raw narratives are kept').fill('Browser test: evidence for a court case');
    await en.getByRole('button', { name: 'Save the retention policy' }).click();
    await expect(en.getByText('Saved. The table above shows what the next run deletes under it.')).toBeVisible();
    await expect(en.getByRole('row', { name: /Untouched drafts/ })).toContainText('After 90 days');
    const saved = await api<{ draftDays: number; keepRawNarratives: boolean; keepRawPurpose: string }>('/api/v1/retention-policy', await adminToken());
    expect(saved.body).toMatchObject({ draftDays: 90, keepRawNarratives: true, keepRawPurpose: 'Browser test: evidence for a court case' });
    await accessible(page, 'retention form');
    await en.screenshot({ path: 'test-results/shots/retention-form-en.png' });
  });
});
