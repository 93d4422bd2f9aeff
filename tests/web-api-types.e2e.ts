import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, startApi } from './support/api';

const TYPES = join(__dirname, '..', 'apps', 'web', 'src', 'lib', 'api', 'schema.d.ts');

/**
 * The web app's API client is typed from the OpenAPI document the API builds
 * from its controllers. This test fails when the checked-in types file is out
 * of date; `npm run web:types` rewrites it.
 */
describe('web API types', () => {
  it('match the OpenAPI document of the running API', async () => {
    const api = await startApi();
    try {
      const doc = (await http(`${api.url}/docs/openapi.json`)).body;
      // openapi-typescript is an ES module: run its own command line on the document.
      const dir = mkdtempSync(join(tmpdir(), 'casebook-openapi-'));
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
      const cli = join(__dirname, '..', 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
      const run = spawnSync(process.execPath, [cli, join(dir, 'openapi.json'), '-o', join(dir, 'schema.d.ts')], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const generated = `// Generated from the API's OpenAPI document by \`npm run web:types\`. Do not edit.\n${readFileSync(join(dir, 'schema.d.ts'), 'utf8')}`;
      if (process.env.WRITE_API_TYPES === '1') writeFileSync(TYPES, generated);
      expect(existsSync(TYPES)).toBe(true);
      expect(readFileSync(TYPES, 'utf8')).toBe(generated);
    } finally {
      await api.close();
    }
  });
});
