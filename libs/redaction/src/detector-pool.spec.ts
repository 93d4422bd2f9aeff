import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectPii } from './detect';
import { DetectorPool } from './detector-pool';

// Threads load compiled JavaScript: the thread entry from the build (`npm test` builds first).
const compiled = join(__dirname, '../../../dist/libs/redaction/src/detect.worker.js');

const texts = [
  'Лейтенант Ахметов забрал телефон Айгерим, её номер +7 701 234 56 78.',
  'Her friend Dana lives at Seifullin ave 531, apt 40; write to dana.k@mail.kz.',
  'Nothing personal here: the market in Almaty, article 131, 2019.',
];

describe('DetectorPool', () => {
  it('finds on threads exactly what the detector finds inline, in order, one error per bad text', async () => {
    expect(existsSync(compiled)).toBe(true);
    const pool = new DetectorPool(2, compiled);
    try {
      pool.start();
      const bad = null as unknown as string; // a narrative that could not be read as text
      const results = await pool.detectMany([...texts, bad, texts[0]]);
      expect(results.slice(0, 3)).toEqual(texts.map((t) => detectPii(t)));
      expect(results[3]).toEqual({ error: expect.stringMatching(/^TypeError: /) });
      expect(results[4]).toEqual(detectPii(texts[0]));
      // Several batches at once, as the worker sends them.
      const many = await Promise.all(Array.from({ length: 6 }, () => pool.detectMany(texts)));
      for (const r of many) expect(r).toEqual(texts.map((t) => detectPii(t)));
    } finally {
      await pool.onApplicationShutdown();
    }
  });

  it('stops a task that runs too long and keeps serving', async () => {
    // A stand-in for a narrative that makes a pattern backtrack for ever: a thread that spins on 'hang'.
    const dir = mkdtempSync(join(tmpdir(), 'detector-pool-'));
    const file = join(dir, 'spin.worker.js');
    writeFileSync(file, `module.exports = (texts) => { if (texts[0] === 'hang') for (;;); return texts.map(() => []); };`);
    const pool = new DetectorPool(1, file, 300);
    try {
      const started = Date.now();
      await expect(pool.detectMany(['hang'])).rejects.toThrow('took longer than 300 ms and was stopped');
      expect(Date.now() - started).toBeLessThan(10_000);
      // The spinning thread was replaced: the next task runs.
      expect(await pool.detectMany(['a', 'b'])).toEqual([[], []]);
    } finally {
      await pool.onApplicationShutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends on every character of the Basic Multilingual Plane beside letters and digits', async () => {
    // (A sign among a scan's letters that another test read as no letter once made a scan stand still: "2 мг ×2".)
    const texts: string[] = [];
    for (let block = 0; block < 0x10000; block += 0x1000) {
      let text = '';
      for (let c = block; c < block + 0x1000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        text += `${ch}2 a${ch}1 Я${ch}7 ${ch}Ab 12${ch}\n`;
      }
      texts.push(text);
    }
    const pool = new DetectorPool(1, compiled, 60_000);
    try {
      const results = await pool.detectMany(texts);
      expect(results).toHaveLength(16);
      for (const r of results) expect(Array.isArray(r)).toBe(true);
    } finally {
      await pool.onApplicationShutdown();
    }
  }, 120_000);

  it('detects on the calling thread with 0 threads', async () => {
    const pool = new DetectorPool(0, '/nonexistent.js');
    pool.start();
    expect(await pool.detectMany(texts)).toEqual(texts.map((t) => detectPii(t)));
    await pool.onApplicationShutdown();
  });
});
