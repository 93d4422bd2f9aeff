import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redactSecrets } from './redact';

export type { Logger } from 'pino';

/**
 * The one logger factory of every Casebook process: JSON lines on stdout,
 * secrets redacted by key name at any depth. Error objects keep their message
 * and stack (operators need them) but we never put request bodies in logs.
 */
/**
 * Errors as logged: type, message, code, constraint and stack only. Not the
 * other enumerable properties pino would copy: a TypeORM QueryFailedError
 * carries the query's `parameters` (e-mails, password hashes, ciphertexts) and
 * the driver's `detail` ("Key (email)=(…) already exists").
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  return {
    type: e.name,
    message: e.message.slice(0, 500),
    code: e.code ?? e.driverError?.code,
    constraint: e.constraint ?? e.driverError?.constraint,
    stack: e.stack,
  };
}

export function createLogger(
  options: { level?: string; name: string },
  destination: DestinationStream = pino.destination({ sync: false }),
): Logger {
  const config: LoggerOptions = {
    name: options.name,
    level: options.level ?? 'info',
    base: { pid: process.pid, app: options.name },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactSecrets(object) as Record<string, unknown>,
    },
    serializers: {
      err: safeError,
      // Fastify's request serializer: method, url, ids; never headers or body.
      req: (req: { id?: string; method?: string; url?: string; routeOptions?: { url?: string } }) => ({
        id: req.id,
        method: req.method,
        url: req.url?.split('?')[0],
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return pino(config, destination);
}
