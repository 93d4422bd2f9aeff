import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { ROOT } from './support/test-env';

/** A free loopback port, as the kernel hands one out. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Two Redis instances started by scripts/services.sh from one checkout (the
 * demo's and the tests', or any two ports) keep separate data: each its own
 * RDB file and append-only directory, so neither starts with the other's jobs
 * nor overwrites its persistence.
 */
describe('services.sh: one Redis per port, each with its own files', () => {
  const dir = join(ROOT, '.data/redis');
  let ports: number[] = [];

  const services = (port: number) => {
    const result = spawnSync('bash', ['scripts/services.sh'], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${port}/0` },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`services.sh failed: ${result.stderr}`);
  };
  const client = (port: number) => new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 1 });
  const shutdown = async (port: number) => {
    const redis = client(port);
    await redis.call('SHUTDOWN', 'SAVE').catch(() => undefined);
    redis.disconnect();
    for (let i = 0; i < 40 && existsSync(join(dir, `redis-${port}.pid`)); i++) await new Promise((r) => setTimeout(r, 100));
  };

  beforeAll(async () => {
    ports = [await freePort(), await freePort()];
  });
  afterAll(async () => {
    for (const port of ports) {
      await shutdown(port);
      for (const file of [`dump-${port}.rdb`, `appendonlydir-${port}`, `redis-${port}.conf`, `redis-${port}.log`, `redis-${port}.pid`]) rmSync(join(dir, file), { recursive: true, force: true });
    }
  });

  it('starts two instances that do not see, load or overwrite each other’s data, across restarts', async () => {
    const [a, b] = ports;
    services(a);
    services(b);
    for (const port of ports) {
      const conf = readFileSync(join(dir, `redis-${port}.conf`), 'utf8');
      expect(conf).toContain(`dbfilename dump-${port}.rdb`);
      expect(conf).toContain(`appenddirname appendonlydir-${port}`);
    }
    const [ra, rb] = [client(a), client(b)];
    await ra.set('casebook:test:owner', `instance ${a}`);
    await rb.set('casebook:test:owner', `instance ${b}`);
    await ra.set('casebook:test:only-a', '1');
    ra.disconnect();
    rb.disconnect();

    // Both stop (saving), then start again in the other order: each comes back with its own data only.
    await shutdown(a);
    await shutdown(b);
    expect(existsSync(join(dir, `dump-${a}.rdb`))).toBe(true);
    expect(existsSync(join(dir, `dump-${b}.rdb`))).toBe(true);
    expect(existsSync(join(dir, `appendonlydir-${a}`))).toBe(true);
    expect(existsSync(join(dir, `appendonlydir-${b}`))).toBe(true);
    services(b);
    services(a);
    const [ra2, rb2] = [client(a), client(b)];
    try {
      expect(await ra2.get('casebook:test:owner')).toBe(`instance ${a}`);
      expect(await rb2.get('casebook:test:owner')).toBe(`instance ${b}`);
      expect(await ra2.get('casebook:test:only-a')).toBe('1');
      expect(await rb2.get('casebook:test:only-a')).toBeNull();
    } finally {
      ra2.disconnect();
      rb2.disconnect();
    }
  });
});
