import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem-details';

/**
 * The one place where errors become HTTP responses: every error, from a guard,
 * a pipe, a handler, Fastify's body parser or an unknown route, leaves as
 * `application/problem+json`. Stack traces go to the log, never to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = (request.url ?? '/').split('?')[0];
    const body = toProblem(error, path);
    body.requestId = request.id;
    if (body.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    const retryAfter = body.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(Math.ceil(retryAfter)));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
