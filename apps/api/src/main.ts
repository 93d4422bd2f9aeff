import 'reflect-metadata';
import { closeOnSignals } from '@casebook/common';
import { loadEnvOrExit } from '@casebook/config';
import { createLogger } from '@casebook/logging';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  const logger = createLogger({ name: 'api', level: env.LOG_LEVEL });
  const app = await createApiApp(env, logger);
  closeOnSignals(app, (error) => logger.error({ err: error }, 'API shutdown failed'), { flush: () => logger.flush() });
  await app.listen({ port: env.PORT, host: env.HOST });
  logger.info({ port: env.PORT }, 'Casebook API listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`Casebook API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
