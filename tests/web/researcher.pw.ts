import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Route, test } from '@playwright/test';
import { createUser, PASSWORD, ROOT, setPasscode, signInUi, state, unlockIfAsked } from './support';

const PHONE = { width: 360, height: 640 };

interface Count {
  respondents: number | null;
  pctRespondents: number | null;
  suppressed: boolean;
}

async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });

/** Published synthetic cases for the reports to count (the browser tests start from an empty database). */
function seed(incidents: number): void {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(ROOT, '.env.test'), 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  execFileSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'seed:synthetic', '--incidents', String(incidents)], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Researchers read protected releases only: one per year of the seeded cases.
  execFileSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'release:create'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function apiToken(email: string): Promise<string> {
  const response = await fetch(`${state().baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.93.${Math.floor(Math.random() * 250)}.7` },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The page's scrolling width and the window's width (the page scrolls sideways when the first is larger). */
const pageWidths = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as { innerWidth: number; document: { scrollingElement: { scrollWidth: number } } };
    return { page: w.document.scrollingElement.scrollWidth, inner: w.innerWidth };
  });

/** What a figure's cell must read: the number, the percentage, or (suppressed) no digit at all. */
function expected(count: Count, kind: 'respondents' | 'pct'): RegExp {
  if (count.suppressed) return /^[^\d]*$/;
  if (kind === 'pct') return count.pctRespondents === null ? /^–$/ : new RegExp(`^${String(count.pctRespondents).replace('.', '\\.')}%$`);
  // Written as English writes numbers (thousands with a comma).
  return new RegExp(`^${count.respondents?.toLocaleString('en-GB')}$`);
}

test.describe('the researcher', () => {
  test.use({ viewport: PHONE });
  test.beforeAll(() => seed(2500));

  test('builds a report, reads every figure as the API gives it, never a suppressed number, and downloads every format', async ({ page }) => {
    const user = await createUser('researcher');
    await setPasscode(page);
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    await expect(page.getByText('counts below 5 are not shown')).toBeVisible();
    await accessible(page, 'reports');
    await shot(page, 'reports-en');
    // The report's language is the interface's until chosen, and follows a switch of the interface's language.
    await expect(page.getByRole('group', { name: 'Language of the report and its files' }).getByLabel('English')).toBeChecked();
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('group', { name: 'Язык отчёта и файлов' }).getByLabel('Русский')).toBeChecked();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('group', { name: 'Language of the report and its files' }).getByLabel('English')).toBeChecked();

    await page.getByText('Countries: all (choose some)').click();
    await page.getByRole('group', { name: 'Countries' }).getByLabel('Kazakhstan').check();
    await page.getByRole('group', { name: 'Countries' }).getByLabel('Kyrgyzstan').check();
    // Releases are per calendar year, so the period is asked for in years, never months.
    await expect(page.locator('input[type="month"]')).toHaveCount(0);
    await page.getByLabel('Incidents from (year)').fill('24');
    await page.getByLabel('Incidents up to (year)').fill('2023');
    await page.getByRole('button', { name: 'Compute the report' }).click();
    await expect(page.locator('.error-summary')).toContainText('Enter a year, for example 2024');
    await page.getByLabel('Incidents from (year)').fill('2024');
    await page.getByRole('button', { name: 'Compute the report' }).click();
    await expect(page.locator('.error-summary')).toContainText('The end of the period must not be before its start');
    await page.getByLabel('Incidents up to (year)').fill('2026');
    await page.getByRole('group', { name: 'Compare' }).getByLabel('Country').check();
    // Below the policy's k: named in the error summary, nothing sent.
    await page.getByLabel('Smallest count shown (k)').fill('3');
    await page.getByRole('button', { name: 'Compute the report' }).click();
    await expect(page.locator('.error-summary')).toContainText('Enter a whole number from 5 to 100');
    await page.getByLabel('Smallest count shown (k)').fill('6');
    // No filter the releases cannot answer: gender, age and work setting are breakdowns of every report, not choices of the form.
    await expect(page.getByText('Gender, age and work setting are breakdowns of every report, not filters.')).toBeVisible();
    await expect(page.getByText(/choose by gender/i)).toHaveCount(0);
    for (const name of ['Gender', 'Age', 'Work setting']) await expect(page.getByRole('group', { name, exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Compute the report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Human-rights violations against sex workers documented in Casebook' })).toBeVisible({ timeout: 30_000 });
    // Every table says its error in words.
    await expect(page.getByText(/The figures carry noise: a count is within ±[\d.]+ of the true count/).first()).toBeVisible();
    // The suppression note says the largest hidden count (k − 1 worked out, k = 6), not a sum to finish.
    await expect(page.locator('[data-note="policy"]').first()).toContainText('supp. = suppressed: from 1 to 5 respondents');
    await expect(page.locator('main')).not.toContainText('− 1');
    // The period in the years the form asked for, not months.
    await expect(page.locator('.summary-list')).toContainText('incidents in 2024–2026');
    const id = /\/reports\/([0-9a-f-]{36})$/.exec(page.url())![1];
    await accessible(page, 'report');
    await shot(page, 'report-en');

    // Every number on the screen is the API's number for this report.
    const token = await apiToken(user.email);
    const view = (await (await fetch(`${state().baseUrl}/api/v1/reports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      params: { k: number; from?: string; to?: string };
      result: {
        crossTab: { rows: Array<{ key: string }>; columns: Array<{ key: string }>; cells: Count[][]; rowTotals: Count[]; total: Count; columnTotals: Count[]; columnBases: Array<{ respondents: number | null; suppressed: boolean }> };
        comparison: { units: Array<{ key: string }>; columns: Array<{ key: string }>; cells: Count[][]; totals: Count[] };
        breakdowns: Record<string, { rows: Array<Count & { key: string }> }>;
      };
    };
    expect(view.params.k).toBe(6);
    // The years asked for, sent as whole calendar years.
    expect([view.params.from, view.params.to]).toEqual(['2024-01', '2026-12']);
    const { crossTab, comparison, breakdowns } = view.result;
    const text = async (selector: string) => ((await page.locator(selector).innerText()) ?? '').trim();
    for (const [c, col] of crossTab.columns.entries()) {
      const row = `[data-table="columns"] tr[data-key="${col.key}"]`;
      expect(await text(`${row} [data-figure="respondents"]`)).toMatch(expected(crossTab.columnTotals[c], 'respondents'));
      expect(await text(`${row} [data-figure="pct"]`)).toMatch(expected(crossTab.columnTotals[c], 'pct'));
      const base = crossTab.columnBases[c];
      expect(await text(`${row} [data-figure="base"]`)).toMatch(base.suppressed ? /^[^\d]*$/ : new RegExp(`^${base.respondents?.toLocaleString('en-GB')}$`));
    }
    for (const [r, row] of crossTab.rows.entries()) {
      const cells = page.locator(`[data-table="crosstab"] tbody tr[data-key="${row.key}"] [data-figure="cell"]`);
      const shown = (await cells.allInnerTexts()).map((s) => s.trim());
      expect(shown).toHaveLength(crossTab.columns.length);
      shown.forEach((value, c) => expect(value).toMatch(expected(crossTab.cells[r][c], 'respondents')));
    }
    for (const [u, unit] of comparison.units.entries()) {
      expect(await text(`[data-table="comparison"] tr[data-key="${unit.key}"] [data-figure="respondents"]`)).toMatch(expected(comparison.totals[u], 'respondents'));
      const cells = (await page.locator(`[data-table="comparison"] tr[data-key="${unit.key}"] [data-figure="cell"]`).allInnerTexts()).map((s) => s.trim());
      cells.forEach((value, c) => {
        const cell = comparison.cells[u][c];
        if (cell.suppressed) expect(value).toMatch(/^[^\d]*$/);
        else expect(value.split(' ')[0]).toBe(cell.respondents?.toLocaleString('en-GB'));
      });
    }
    for (const [name, breakdown] of Object.entries(breakdowns)) {
      for (const row of breakdown.rows) {
        expect(await text(`[data-table="by-${name}"] tr[data-key="${row.key}"] [data-figure="respondents"]`)).toMatch(expected(row, 'respondents'));
      }
    }
    // A total below a figure it totals (each figure its own noise) is explained under the cross-table, and only then.
    const below = (total: Count, figure: Count) => !figure.suppressed && (figure.respondents ?? 0) > 0 && (total.suppressed || (total.respondents ?? 0) < figure.respondents!);
    const noisy =
      crossTab.cells.some((row, r) => row.some((cell) => below(crossTab.rowTotals[r], cell))) ||
      crossTab.cells.some((row) => row.some((cell, c) => below(crossTab.columnTotals[c], cell))) ||
      [...crossTab.rowTotals, ...crossTab.columnTotals].some((x) => below(crossTab.total, x));
    const crossNote = page.locator('[data-note="noise"]').filter({ hasText: 'a total can be below a figure in its row' });
    const comparisonNoisy = comparison.cells.some((row, u) => row.some((cell) => below(comparison.totals[u], cell)));
    await expect(crossNote).toHaveCount(Number(noisy) + Number(comparisonNoisy));
    console.log(`noise notes: cross-table ${noisy}, comparison ${comparisonNoisy}`);
    // No number for a suppressed figure, in the text or the accessible names.
    const suppressed = page.locator('[data-suppressed="true"]');
    expect(await suppressed.count()).toBeGreaterThan(0);
    for (const value of await suppressed.allInnerTexts()) expect(value).not.toMatch(/\d/);
    const snapshot = await page.locator('main').ariaSnapshot();
    expect(snapshot).not.toMatch(/supp\.\s*\d/);

    // Every download arrives with its name and type.
    const magic: Record<string, (b: Buffer) => boolean> = {
      json: (b) => JSON.parse(b.toString('utf8')).description.title.length > 0,
      csv: (b) => b.toString('utf8').startsWith('\uFEFF# '),
      xlsx: (b) => b.subarray(0, 2).toString() === 'PK',
      svg: (b) => b.toString('utf8').startsWith('<?xml') && b.toString('utf8').includes('<svg'),
      png: (b) => b.subarray(1, 4).toString() === 'PNG',
    };
    for (const [format, label] of [['json', 'JSON'], ['csv', 'CSV'], ['xlsx', 'Excel (XLSX)'], ['svg', 'SVG'], ['png', 'PNG']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${label}` }).click()]);
      expect(download.suggestedFilename()).toBe(`casebook-report-${id.slice(0, 8)}.${format}`);
      const file = readFileSync((await download.path())!);
      expect([format, magic[format](file)]).toEqual([format, true]);
    }

    // The recent reports list reopens it; the same question again is the same answer.
    await page.getByRole('link', { name: 'Back to reports' }).first().click();
    await expect(page.getByRole('heading', { name: 'Your recent reports' })).toBeVisible();
    await page.locator('.report-list a').first().click();
    await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
    // Computed, not reused: reopened, it does not claim to be an earlier result.
    await expect(page.getByRole('heading', { level: 1, name: 'Human-rights violations against sex workers documented in Casebook' })).toBeVisible();
    await expect(page.locator('[data-notice="reused"]')).toHaveCount(0);

    // No case, narrative or admin screen; the API refuses the data.
    await page.goto('/cases');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Reports', level: 1 }));
    await expect(page).toHaveURL(/\/reports$/);
    await page.goto('/cases/new');
    await unlockIfAsked(page, page.getByRole('heading', { name: 'Reports', level: 1 }));
    await expect(page).toHaveURL(/\/reports$/);
    for (const path of ['/api/v1/cases', '/api/v1/users', '/api/v1/audit', '/api/v1/regions/unresolved']) {
      const response = await fetch(`${state().baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect([path, response.status]).toEqual([path, 403]);
    }
  });

  for (const lang of ['en', 'ru'] as const) {
    test(`reads a report at 360 px without sideways scrolling, is told when an answer is reused, lists a question once (${lang})`, async ({ page }) => {
      const words = {
        en: { title: 'Reports', compute: 'Compute the report', heading: 'Human-rights violations against sex workers documented in Casebook', back: 'Back to reports', compare: 'Compare', country: 'Country', reused: 'the earlier result is shown', years: 'incidents in several years', abuses: 'several kinds of abuse' },
        ru: { title: 'Отчёты', compute: 'Посчитать отчёт', heading: 'Нарушения прав человека', back: 'Назад к отчётам', compare: 'Сравнить', country: 'Страна', reused: 'показан прежний результат', years: 'случаи в нескольких годах', abuses: 'несколькими видами нарушений' },
      }[lang];
      const user = await createUser('researcher');
      await setPasscode(page);
      if (lang === 'ru') await page.getByRole('button', { name: 'Русский' }).click();
      await signInUi(page, user.email);
      await expect(page.getByRole('heading', { name: words.title, level: 1 })).toBeVisible();
      // The language is not part of a question: the Russian variant asks its own (k one above the policy's), so
      // that its first asking is not the English variant's answer, reused.
      await expect(page.locator('#policy')).toBeVisible();
      // The period in years, in the reader's language.
      await expect(page.getByLabel(lang === 'ru' ? 'С (год)' : 'Incidents from (year)')).toBeVisible();
      // The report is asked for in the interface's language unless another is chosen.
      await expect(page.getByRole('group', { name: lang === 'ru' ? 'Язык отчёта и файлов' : 'Language of the report and its files' }).getByLabel(lang === 'ru' ? 'Русский' : 'English')).toBeChecked();
      await page.locator('#r-from').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/shots/report-years-${lang}.png` });
      const k = lang === 'ru' ? String(Number(await page.locator('#r-k').getAttribute('placeholder')) + 1) : '';
      const ask = async () => {
        await page.getByRole('group', { name: words.compare }).getByLabel(words.country, { exact: true }).check();
        await page.locator('#r-k').fill(k);
        await page.getByRole('button', { name: words.compute }).click();
        await expect(page.getByRole('heading', { level: 1, name: new RegExp(words.heading) })).toBeVisible({ timeout: 30_000 });
      };
      await ask();
      // A first asking is computed, not reused.
      await expect(page.locator('[data-notice="reused"]')).toHaveCount(0);

      // Neither the page nor the chart scrolls sideways; the chart is bars drawn to the screen's width.
      const widths = { ...(await pageWidths(page)), ...(await page.locator('[data-chart="figure"]').evaluate((chart) => ({ chart: chart.scrollWidth, chartBox: chart.clientWidth, chartRight: chart.getBoundingClientRect().right }))) };
      expect(widths.page).toBeLessThanOrEqual(widths.inner);
      expect(widths.chart).toBeLessThanOrEqual(widths.chartBox);
      expect(widths.chartRight).toBeLessThanOrEqual(widths.inner);
      await expect(page.locator('[data-chart="bars"]')).toBeVisible();
      await expect(page.locator('.chart-wide img')).toHaveCount(0);
      // Bars for the abuses, and for each country compared; drawn bars no wider than their track.
      expect(await page.locator('[data-chart="bars"] .bars').count()).toBeGreaterThan(1);
      expect(await page.locator('[data-chart="bars"] .bar').count()).toBeGreaterThan(0);
      for (const box of await page.locator('[data-chart="bars"] li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(widths.inner);
      // One scale: every bar's track is as long as every other.
      const tracks = await page.locator('[data-chart="bars"] .bar-track').evaluateAll((items) => items.map((track) => Math.round(track.getBoundingClientRect().width)));
      expect(new Set(tracks).size).toBe(1);
      // Every table's caption is whole on the screen (above its table, not inside a sideways-scrolling box).
      const captions = await page.locator('.table-caption').evaluateAll((ps) => ps.map((p) => ({ right: p.getBoundingClientRect().right, scroll: p.scrollWidth, client: p.clientWidth })));
      expect(captions.length).toBeGreaterThanOrEqual(3);
      for (const c of captions) {
        expect(c.right).toBeLessThanOrEqual(widths.inner);
        expect(c.scroll).toBeLessThanOrEqual(c.client);
      }
      // Shares that can add up to more than 100 % say why, beside the year table and the abuses.
      await expect(page.locator('section').filter({ has: page.locator('[data-table="by-year"]') }).locator('[data-note="overlap"]')).toContainText(words.years);
      await expect(page.locator('[data-chart="bars"] [data-note="overlap"]')).toContainText(words.abuses);
      await accessible(page, `report at 360 px (${lang})`);
      await shot(page, `report-narrow-${lang}`);

      // The same question again: the earlier result, and the page says so.
      await page.getByRole('link', { name: words.back }).first().click();
      await ask();
      await expect(page.locator('[data-notice="reused"]')).toContainText(words.reused);
      await shot(page, `report-reused-${lang}`);
      // Every time it is shown, not only on arrival from the form: reloaded, it still says so.
      await page.reload();
      await unlockIfAsked(page, page.getByRole('heading', { level: 1, name: new RegExp(words.heading) }));
      await expect(page.locator('[data-notice="reused"]')).toContainText(words.reused);
      // The recent reports list the question once.
      await page.getByRole('link', { name: words.back }).first().click();
      await expect(page.locator('.report-list li')).toHaveCount(1);
      const list = await pageWidths(page);
      expect(list.page).toBeLessThanOrEqual(list.inner);
      await shot(page, `reports-recent-${lang}`);
    });
  }

  for (const [first, second] of [
    ['en', 'ru'],
    ['ru', 'en'],
  ] as const) {
    test(`writes figures in the interface language's format, and a report computed in ${first} reads wholly in ${second} after switching`, async ({ page }) => {
      const words = {
        en: { button: 'English', compute: 'Compute the report', heading: 'Human-rights violations against sex workers documented in Casebook', compare: 'Compare', country: 'Country' },
        ru: { button: 'Русский', compute: 'Посчитать отчёт', heading: 'Нарушения прав человека', compare: 'Сравнить', country: 'Страна' },
      };
      /** A count and a percentage as each language writes them (Russian: a no-break space between thousands and before "%", a decimal comma). */
      const format = {
        en: { count: /^\d{1,3}(,\d{3})*$/, pct: /^\d{1,3}(\.\d)?%$/, group: /,/g, decimal: '.' },
        ru: { count: /^\d{1,3}([\u00a0\u202f]\d{3})*$/, pct: /^\d{1,3}(,\d)?[\u00a0\u202f]%$/, group: /[\u00a0\u202f]/g, decimal: ',' },
      };
      const user = await createUser('researcher');
      await setPasscode(page);
      if (first === 'ru') await page.getByRole('button', { name: 'Русский' }).click();
      await signInUi(page, user.email);
      await page.getByRole('group', { name: words[first].compare }).getByLabel(words[first].country, { exact: true }).check();
      await page.getByRole('button', { name: words[first].compute }).click();
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words[first].heading) })).toBeVisible({ timeout: 30_000 });
      const computed = /\/reports\/([0-9a-f-]{36})/.exec(page.url())![1];

      /** Every figure on the report page is the API's figure, written in the language's format. */
      const checkFigures = async (lang: 'en' | 'ru', id: string) => {
        const token = await apiToken(user.email);
        const view = (await (await fetch(`${state().baseUrl}/api/v1/reports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
          params: { lang: string };
          result: {
            crossTab: { columns: Array<{ key: string }>; columnTotals: Count[]; columnBases: Array<{ respondents: number | null; suppressed: boolean }> };
            breakdowns: Record<string, { rows: Array<Count & { key: string }> }>;
          };
        };
        expect(view.params.lang).toBe(lang);
        const f = format[lang];
        const read = (shown: string) => Number(shown.replace(f.group, '').replace(f.decimal, '.').replace(/[\s\u00a0\u202f]*%$/, ''));
        // Every figure shown (counts, bases, percentages of the tables) beside the API's number.
        const figures: Array<{ cell: string; value: number; kind: 'count' | 'pct' }> = [];
        for (const [c, col] of view.result.crossTab.columns.entries()) {
          const row = `[data-table="columns"] tr[data-key="${col.key}"]`;
          const count = view.result.crossTab.columnTotals[c];
          if (!count.suppressed && count.respondents !== null) figures.push({ cell: `${row} [data-figure="respondents"]`, value: count.respondents, kind: 'count' });
          if (!count.suppressed && count.pctRespondents !== null) figures.push({ cell: `${row} [data-figure="pct"]`, value: count.pctRespondents, kind: 'pct' });
          const base = view.result.crossTab.columnBases[c];
          if (!base.suppressed && base.respondents !== null) figures.push({ cell: `${row} [data-figure="base"]`, value: base.respondents, kind: 'count' });
        }
        for (const [name, breakdown] of Object.entries(view.result.breakdowns)) {
          for (const r of breakdown.rows) {
            const row = `[data-table="by-${name}"] tr[data-key="${r.key}"]`;
            if (!r.suppressed && r.respondents !== null) figures.push({ cell: `${row} [data-figure="respondents"]`, value: r.respondents, kind: 'count' });
            if (!r.suppressed && r.pctRespondents !== null) figures.push({ cell: `${row} [data-figure="pct"]`, value: r.pctRespondents, kind: 'pct' });
          }
        }
        for (const figure of figures) {
          const shown = (await page.locator(figure.cell).innerText()).trim();
          expect([figure.cell, shown]).toEqual([figure.cell, expect.stringMatching(figure.kind === 'pct' ? f.pct : f.count)]);
          expect([figure.cell, read(shown)]).toEqual([figure.cell, figure.value]);
        }
        // Percentages with a decimal part, and counts with thousands (the seeded data has both).
        expect(figures.some((x) => x.kind === 'pct' && !Number.isInteger(x.value))).toBe(true);
        expect(figures.some((x) => x.kind === 'count' && x.value >= 1000)).toBe(true);
        // A bar's figure too ("50.9% (…)" / "50,9 % (…)"), and never a count below zero.
        const bar = (await page.locator('[data-chart="bars"] .bar-value').filter({ hasText: '%' }).first().innerText()).trim();
        expect(bar).toMatch(lang === 'en' ? /^\d{1,3}(\.\d)?% \(/ : /^\d{1,3}(,\d)?[\u00a0\u202f]% \(/);
        expect(await page.locator('main').innerText()).not.toMatch(/\(\d[\d\s\u00a0\u202f.,]* (of|из) -\d/);
      };
      await checkFigures(first, computed);
      await shot(page, `report-figures-${first}`);

      // The reader switches language while the API cannot answer: the report stays as it was made, and the page says so.
      const refuse = (route: Route) => (route.request().method() === 'POST' ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"status":503}' }) : route.fallback());
      await page.route('**/api/v1/reports', refuse);
      await page.getByRole('button', { name: words[second].button }).click();
      await expect(page.locator('[data-notice="other-language"]')).toContainText(second === 'ru' ? 'Обновите страницу' : 'Reload the page');
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words[first].heading) })).toBeVisible();
      await page.unroute('**/api/v1/reports', refuse);
      // Once it can: the report's own texts (title, labels, descriptions) follow the reader's language.
      await page.reload();
      await unlockIfAsked(page, page.locator('main'));
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words[second].heading) })).toBeVisible({ timeout: 30_000 });
      await expect(page).not.toHaveURL(new RegExp(`/reports/${computed}`));
      const read = /\/reports\/([0-9a-f-]{36})/.exec(page.url())![1];
      await checkFigures(second, read);
      const text = (await page.locator('main').innerText()).replace(/Casebook|JSON|CSV|Excel \(XLSX\)|SVG|PNG/g, '');
      if (second === 'ru') expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
      else expect(text.match(/[А-Яа-яЁё]{2,}/g) ?? []).toEqual([]);
      // The files are still those of the report as asked for, in its language, and the page says so.
      await expect(page.locator('[data-hint="files-language"]')).toBeVisible();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: second === 'ru' ? 'Скачать JSON' : 'Download JSON' }).click()]);
      expect(download.suggestedFilename()).toBe(`casebook-report-${computed.slice(0, 8)}.json`);
      await accessible(page, `report read in ${second}`);
      await shot(page, `report-switched-${first}-to-${second}`);

      // And back: the reader's language again, the report asked for in it is read from the first.
      await page.getByRole('button', { name: words[first].button }).click();
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words[first].heading) })).toBeVisible({ timeout: 30_000 });
      await checkFigures(first, /\/reports\/([0-9a-f-]{36})/.exec(page.url())![1]);
      await expect(page.locator('[data-hint="files-language"]')).toHaveCount(0);
      // One question, read in two languages: listed once among the recent reports.
      await page.getByRole('link', { name: first === 'ru' ? 'Назад к отчётам' : 'Back to reports' }).first().click();
      await expect(page.locator('.report-list li')).toHaveCount(1);
    });
  }

  test('reads quotations and the whole workspace in Russian', async ({ page }) => {
    const user = await createUser('researcher');
    await setPasscode(page);
    await page.getByRole('button', { name: 'Русский' }).click();
    await signInUi(page, user.email);
    await expect(page.getByRole('heading', { name: 'Отчёты', level: 1 })).toBeVisible();
    await shot(page, 'reports-ru');
    await page.getByText('Страны: все (выбрать)').click();
    await page.getByRole('group', { name: 'Страны' }).getByLabel('Казахстан').check();
    await page.getByRole('group', { name: 'Сравнить' }).getByLabel('Группа регионов').check();
    await page.getByRole('button', { name: 'Посчитать отчёт' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Нарушения прав человека/ })).toBeVisible({ timeout: 30_000 });
    await accessible(page, 'report (ru)');
    await shot(page, 'report-ru');
    for (const english of ['Download', 'Respondents', 'Total', 'suppressed', 'Back to reports', 'Period']) await expect(page.getByText(english, { exact: true })).toHaveCount(0);
    // The suppression note says the largest hidden count (k − 1 worked out), not a sum to finish.
    await expect(page.locator('[data-note="policy"]').first()).toContainText('скр. = скрыто: от 1 до 4 респондентов');
    await expect(page.locator('main')).not.toContainText('− 1');
    await page.getByRole('link', { name: 'Назад к отчётам' }).first().click();
    await page.getByRole('link', { name: 'Читать цитаты респондентов, давших согласие' }).click();
    await expect(page.getByRole('heading', { name: 'Цитаты', level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Показано цитат');
    await accessible(page, 'quotations (ru)');
    await shot(page, 'quotations-ru');
    // Nothing that leads back to a case: no id-shaped text on the page.
    expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
