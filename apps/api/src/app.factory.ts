import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { withProblemResponses } from './http/openapi-problems';
import type { Env } from '@casebook/config';
import { createLogger, NestPinoLogger, type Logger } from '@casebook/logging';
import { AppModule } from './app.module';
import { MetricsService } from './metrics/metrics.service';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ProblemValidationPipe } from './http/validation.pipe';
import { bodyLimitsFor, jsonShapeViolation } from './http/body-limits';
import { applySecurityHeaders } from './http/security-headers';
import { serveWebApp } from './http/web-app';

export const API_PREFIX = 'api/v1';
export const BODY_LIMIT_BYTES = 256 * 1024;
/** No request body Casebook accepts nests deeper than this (a case: body → incidents → perpetrators → one). */
export const MAX_JSON_DEPTH = 32;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function trustProxySetting(value: string): boolean | string | ((address: string, hop: number) => boolean) {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return (_address, hop) => hop < Number(value);
  return value;
}

/**
 * Builds the HTTP application exactly as `main.ts` runs it; integration tests
 * use the same function so they exercise the real thing.
 */
export async function createApiApp(env: Env, logger: Logger = createLogger({ name: 'api', level: env.LOG_LEVEL })) {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    requestIdHeader: false,
    // Accept a well-formed request id from a proxy; otherwise make one.
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    connectionTimeout: 30_000,
    requestTimeout: 60_000,
  });
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Shutting down (SIGTERM, a rolling restart): Node closes the idle kept-alive connections, and
  // every response still going out says Connection: close, so no client socket holds the server
  // open while the requests in hand are answered before the database and Redis close.
  let closing = false;
  adapter.getInstance().addHook('preClose', async () => {
    closing = true;
  });
  adapter.getInstance().addHook('onSend', async (_request, reply, payload) => {
    if (closing) void reply.header('connection', 'close');
    return payload;
  });

  await applySecurityHeaders(adapter);

  // The API speaks JSON only: Fastify's own JSON parser (with prototype-poisoning
  // protection) stays, behind the route's body limits (bytes, nesting, properties
  // per object, items per array: see body-limits.ts), checked by one linear scan
  // before any recursive code or the validation sees the body; its text/plain
  // parser goes, and Nest adds no parsers, so any other content type is a 415.
  const fastify = adapter.getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  const refuse = (statusCode: number, code: string, message: string) => Object.assign(new Error(message), { statusCode, code });
  // A declared length over the route's limit is refused before the body is read.
  // The connection closes after the answer, so the rest of the body is not even read.
  fastify.addHook('onRequest', async (request, reply) => {
    const declared = Number(request.headers['content-length']);
    if (declared > bodyLimitsFor(request.routeOptions?.url).bytes) {
      void reply.header('connection', 'close');
      throw refuse(413, 'FST_ERR_CTP_BODY_TOO_LARGE', 'The body is larger than allowed');
    }
  });
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    const limits = bodyLimitsFor(request.routeOptions?.url);
    if (Buffer.byteLength(text) > limits.bytes) {
      done(refuse(413, 'FST_ERR_CTP_BODY_TOO_LARGE', 'The body is larger than allowed'), undefined);
      return;
    }
    const violation = jsonShapeViolation(text, { ...limits, depth: Math.min(limits.depth, MAX_JSON_DEPTH) });
    if (violation === 'depth') {
      done(refuse(400, 'CASEBOOK_JSON_TOO_DEEP', 'The JSON body is nested deeper than allowed'), undefined);
      return;
    }
    if (violation) {
      done(refuse(400, 'CASEBOOK_JSON_TOO_WIDE', 'The JSON body has more properties or items than allowed'), undefined);
      return;
    }
    parseJson(request, text, done);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env), adapter, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: 'app.webmanifest', method: RequestMethod.GET },
    ],
  });
  // Request latency and status by route pattern (never the raw URL: ids are not labels).
  const metrics = app.get(MetricsService);
  adapter.getInstance().addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) metrics.httpErrors.inc({ route });
  });
  await serveWebApp(adapter);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(new ProblemValidationPipe());

  const document = withProblemResponses(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Casebook API')
      .setDescription('Anonymised documentation of human-rights violations. Errors are RFC 9457 problem details.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  ));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', yamlDocumentUrl: undefined, useGlobalPrefix: false });
  return app;
}
