import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
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

/**
 * A Redis left running by a checkout that was deleted (a CI clone removed and
 * cloned again) still answers PING, but can no longer save and so refuses every
 * write. services.sh must not reuse it: it restarts one that a Casebook
 * checkout started, and refuses, leaving it alone, one that it did not start.
 */
describe('services.sh: a Redis whose files are gone', () => {
  const dir = join(ROOT, '.data/redis');
  const started: number[] = [];
  const others: string[] = [];

  const services = (cwd: string, port: number) =>
    spawnSync('bash', ['scripts/services.sh'], {
      cwd,
      env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${port}/0` },
      encoding: 'utf8',
      timeout: 60_000,
    });
  /** Another checkout: this one's scripts in a temporary directory. */
  const otherCheckout = () => {
    const root = mkdtempSync(join(tmpdir(), 'casebook-checkout-'));
    cpSync(join(ROOT, 'scripts'), join(root, 'scripts'), { recursive: true });
    others.push(root);
    return root;
  };
  const client = (port: number) => new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 1 });
  const configDir = async (port: number) => {
    const redis = client(port);
    try {
      return ((await redis.call('CONFIG', 'GET', 'dir')) as string[])[1];
    } finally {
      redis.disconnect();
    }
  };

  afterAll(async () => {
    for (const port of started) {
      const redis = client(port);
      await redis.call('SHUTDOWN', 'NOSAVE').catch(() => undefined);
      redis.disconnect();
      for (const file of [`dump-${port}.rdb`, `appendonlydir-${port}`, `redis-${port}.conf`, `redis-${port}.log`, `redis-${port}.pid`]) rmSync(join(dir, file), { recursive: true, force: true });
    }
    for (const root of others) rmSync(root, { recursive: true, force: true });
  });

  it('restarts, in this checkout, a Redis that a deleted checkout started, and then writes work', async () => {
    const port = await freePort();
    started.push(port);
    const gone = otherCheckout();
    expect(services(gone, port).status).toBe(0);
    expect(await configDir(port)).toBe(join(gone, '.data/redis'));
    rmSync(gone, { recursive: true, force: true });

    const result = services(ROOT, port);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('restarting it here');
    expect(await configDir(port)).toBe(dir);
    const redis = client(port);
    try {
      expect(await redis.set('casebook:test:write', '1')).toBe('OK');
    } finally {
      redis.disconnect();
    }
    // The second time there is nothing to repair: the same Redis is kept.
    const again = services(ROOT, port);
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain('restarting');
  });

  it('refuses, and does not stop, a Redis it did not start whose directory is gone', async () => {
    const port = await freePort();
    started.push(port);
    const foreign = otherCheckout();
    const server = spawnSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', foreign, '--daemonize', 'yes'], { encoding: 'utf8' });
    expect(server.status).toBe(0);
    for (let i = 0; i < 40 && !(await configDir(port).catch(() => '')); i++) await new Promise((r) => setTimeout(r, 100));
    rmSync(foreign, { recursive: true, force: true });

    const result = services(ROOT, port);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('cannot save its data');
    const redis = client(port);
    try {
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
  });
});
