import { existsSync } from 'node:fs';
import { state, STATE_FILE } from './support';

/** Stops the API and worker the setup started. */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  for (const pid of state().pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
