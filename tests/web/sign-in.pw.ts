import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { adminToken, createUser, freshTotp, PASSWORD, setPasscode, signInUi, state, unlockIfAsked } from './support';

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id}`)).toEqual([]);
}

test('a researcher signs in and lands on the reports workspace', async ({ page }) => {
  const user = await createUser('researcher', 'Rita Researcher');
  await setPasscode(page);
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await accessible(page, 'reports home');
  // Researchers never reach a case screen: the app leads them back, and the API refuses them.
  await page.goto('/cases');
  await unlockIfAsked(page, page.getByRole('heading', { name: 'Reports', level: 1 }));
  await expect(page.getByTestId('server-case')).toHaveCount(0);
});

test('an admin without MFA is led through enrolment (QR code, recovery codes once), then signs in with a code', async ({ page }) => {
  const user = await createUser('admin', 'Ada Admin');
  await setPasscode(page);
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'Set up your authenticator' })).toBeVisible();
  await expect(page.locator('img.qr')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await accessible(page, 'mfa enrolment');
  await page.screenshot({ path: 'test-results/shots/mfa-en.png', fullPage: true });
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('6-digit code').fill(await freshTotp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  await expect(page.getByRole('link', { name: 'Download codes' })).toHaveAttribute('download', 'recovery-codes.txt');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ada Admin' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'Enter the code from your authenticator app' })).toBeVisible();
  // A box of its own: nothing typed on the previous step (the e-mail) is left in it.
  await expect(page.getByLabel('6-digit code')).toHaveValue('');
  await page.getByLabel('6-digit code').fill('000000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#totp-error')).toContainText('not right');
  await page.getByLabel('6-digit code').fill(await freshTotp(secret, 1));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ada Admin' })).toBeVisible();

  // The admin chooses how the installed app appears on interviewers' phones.
  await accessible(page, 'admin home');
  await page.getByLabel('Name').fill('Weather');
  await page.getByRole('radio', { name: 'Weather' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const manifest = (await (await fetch(`${state().baseUrl}/app.webmanifest`)).json()) as { name: string; icons: Array<{ src: string }> };
  expect(manifest).toMatchObject({ name: 'Weather', short_name: 'Weather', icons: [{ src: '/icons/weather.svg' }] });
  await page.reload();
  await expect(page).toHaveTitle('Weather');
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/app.webmanifest');
});

test('a new user sets a password from the one-time link and signs in; the refresh token is an HttpOnly cookie the page cannot read', async ({ page, context }) => {
  const token = await adminToken();
  const me = (await (await fetch(`${state().baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { organisationId: string };
  const email = `link-${Date.now()}@example.org`;
  const created = (await (
    await fetch(`${state().baseUrl}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ email, displayName: 'Lina Link', role: 'interviewer', organisationId: me.organisationId }),
    })
  ).json()) as { passwordResetToken: string };
  await setPasscode(page);
  await page.goto(`/reset-password#token=${created.passwordResetToken}`);
  await unlockIfAsked(page, page.getByLabel('New password'));
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is set');
  await page.goto('/sign-in');
  await unlockIfAsked(page, page.getByRole('heading', { name: 'Sign in' }));
  await signInUi(page, email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === 'cb_refresh')!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth' });
  expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).not.toContain('cb_refresh');
  // A reload keeps the session through the cookie (the access token was only in memory).
  await page.reload();
  await page.getByLabel('Passcode').fill('quiet-river-7');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
});

test('the interface is complete in Russian, and remembered', async ({ page }) => {
  const user = await createUser('interviewer');
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Защитите это устройство' })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/setup-ru.png', fullPage: true });
  await page.getByLabel('Код доступа', { exact: true }).fill('quiet-river-7');
  await page.getByLabel('Код доступа ещё раз').fill('quiet-river-7');
  await page.getByRole('button', { name: 'Установить код' }).click();
  await expect(page.getByRole('heading', { name: 'Защитите это устройство' })).toBeHidden({ timeout: 30_000 });
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'Мои случаи' })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/cases-ru.png', fullPage: true });
  await page.getByRole('link', { name: 'Задокументировать новый случай' }).click();
  await expect(page.getByText('Шаг 1 из 7')).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/form-ru.png', fullPage: true });
  await accessible(page, 'form (ru)');
  // Taxonomy labels come from the API in the chosen language.
  await page.locator('#f-interviewMonth').fill('2026-10');
  await page.locator('#f-country').selectOption('KZ');
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.locator('#f-consent-research').check();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByRole('radio', { name: 'Женщина', exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/respondent-ru.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Разблокировать' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('sign-in tells wrong details (401) apart from a server error or an unreachable server, and names empty fields without asking the API', async ({ page }) => {
  const user = await createUser('interviewer');
  await page.setViewportSize({ width: 360, height: 640 });
  await setPasscode(page);
  const logins: string[] = [];
  page.on('request', (r) => r.url().includes('/api/v1/auth/login') && logins.push(r.url()));
  // Empty form: each empty field is named; nothing is sent.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#email-error')).toContainText('Enter your e-mail address');
  await expect(page.locator('#password-error')).toContainText('Enter your password');
  await expect(page.getByText('The e-mail address or password is not right')).toHaveCount(0);
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#password-error')).toContainText('Enter your password');
  await expect(page.locator('#email-error')).toHaveCount(0);
  expect(logins).toEqual([]);
  // A 500 is not "wrong details".
  await page.route('**/api/v1/auth/login', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ status: 500, title: 'Internal Server Error' }) }));
  await signInUi(page, user.email);
  await expect(page.locator('#email-error')).toContainText('Something went wrong, try again');
  await expect(page.getByText('The e-mail address or password is not right')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/shots/sign-in-server-error-en.png', fullPage: true });
  // Nor is a server that cannot be reached (the phone itself is online).
  await page.unrouteAll({ behavior: 'wait' });
  await page.route('**/api/v1/auth/login', (route) => route.abort('connectionrefused'));
  // The message is still there from the 500: wait for the refused request itself, and for the form to be ready again.
  const refusedLogin = page.waitForEvent('requestfailed', (r) => r.url().includes('/api/v1/auth/login'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await refusedLogin;
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.locator('#email-error')).toContainText('Something went wrong, try again');
  await page.unrouteAll({ behavior: 'wait' });
  // A real 401 still says the details are wrong; the right ones sign in.
  await signInUi(page, user.email, 'not-the-password-at-all');
  await expect(page.locator('#email-error')).toContainText('The e-mail address or password is not right');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await signInUi(page, user.email);
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
});
