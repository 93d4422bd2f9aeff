import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Casebook's version, from the root package.json (found from this file upwards, in sources and in dist). */
function readVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'casebook' && pkg.version) return pkg.version;
  }
  return 'unknown';
}

export const CASEBOOK_VERSION = readVersion();
