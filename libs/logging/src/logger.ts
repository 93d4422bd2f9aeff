import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redactSecrets } from './redact';

export type { Logger } from 'pino';

/**
 * The one logger factory of every Casebook process: JSON lines on stdout,
 * secrets redacted by key name at any depth. Error objects keep their message
 * and stack (operators need them) but we never put request bodies in logs.
 */
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
      err: pino.stdSerializers.err,
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
