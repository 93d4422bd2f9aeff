import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './test-env';

/** Starts a built Casebook process (the API or the worker) and resolves once it says it has started. */
export function startProcess(app: 'api' | 'worker', env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, `dist/apps/${app}/src/main.js`)], { env: { ...process.env, ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      if (out === null) return;
      out += d;
      if (/Casebook (API listening|worker started)/.test(out)) {
        out = null as unknown as string; // keep draining stdout, stop collecting it
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`${app} exited ${code}`)));
  });
}

/** Stops a child process with the signal and waits for it to exit. */
export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

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
