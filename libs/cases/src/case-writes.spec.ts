import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Every write to a case row goes through CaseRepository (and every status
 * change through the lifecycle): no other file of the application updates
 * cases, by SQL or through TypeORM. Migrations define the schema and are
 * left out; tests and benchmarks may set up rows as they need.
 */
describe('case writes', () => {
  it('happen in the case repository only', () => {
    const offenders: string[] = [];
    for (const file of [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))]) {
      const rel = relative(ROOT, file);
      // Key rotation re-encrypts the return reason in place (no change to the case's content or state).
      if (rel === 'libs/cases/src/case.repository.ts' || rel === 'libs/crypto/src/key-rotation.service.ts') continue;
      const text = readFileSync(file, 'utf8');
      if (/UPDATE\s+cases\b/i.test(text) || /\.update\(\s*CaseEntity\b/.test(text) || /getRepository\(\s*CaseEntity\s*\)\s*\.update\(/.test(text)) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });
});
