import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { validateEnv } from '@casebook/config';
import { createLogger, NestPinoLogger } from '@casebook/logging';
import { Writable } from 'node:stream';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/**
 * Starts the real worker (outbox relay and processors) in this process. Jest
 * runs the TypeScript sources, and detector threads load compiled JavaScript,
 * so here the detector runs on the main thread; the workers the tests start
 * as processes (from dist) use threads, as in production.
 */
export async function startWorker(overrides: Record<string, string> = {}): Promise<INestApplicationContext> {
  const env = validateEnv({ ...process.env, REDACTION_THREADS: '0', ...overrides });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), {
    logger: new NestPinoLogger(createLogger({ name: 'worker', level: 'warn' }, sink)),
  });
  await app.init();
  return app;
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
export async function eventually<T>(check: () => Promise<T>, deadlineMs = 20_000, everyMs = 200): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > deadlineMs) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
