import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { closeOnSignals } from '@casebook/common';
import { loadEnvOrExit } from '@casebook/config';
import { createLogger, NestPinoLogger } from '@casebook/logging';
import { WorkerModule } from './worker.module';

/**
 * Starts the worker. On SIGTERM/SIGINT Nest first closes the BullMQ workers
 * (GracefulWorkerHost), which wait for their active jobs to finish, then the
 * detector threads, the database pool and the Redis connections.
 */
async function main(): Promise<void> {
  const env = loadEnvOrExit();
  const logger = createLogger({ name: 'worker', level: env.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: new NestPinoLogger(logger), abortOnError: false });
  closeOnSignals(app, (error) => logger.error({ err: error }, 'worker shutdown failed'), { flush: () => logger.flush() });
  await app.init();
  logger.info('Casebook worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`Casebook worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
