import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * One typed way from the API to the screens: every call goes through the generated client
 * (lib/api/client.ts, or lib/api/public-client.ts for the session's own calls), every API type
 * is read from the generated OpenAPI types, and nothing is forced past the compiler.
 */
const SRC = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) && entry.name !== 'schema.d.ts' ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({ path: relative(SRC, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
/** Code without its comments (a comment may name what it must not do). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the web app’s API contract', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.path === 'lib/api/client.ts')).toBe(true);
  });

  it('casts nothing past the compiler: no `as never`, no `as unknown as`', () => {
    const found = files
      .map((f) => ({ path: f.path, casts: (code(f.text).match(/\bas\s+never\b|\bas\s+unknown\s+as\b/g) ?? []).length }))
      .filter((f) => f.casts > 0);
    expect(found).toEqual([]);
  });

  it('declares API types only from the generated schema, in the api/ folders', () => {
    const apiFiles = files.filter((f) => /^features\/[^/]+\/api\//.test(f.path) || (f.path.startsWith('lib/api/') && f.path !== 'lib/api/client.ts'));
    expect(apiFiles.length).toBeGreaterThan(8);
    const handWritten = apiFiles.flatMap((f) => {
      const text = code(f.text);
      const interfaces = [...text.matchAll(/^\s*(?:export\s+)?interface\s+(\w+)/gm)].map((m) => `${f.path}: interface ${m[1]}`);
      // An exported type must come from the schema (Schemas[...], paths[...], components[...]).
      const types = [...text.matchAll(/^export\s+type\s+(\w+)(?:<[^=]*>)?\s*=\s*([^;]+);/gm)]
        .filter((m) => !/\b(?:Schemas|paths|components)\[/.test(m[2]))
        .map((m) => `${f.path}: type ${m[1]}`);
      return [...interfaces, ...types];
    });
    expect(handWritten).toEqual([]);
  });

  it('keeps each feature’s calls in its api/ folder, with their query keys', () => {
    const features = readdirSync(join(SRC, 'features'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(features).toEqual(expect.arrayContaining(['admin', 'auth', 'cases', 'home', 'reports']));
    for (const feature of features) {
      const calls = files.some((f) => f.path.startsWith(`features/${feature}/`) && /\b(api|publicApi)\.(GET|POST|PUT|PATCH|DELETE)\(/.test(code(f.text)));
      if (!calls) continue;
      const own = files.filter((f) => f.path.startsWith(`features/${feature}/`));
      const outside = own.filter((f) => !f.path.startsWith(`features/${feature}/api/`) && /\b(api|publicApi)\.(GET|POST|PUT|PATCH|DELETE)\(/.test(code(f.text)));
      expect([feature, outside.map((f) => f.path)]).toEqual([feature, []]);
      expect([feature, own.some((f) => f.path.startsWith(`features/${feature}/api/`) && /queryKey|\bexport const \w+Keys = /.test(f.text))]).toEqual([feature, true]);
    }
  });

  it('talks to the API one way: the typed client (fetch itself only under it, JSON never parsed by hand)', () => {
    const transports = ['lib/session.ts', 'lib/api/public-client.ts'];
    const raw = files.filter((f) => !transports.includes(f.path) && /(^|[^.\w])fetch\(/m.test(code(f.text))).map((f) => f.path);
    expect(raw).toEqual([]);
    // lib/session.ts calls fetch once: authFetch, the typed client's transport.
    expect((code(files.find((f) => f.path === 'lib/session.ts')!.text).match(/(^|[^.\w])fetch\(/gm) ?? []).length).toBe(1);
    const parsed = files.filter((f) => /\.json\(\)/.test(code(f.text))).map((f) => f.path);
    expect(parsed).toEqual([]);
    // The admin feature's own caller is gone.
    expect(files.filter((f) => /\bcall(<[^>]*>)?\('(GET|POST|PUT|PATCH|DELETE)'/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
