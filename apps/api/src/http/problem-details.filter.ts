import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fieldCode, fieldDetail, pickLanguage, VALIDATION_SUMMARY } from '@casebook/common';
import { type FieldError, PROBLEM_CONTENT_TYPE, type ProblemDetails, toProblem } from './problem-details';

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
    const language = pickLanguage(request.headers['accept-language']);
    localiseFieldErrors(body, language);
    if (body.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    const retryAfter = body.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(Math.ceil(retryAfter)));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).header('content-language', language).header('vary', 'Accept-Language').send(body);
  }
}

/** Gives every field error its machine code and a detail in the reader's language. */
function localiseFieldErrors(body: ProblemDetails, language: 'en' | 'ru'): void {
  if (!Array.isArray(body.errors)) return;
  body.errors = body.errors.map((error: FieldError) => {
    const coded = error.code ? { code: error.code, params: error.params ?? {} } : fieldCode(error.message);
    return { ...error, code: coded.code, params: coded.params, detail: fieldDetail(error.message, coded, language) };
  });
  if (body.type.endsWith(':validation-failed')) body.detail = VALIDATION_SUMMARY[language];
}
