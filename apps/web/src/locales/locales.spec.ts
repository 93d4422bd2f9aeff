import { en } from './en';
import { ru } from './ru';

/** Every key path of a messages object, and every string value. */
function entries(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

describe('the web app\u2019s languages', () => {
  it('have the same keys in English and Russian, and no empty or untranslated Russian string', () => {
    const english = new Map(entries(en));
    const russian = new Map(entries(ru));
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...russian].filter(([key, text]) => !text.trim() || (text === english.get(key) && !/^(English|Русский)$/.test(text)));
    expect(untranslated).toEqual([]);
    // The same interpolations on both sides.
    for (const [key, text] of english) {
      const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect({ key, vars: vars(russian.get(key)!) }).toEqual({ key, vars: vars(text) });
    }
  });
});

describe('the audit log in words', () => {
  // Imported here (not at the top) to keep the first suite independent of the admin feature.
  const { AUDIT_ACTIONS } = require('../features/admin/audit-actions') as typeof import('../features/admin/audit-actions');
  const { readdirSync, readFileSync, statSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const ROOT = join(__dirname, '../../../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return name.endsWith('.ts') && !/\.(spec|dto)\.ts$|-response\.dto\.ts$/.test(name) ? [path] : [];
    });

  /** Every action the server code records: dotted literals of the audit's kinds, and one per case transition. */
  function recordedActions(): string[] {
    const found = new Set<string>();
    const kinds = 'app|audit|auth|case|disclosure|keys|organisation|privacy|redaction|region_group|release|report|retention|session|synthetic|taxonomy|user|withdrawal';
    const literal = new RegExp(`'((?:${kinds})\\.[a-z_]+(?:\\.[a-z_-]+)*)'`, 'g');
    for (const file of [...files(join(ROOT, 'libs')), ...files(join(ROOT, 'apps/api/src')), ...files(join(ROOT, 'apps/worker/src'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(literal)) if (m[1] !== 'app.webmanifest') found.add(m[1]);
      if (text.includes('`case.${transition}`')) {
        const transitions = readFileSync(join(ROOT, 'libs/cases/src/case-lifecycle.ts'), 'utf8').match(/export type Transition = ([^;]+);/)![1];
        for (const m of transitions.matchAll(/'([a-z]+)'/g)) found.add(`case.${m[1]}`);
      }
    }
    return [...found].sort();
  }

  it('knows every action the server records, in both languages', () => {
    const recorded = recordedActions();
    expect(recorded.length).toBeGreaterThan(30);
    expect(recorded.filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    const words = (messages: typeof en) => (messages.audit.actions as Record<string, string>);
    const key = (a: string) => a.replace(/[.-]/g, '_');
    expect(AUDIT_ACTIONS.filter((a) => !words(en)[key(a)] || !words(ru)[key(a)])).toEqual([]);
  });
});
