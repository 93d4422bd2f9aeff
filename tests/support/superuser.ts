import { execFileSync } from 'node:child_process';

/**
 * Runs SQL as the PostgreSQL superuser on the test database (through the
 * local socket, as the postgres OS user), to do what the application role
 * cannot: here, tampering with the audit log behind the triggers' back.
 */
export function asSuperuser(sql: string): string {
  const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  const port = new URL(process.env.DATABASE_URL!).port || '5432';
  const args = ['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '/var/run/postgresql', '-p', port, '-d', database, '-tAc', sql];
  const command = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...args] : ['sudo', '-n', '-u', 'postgres', ...args];
  return execFileSync(command[0], command.slice(1), { encoding: 'utf8' });
}
