import { type Page, expect } from '@playwright/test';

export interface CaseAnswers {
  marker: string;
  recordedOn?: string;
  incidents?: number;
  /** Takes a screenshot of every step (an incident's screen and the list of incidents too), named with this suffix (en, ru). */
  shots?: string;
}

/** Goes through the case form screen by screen, as an interviewer would. */
export async function fillCase(page: Page, answers: CaseAnswers): Promise<void> {
  const next = () => page.getByRole('button', { name: /^(Continue|Продолжить)$/ }).click();
  await expect(page.locator('#f-interviewMonth')).toBeVisible();
  await page.locator('#f-interviewMonth').fill('2026-10');
  await page.locator('#f-country').selectOption('KZ');
  await page.locator('#f-regionCode').selectOption('KZ-75');
  await page.locator('#f-city').fill(`Almaty ${answers.marker}`);
  if (answers.shots) await page.screenshot({ path: `test-results/shots/interview-${answers.shots}.png`, fullPage: true });
  await next();
  await page.locator('#f-consent-research').check();
  await page.locator('#f-consent-recordedOn').fill(answers.recordedOn ?? '2026-10-02');
  if (answers.shots) await page.screenshot({ path: `test-results/shots/consent-${answers.shots}.png`, fullPage: true });
  await next();
  await page.locator('input[name="f-respondent-gender"][value="female"]').check();
  await page.locator('input[name="f-respondent-ageBand"][value="25_34"]').check();
  await page.locator('#f-respondent-workSetting').selectOption('street');
  await page.locator('#f-respondent-migrantStatus').selectOption('internal_migrant');
  if (answers.shots) await page.screenshot({ path: `test-results/shots/respondent-${answers.shots}.png`, fullPage: true });
  await next();
  // Questions asked: she declined the questions on sexual violence.
  await page.locator('input[name="f-questions-all"]').nth(1).check();
  // Nothing preselected: after "No", each question is answered (all asked but the one she declined).
  for (const asked of await page.locator('fieldset[id^="f-questions-"] input[value="asked"]').all()) await asked.check();
  await page.locator('input[name="f-questions-sexual"][value="declined"]').check();
  if (answers.shots) await page.screenshot({ path: `test-results/shots/questions-${answers.shots}.png`, fullPage: true });
  await next();
  const count = answers.incidents ?? 1;
  // One incident per screen, then the list of incidents ("add another").
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.getByRole('button', { name: /Add another incident|Добавить ещё инцидент/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^(Incident|Инцидент) ${i + 1}$`) })).toBeVisible();
    await page.locator(`#f-incidents-${i}-year`).fill('2026');
    await page.locator(`#f-incidents-${i}-month`).selectOption(String(9 - i));
    await page.locator(`#f-incidents-${i}-country`).selectOption('KZ');
    await page.locator(`#f-incidents-${i}-place`).fill('Almaty');
    await page.locator(`#f-incidents-${i}-locationType`).selectOption(i === 0 ? 'police_station' : 'street');
    await page.locator(`#f-incidents-${i}-perpetrators-0-type`).selectOption(i === 0 ? 'police' : 'client');
    await page.locator(`#f-incidents-${i}-abuses input[type=checkbox]`).first().check();
    await page.locator(`#f-incidents-${i}-reportedToAuthorities`).selectOption('no_fear_retaliation');
    if (answers.shots && i === 0) await page.screenshot({ path: `test-results/shots/incident-${answers.shots}.png`, fullPage: true });
    await next();
    await expect(page.getByText(new RegExp(`^(Incidents recorded|Записано инцидентов): ${i + 1}$`))).toBeVisible();
  }
  if (answers.shots) await page.screenshot({ path: `test-results/shots/incidents-${answers.shots}.png`, fullPage: true });
  await next();
  await page.locator('#f-narrative').fill(`Two officers stopped her near the market and demanded money. ${answers.marker}`);
  if (answers.shots) await page.screenshot({ path: `test-results/shots/narrative-${answers.shots}.png`, fullPage: true });
  await next();
  await expect(page.getByRole('heading', { name: /Check your answers|Проверьте ответы/ })).toBeVisible();
}

export async function submitCase(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Submit case|Отправить случай)$/ }).click();
}
