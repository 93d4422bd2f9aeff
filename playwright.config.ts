import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the web app: Debian's Chromium (Playwright cannot download
 * its own browsers here; scripts/browser.sh installs the package) driving the
 * real API, worker, PostgreSQL and Redis, started by tests/web/global-setup.ts.
 */
export const WEB_PORT = Number(process.env.WEB_PORT ?? 3190);

export default defineConfig({
  testDir: 'tests/web',
  testMatch: '*.pw.ts',
  globalSetup: './tests/web/global-setup.ts',
  globalTeardown: './tests/web/global-teardown.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? 'test-results/playwright.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    browserName: 'chromium',
    locale: 'en-GB',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
