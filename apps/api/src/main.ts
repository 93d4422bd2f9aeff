import 'reflect-metadata';
import type { Server } from 'node:http';
import { closeOnSignals } from '@casebook/common';
import { loadEnvOrExit } from '@casebook/config';
import { createLogger } from '@casebook/logging';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  const logger = createLogger({ name: 'api', level: env.LOG_LEVEL });
  const app = await createApiApp(env, logger);
  // On SIGTERM the HTTP server closes first: no new connections, requests in hand answered (new ones on
  // kept-alive connections get 503 with Connection: close), and only then do Nest's hooks close the
  // database and Redis. Nest alone would close those first and requests in hand would fail.
  closeOnSignals(app, (error) => logger.error({ err: error }, 'API shutdown failed'), {
    flush: () => logger.flush(),
    drain: async () => {
      // Kept-alive connections become idle as their last response goes out: close them as they do.
      const server = app.getHttpServer() as Server;
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      try {
        await app.getHttpAdapter().close();
      } finally {
        clearInterval(sweep);
      }
    },
  });
  await app.listen({ port: env.PORT, host: env.HOST });
  logger.info({ port: env.PORT }, 'Casebook API listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`Casebook API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
