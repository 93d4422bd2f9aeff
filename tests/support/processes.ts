import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './test-env';

// One way to start and stop built processes, shared with the benchmarks.
export { startProcess, stopProcess } from '../../bench/support';

/** `npm run cli -- audit:verify`: exit status 0 when the audit chain is intact. */
export function verifyAuditChain(): number | null {
  return spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'audit:verify'], { env: process.env, encoding: 'utf8' }).status;
}

/** A TCP port on loopback that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
