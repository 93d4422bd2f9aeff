import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { freePort, stopProcess } from './support/processes';
import { eventually, startWorker } from './support/worker';

/** A redis-server of our own (the same binary runs as a sentinel with --sentinel). */
function redisServer(args: string[]): ChildProcess {
  return spawn('redis-server', args, { stdio: 'ignore' });
}

async function role(port: number): Promise<string | null> {
  const client = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 500 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const info = await client.info('replication');
    return /role:(\w+)/.exec(info)?.[1] === 'master' ? 'master' : /master_link_status:up/.test(info) ? 'replica' : 'syncing';
  } catch {
    return null;
  } finally {
    client.disconnect();
  }
}

/**
 * Redis Sentinel, run here with the Debian redis-server binary: a master, a
 * replica and one sentinel on loopback. The API and the worker connect with a
 * redis+sentinel:// URL, jobs flow, the master is killed, the sentinel
 * promotes the replica, and Casebook follows without a restart.
 */
describe('Redis Sentinel', () => {
  const children: ChildProcess[] = [];
  let dir: string;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let interviewer: SignedIn;

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await Promise.all(children.map((c) => stopProcess(c, 'SIGKILL')));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs on a sentinel-managed master and follows a fail-over to the replica', async () => {
    const [masterPort, replicaPort, sentinelPort] = [await freePort(), await freePort(), await freePort()];
    dir = mkdtempSync(join(tmpdir(), 'casebook-sentinel-'));
    // --dir: a replica's full sync writes an RDB file even with --save '', and it must not land in the working tree.
    const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no', '--dir', dir];
    const master = redisServer(['--port', String(masterPort), ...common]);
    const replica = redisServer(['--port', String(replicaPort), ...common, '--replicaof', '127.0.0.1', String(masterPort)]);
    children.push(master, replica);
    await eventually(async () => (await role(replicaPort)) === 'replica', 20_000, 100);
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `port ${sentinelPort}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor casebook 127.0.0.1 ${masterPort} 1`,
        'sentinel down-after-milliseconds casebook 1000',
        'sentinel failover-timeout casebook 10000',
        'sentinel parallel-syncs casebook 1',
        '',
      ].join('\n'),
    );
    children.push(redisServer([conf, '--sentinel']));

    const REDIS_URL = `redis+sentinel://127.0.0.1:${sentinelPort}/casebook`;
    api = await startApi({ REDIS_URL });
    worker = await startWorker({ REDIS_URL });
    db = api.app.get(DataSource);
    interviewer = await signIn(api, 'interviewer', 'Sentinel NGO');
    const submitAndRedact = async () => {
      const r = await http(`${api.url}/api/v1/cases`, { body: { ...caseBody(), submit: true }, token: interviewer.accessToken });
      expect(r.status).toBe(201);
      await eventually(async () => (await db.query(`SELECT status FROM cases WHERE id = $1`, [r.body.id]))[0].status === 'in_review', 30_000);
    };

    expect((await http(`${api.url}/health/ready`)).status).toBe(200);
    await submitAndRedact();
    // The jobs went through the master the sentinel named.
    const direct = new Redis({ host: '127.0.0.1', port: masterPort });
    expect((await direct.keys('{casebook}:redaction:*')).length).toBeGreaterThan(0);
    direct.disconnect();

    // The master dies; the sentinel promotes the replica.
    await stopProcess(master, 'SIGKILL');
    await eventually(async () => (await role(replicaPort)) === 'master', 30_000, 200);
    // Readiness and the queue follow the new master without restarting anything.
    await eventually(async () => (await http(`${api.url}/health/ready`)).status === 200, 30_000, 200);
    await submitAndRedact();
    const promoted = new Redis({ host: '127.0.0.1', port: replicaPort });
    expect(await promoted.exists('{casebook}:redaction:meta')).toBe(1);
    promoted.disconnect();
  }, 120_000);
});
