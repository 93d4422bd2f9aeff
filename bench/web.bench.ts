/**
 * `npm run bench:web`: what an interviewer's phone downloads and waits for.
 *
 * Starts the built API (serving the built web app) and, in Debian's Chromium
 * under Chrome DevTools Protocol emulation of a slow connection (1.6 Mbps
 * down, 750 kbps up, 150 ms round trip) and a 4× slower CPU, measures:
 * - the JavaScript and CSS downloaded to reach the case form (its screen's
 *   chunk included), gzipped;
 * - cold load (no HTTP cache, no service worker) of /cases/new until its
 *   first screen accepts input (the passcode field: the form is behind it);
 * - warm load, with the service worker installed, the same way;
 * - unlocking (600,000 PBKDF2 rounds) until the case form accepts input.
 * Each load is timed 5 times, medians; the last line is the cold load as a
 * ratio to a minimal static page served by the same server under the same
 * emulation (apps/web/public/minimal.html).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { benchEnv, fmt, median, startProcess, stopProcess } from './support';

const PORT = 3191;
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = 5;
const PASSCODE = 'bench-passcode-1';

async function emulate(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** First use in a context: the passcode set and the service worker installed (the app shell precached). */
async function installed(page: Page): Promise<void> {
  await page.goto(`${BASE}/`);
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Passcode again').fill(PASSCODE);
  await page.getByRole('button', { name: 'Set passcode' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.evaluate(() => (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator.serviceWorker.ready.then(() => true));
}

async function timeUntil(page: Page, url: string, selector: string): Promise<number> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).waitFor({ state: 'visible' });
  await page.locator(selector).focus();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const api = await startProcess('api', { ...benchEnv(), PORT: String(PORT) });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // Bytes: every script and style sheet the first screen of /cases/new loads.
    const sizing = await browser.newContext({ serviceWorkers: 'block' });
    const page = await sizing.newPage();
    let gz = 0;
    let raw = 0;
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      // By type, and by name too: a language chunk asked for by <link rel=modulepreload> is not typed 'script'.
      if (type !== 'script' && type !== 'stylesheet' && !/\.(js|css)$/.test(new URL(response.url()).pathname)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
    });
    await page.goto(`${BASE}/cases/new`);
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
    await page.getByLabel('Passcode again').fill(PASSCODE);
    await page.getByRole('button', { name: 'Set passcode' }).click();
    await page.locator('#f-interviewMonth').waitFor();
    await page.waitForTimeout(2_000);
    await sizing.close();

    const cold: number[] = [];
    const baseline: number[] = [];
    const warm: number[] = [];
    const unlock: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternating, each in a fresh context (no cache, no service worker).
      const a = await browser.newContext({ serviceWorkers: 'block' });
      const pa = await a.newPage();
      await emulate(pa);
      baseline.push(await timeUntil(pa, `${BASE}/minimal.html`, '#baseline'));
      await a.close();

      const c = await browser.newContext({ serviceWorkers: 'block' });
      const pc = await c.newPage();
      await emulate(pc);
      cold.push(await timeUntil(pc, `${BASE}/cases/new`, '#passcode'));
      await c.close();

      // Warm: a context whose service worker has precached the app shell, opened again.
      const w = await browser.newContext();
      await installed(await w.newPage());
      const again = await w.newPage();
      await emulate(again);
      warm.push(await timeUntil(again, `${BASE}/cases/new`, '#passcode'));
      const start = performance.now();
      await again.locator('#passcode').fill(PASSCODE);
      await again.getByRole('button', { name: 'Unlock' }).click();
      await again.locator('#f-interviewMonth').waitFor();
      await again.locator('#f-interviewMonth').focus();
      unlock.push(performance.now() - start);
      await w.close();
    }
    console.log(`web benchmark: ${ROUNDS} rounds, medians; 1.6 Mbps down, 750 kbps up, 150 ms RTT, CPU 4x slower`);
    console.log(`JavaScript and CSS to reach the case form: ${fmt(gz / 1024, 1)} KB gzipped (${fmt(raw / 1024, 1)} KB raw; budget 150 KB)`);
    console.log(`cold load of /cases/new until it accepts input: ${fmt(median(cold))} ms (budget 3000 ms)`);
    console.log(`warm load (service worker installed): ${fmt(median(warm))} ms (budget 1000 ms)`);
    console.log(`unlock (600,000 PBKDF2 rounds) until the case form accepts input: ${fmt(median(unlock))} ms`);
    console.log(`minimal static page: ${fmt(median(baseline))} ms`);
    console.log(`ratio cold load / minimal static page: ${fmt(median(cold) / median(baseline), 2)}`);
  } finally {
    await browser.close();
    await stopProcess(api);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
