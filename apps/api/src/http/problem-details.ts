import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorCode } from '@casebook/common';
import { MAX_FIELD_ERRORS } from './body-limits';

/** One bad field: a JSON pointer into the body, or the name of a query/path parameter. */
export interface FieldError {
  pointer?: string;
  parameter?: string;
  /** English, as the API has always sent it. */
  message: string;
  /** Stable machine code (e.g. `required`, `in-future`, `too-long`) with its parameters; set by the filter. */
  code?: string;
  params?: Record<string, string | number>;
  /** The message in the language of the request's Accept-Language (English or Russian); set by the filter. */
  detail?: string;
}

/** RFC 9457 problem details, as every error of the API is sent. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'urn:casebook:problem:';

/** The one table from domain error codes to HTTP. */
const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  'not-found': 404,
  conflict: 409,
  'precondition-failed': 412,
  'precondition-required': 428,
  'invalid-state-transition': 409,
  'idempotency-key-reused': 422,
  unprocessable: 422,
  forbidden: 403,
  unauthenticated: 401,
  'too-many-requests': 429,
  unavailable: 503,
};

/** Raised by the validation pipe; carries every bad field. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('The request has invalid fields');
    this.name = 'RequestValidationError';
  }
}

/** Fastify's own errors a client can cause, before Nest sees the request. */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type', detail: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request', detail: 'The Content-Length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed-json', detail: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed-json', detail: 'The body is not valid JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload-too-large', detail: 'The body is larger than allowed' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported-media-type', detail: 'The Content-Type header is invalid' },
  CASEBOOK_JSON_TOO_DEEP: { status: 400, code: 'json-too-deep', detail: 'The JSON body is nested deeper than this route accepts' },
  CASEBOOK_JSON_TOO_WIDE: { status: 400, code: 'json-too-wide', detail: 'An object or array of the JSON body has more properties or items than this route accepts' },
};

function slug(status: number): string {
  return (HttpStatus[status] ?? 'error').toLowerCase().replace(/_/g, '-');
}

function titleOf(status: number): string {
  const name = HttpStatus[status] ?? 'ERROR';
  return name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' ');
}

function problem(status: number, code: string, detail: string, instance: string, extra: Record<string, unknown> = {}): ProblemDetails {
  // A short answer whatever was sent: the first field errors, and a flag that there were more.
  const errors = extra.errors;
  if (Array.isArray(errors) && errors.length > MAX_FIELD_ERRORS) extra = { ...extra, errors: errors.slice(0, MAX_FIELD_ERRORS), errorsTruncated: true };
  // Extension members never override the standard ones.
  return { ...extra, type: `${TYPE_BASE}${code}`, title: titleOf(status), status, detail, instance };
}

/**
 * Maps anything thrown while handling a request to a problem document. Pure:
 * the filter adds headers and logging. Unknown errors become a bare 500 that
 * reveals nothing about the cause.
 */
export function toProblem(error: unknown, instance: string): ProblemDetails {
  if (error instanceof RequestValidationError) {
    return problem(400, 'validation-failed', 'The request has invalid fields; see errors', instance, { errors: error.errors });
  }
  if (error instanceof DomainError) {
    return problem(DOMAIN_STATUS[error.code], error.code, error.message, instance, error.details);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? ((response as { message: string[] }).message.join('; '))
          : String((response as { message?: unknown }).message ?? error.message);
    if (status === 400 && /not valid JSON|Unexpected .* in JSON|JSON at position/i.test(message)) {
      return problem(400, 'malformed-json', 'The body is not valid JSON', instance);
    }
    const detail = status === 404 && message.startsWith('Cannot ') ? 'No such resource' : message;
    // Terminus reports which dependency is down; that is useful and not sensitive.
    const checks = typeof response === 'object' ? (response as { details?: unknown }).details : undefined;
    return problem(status, slug(status), detail, instance, checks ? { checks } : {});
  }
  if (error instanceof Error && error.name === 'DecryptionError') {
    // Fails closed: the configured keys cannot open a stored record. An operator's problem, not the client's.
    return problem(500, 'encryption-key-unavailable', 'A record could not be decrypted with the configured keys; an operator has been alerted', instance);
  }
  if (isDatabaseUnavailable(error)) {
    // PostgreSQL is restarting or unreachable: a temporary condition, retry shortly. The pool reconnects by itself.
    return problem(503, 'unavailable', 'The database is unavailable; retry shortly', instance, { retryAfterSeconds: 5 });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FASTIFY_CODES[code]) {
    const known = FASTIFY_CODES[code];
    return problem(known.status, known.code, known.detail, instance);
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (error instanceof SyntaxError && status === 400) {
    return problem(400, 'malformed-json', 'The body is not valid JSON', instance);
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problem(status, slug(status), titleOf(status), instance);
  }
  return problem(500, 'internal-error', 'Something went wrong on our side; it has been logged', instance);
}

/** Connection-level failures of PostgreSQL (not errors in a query). */
const DB_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (code && DB_UNAVAILABLE_CODES.has(code)) return true;
  return typeof e?.message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e.message);
}
