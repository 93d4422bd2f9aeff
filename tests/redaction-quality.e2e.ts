import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/test-env';

/**
 * The detector's measured quality on the four annotated dev sets, per set and
 * per language, as the operators measure it: through `npm run --silent redact`
 * and the scorer. Targets: span recall ≥ 0.99 (a span counts only when fully
 * covered) and character precision ≥ 0.92 on each set and language (the
 * held-out sets, which the project does not have, aim at 0.98 and 0.90). The per-type figures are printed so
 * CI logs show where a change moved them.
 */
const SETS = ['devset', 'devset2', 'devset-cee', 'devset3'];
const dir = mkdtempSync(join(tmpdir(), 'casebook-redaction-'));

/** The CLI's output for JSONL input, as `npm run --silent redact` writes it. */
async function redact(input: string): Promise<string> {
  const child = promisify(execFile)('npm', ['run', '--silent', 'redact'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  child.child.stdin!.end(input);
  return (await child).stdout;
}

function run(set: string): { gold: string; pred: string } {
  const gold = execFileSync('node', [join(ROOT, 'tests/redaction/build.mjs'), join(ROOT, `tests/redaction/${set}.txt`)], { encoding: 'utf8' });
  const pred = execFileSync('npm', ['run', '--silent', 'redact'], { cwd: ROOT, input: gold, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(dir, `${set}.pred.jsonl`), pred);
  return { gold, pred };
}

describe.each(SETS)('redaction quality on %s', (set) => {
  const { gold, pred } = run(set);

  it.each(['en', 'ru'])('meets the targets for %s', (lang) => {
    const lines = gold.split('\n').filter((line) => line.trim() && JSON.parse(line).lang === lang);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    writeFileSync(join(dir, `${set}.gold-${lang}.jsonl`), `${lines.join('\n')}\n`);
    const score = JSON.parse(
      execFileSync('node', [join(ROOT, 'tests/redaction/score.mjs'), join(dir, `${set}.gold-${lang}.jsonl`), join(dir, `${set}.pred.jsonl`), '--json'], { encoding: 'utf8' }),
    );
    const types = Object.entries(score.byType as Record<string, { total: number; redacted: number }>)
      .map(([type, t]) => `${type} ${t.redacted}/${t.total}`)
      .join(', ');
    process.stdout.write(`${set} ${lang}: recall ${score.recall.toFixed(3)}, precision ${score.precision.toFixed(3)} (${types})\n`);
    expect(score.missing).toBe(0);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
    expect(score.precision).toBeGreaterThanOrEqual(0.92);
  });

  if (set === 'devset') {
    it('writes one line per input with redacted text and placeholders', () => {
      const first = JSON.parse(pred.split('\n')[0]);
      expect(first).toEqual({ id: 'dev-01', spans: expect.any(Array), redacted: expect.stringContaining('[PERSON]') });
      expect(first.redacted).not.toContain('Aigerim');
      expect(first.redacted).toContain('[ADDRESS]');
    });
  }
});

/**
 * The held-out sets written for issue 25 by writers who had seen no code, kept after they were scored (each set's score on
 * the build of its day is in tests/redaction/kept/README.md). The detector was changed for what they leaked, so they are
 * no longer held out: they guard against losing what was learnt. Floors below today's figures, per set and pooled.
 */
const KEPT_DIR = join(ROOT, 'tests/redaction/kept');
const KEPT = readdirSync(KEPT_DIR).filter((file) => file.endsWith('.txt')).sort();

describe('redaction quality on the kept held-out sets', () => {
  const golds = KEPT.map((file) => execFileSync('node', [join(ROOT, 'tests/redaction/build.mjs'), join(KEPT_DIR, file)], { encoding: 'utf8' }));
  const all = golds.join('');
  // (Each set is scored against its own lines of the output, which the scorer reads faster than all of them.)
  const predById = new Map<string, string>();
  beforeAll(async () => {
    // (The CLI reads on one core, as operators run it; the sets are split between as many runs as the machine has cores, two
    // at most, which halves this file's time on CI's two cores and changes no figure: each narrative is read alone.)
    const lines = all.split('\n').filter((line) => line.trim());
    const parts = Math.max(1, Math.min(2, availableParallelism()));
    const size = Math.ceil(lines.length / parts);
    const preds = await Promise.all(
      Array.from({ length: parts }, (_, k) => redact(`${lines.slice(k * size, (k + 1) * size).join('\n')}\n`)),
    );
    const pred = preds.join('');
    writeFileSync(join(dir, 'kept.pred.jsonl'), pred);
    for (const line of pred.split('\n').filter((l) => l.trim())) predById.set(String((JSON.parse(line) as { id: unknown }).id), line);
  }, 600_000);
  const score = (gold: string, name: string) => {
    writeFileSync(join(dir, `${name}.gold.jsonl`), gold);
    const ids = gold.split('\n').filter((line) => line.trim()).map((line) => String((JSON.parse(line) as { id: unknown }).id));
    writeFileSync(join(dir, `${name}.pred.jsonl`), ids.map((id) => predById.get(id) ?? '').filter(Boolean).join('\n') + '\n');
    return JSON.parse(execFileSync('node', [join(ROOT, 'tests/redaction/score.mjs'), join(dir, `${name}.gold.jsonl`), join(dir, `${name}.pred.jsonl`), '--json'], { encoding: 'utf8' })) as {
      recall: number;
      precision: number;
      missing: number;
    };
  };

  it('has the sets', () => {
    expect(KEPT.length).toBeGreaterThanOrEqual(20);
  });

  it.each(KEPT.map((file, k) => [file, k] as const))('keeps recall and precision on %s', (file, k) => {
    const s = score(golds[k], file.replace(/\.txt$/, ''));
    process.stdout.write(`kept ${file}: recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}\n`);
    expect(s.missing).toBe(0);
    expect(s.recall).toBeGreaterThanOrEqual(0.96);
    expect(s.precision).toBeGreaterThanOrEqual(0.88);
  });

  it('keeps recall and precision on all of them pooled', () => {
    const s = score(all, 'kept-all');
    process.stdout.write(`kept, pooled: recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}\n`);
    expect(s.recall).toBeGreaterThanOrEqual(0.985);
    expect(s.precision).toBeGreaterThanOrEqual(0.92);
  });
});
