import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Every operation of the API answers errors with one shape: an RFC 9457
 * problem document whose `errors` name each bad field with a machine code.
 * This declares it once, in the OpenAPI document, as each operation's
 * `default` response, so the generated client types every error.
 */
export function withProblemResponses(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  document.components.schemas = schemas;
  schemas.FieldError = {
    type: 'object',
    required: ['message', 'code'],
    properties: {
      pointer: { type: 'string', description: 'JSON pointer into the body', example: '/interviewMonth' },
      parameter: { type: 'string', description: 'name of the bad query, path parameter or header' },
      message: { type: 'string', description: 'English, for developers', example: 'must not be in the future' },
      code: { type: 'string', description: 'stable machine code, e.g. required, in-future, too-long, unknown-term, not-a-region', example: 'in-future' },
      params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'the code’s parameters, e.g. { max: 80 }' },
      detail: { type: 'string', description: 'the message in the language of Accept-Language (en or ru)', example: 'Дата не может быть в будущем' },
    },
  };
  schemas.ProblemDetails = {
    type: 'object',
    required: ['type', 'title', 'status', 'detail', 'instance'],
    properties: {
      type: { type: 'string', example: 'urn:casebook:problem:validation-failed' },
      title: { type: 'string', example: 'Bad request' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string' },
      instance: { type: 'string', example: '/api/v1/cases' },
      requestId: { type: 'string' },
      errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
      errorsTruncated: { type: 'boolean', description: 'more fields were bad than are listed' },
      retryAfterSeconds: { type: 'number' },
    },
    additionalProperties: true,
  };
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses ??= {};
      operation.responses.default ??= {
        description: 'An RFC 9457 problem document',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
      };
    }
  }
  return document;
}
