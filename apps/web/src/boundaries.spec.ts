import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The web app's boundaries (no eslint here, so a test): a feature never imports another feature
 * (what two share lives in components/ or lib/); components/ never imports a feature; and nothing
 * reaches outside apps/web/src but packages and the declared entries into server code (the paths
 * of apps/web/tsconfig.json, which vite.config.ts aliases the same way). Specs are not shipped to
 * the browser and are left out.
 */
const SRC = __dirname;
const WEB = resolve(SRC, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(SRC, path).split(sep).join('/');
const importsOf = (text: string) =>
  [...text.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);

const tsconfig = JSON.parse(readFileSync(join(WEB, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths?: Record<string, string[]> } };
const ALIASES = tsconfig.compilerOptions.paths ?? {};
const files = sources(SRC).map((path) => ({ path, name: rel(path), imports: importsOf(readFileSync(path, 'utf8')) }));

/** The feature a path in src/ belongs to, if any. */
const featureOf = (name: string) => /^features\/([^/]+)\//.exec(name)?.[1];

describe('the web app’s boundaries', () => {
  it('reads the imports it checks', () => {
    expect(files.length).toBeGreaterThan(30);
    const review = files.find((f) => f.name === 'features/admin/review-page.tsx')!;
    expect(review.imports).toEqual(expect.arrayContaining(['react', '@casebook/redaction/apply', './api/redaction']));
  });

  it('keeps features apart, components free of features, and everything inside src/ but packages and declared entries', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const spec of file.imports) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file.path), spec);
          const name = rel(target);
          if (name.startsWith('..')) broken.push(`${file.name} reaches outside src/: ${spec} (declare an entry in apps/web/tsconfig.json and vite.config.ts)`);
          else if (featureOf(file.name) && featureOf(name) && featureOf(name) !== featureOf(file.name)) broken.push(`${file.name} imports another feature: ${spec}`);
          else if (file.name.startsWith('components/') && name.startsWith('features/')) broken.push(`${file.name} (a component) imports a feature: ${spec}`);
        } else if (spec.startsWith('@casebook/') && !(spec in ALIASES)) {
          broken.push(`${file.name} imports undeclared server code: ${spec}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('declares each entry into server code once, for the compiler and for Vite alike, to a file that exists', () => {
    const vite = readFileSync(join(WEB, 'vite.config.ts'), 'utf8');
    expect(Object.keys(ALIASES).sort()).toEqual(['@casebook/common/field-messages', '@casebook/redaction/apply']);
    for (const [alias, [target]] of Object.entries(ALIASES)) {
      expect([alias, existsSync(resolve(WEB, target))]).toEqual([alias, true]);
      // Vite resolves the alias to the same file.
      const escaped = alias.replace(/\//g, '\\/');
      expect([alias, vite.includes(`/^${escaped}$/`) && vite.includes(target.replace(/^\.\.\/\.\.\//, "'../../"))]).toEqual([alias, true]);
    }
  });
});
