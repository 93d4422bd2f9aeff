import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/test-env';

/**
 * The detector's measured quality on the annotated dev set, per language, as
 * the operators measure it: through `npm run --silent redact` and the scorer.
 * Targets: span recall ≥ 0.98 (a span counts only when fully covered) and
 * character precision ≥ 0.90.
 */
describe('redaction quality on the dev set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-redaction-'));
  const gold = execFileSync('node', [join(ROOT, 'tests/redaction/build.mjs'), join(ROOT, 'tests/redaction/devset.txt')], { encoding: 'utf8' });
  const pred = execFileSync('npm', ['run', '--silent', 'redact'], { cwd: ROOT, input: gold, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(dir, 'pred.jsonl'), pred);

  it.each(['en', 'ru'])('meets the targets for %s', (lang) => {
    const lines = gold.split('\n').filter((line) => line.trim() && JSON.parse(line).lang === lang);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    writeFileSync(join(dir, `gold-${lang}.jsonl`), `${lines.join('\n')}\n`);
    const score = JSON.parse(
      execFileSync('node', [join(ROOT, 'tests/redaction/score.mjs'), join(dir, `gold-${lang}.jsonl`), join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' }),
    );
    expect(score.missing).toBe(0);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('writes one line per input with redacted text and placeholders', () => {
    const first = JSON.parse(pred.split('\n')[0]);
    expect(first).toEqual({ id: 'dev-01', spans: expect.any(Array), redacted: expect.stringContaining('[PERSON]') });
    expect(first.redacted).not.toContain('Aigerim');
    expect(first.redacted).toContain('[ADDRESS]');
  });
});
