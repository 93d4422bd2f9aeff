import { BadRequestException, NotFoundException } from '@nestjs/common';
import { DomainError } from '@casebook/common';
import { RequestValidationError, toProblem } from './problem-details';

describe('toProblem', () => {
  it('maps domain errors through the one table, keeping standard members', () => {
    const p = toProblem(new DomainError('invalid-state-transition', 'nope', { status: 'draft', caseStatus: 'draft' }), '/x');
    expect(p).toMatchObject({ type: 'urn:casebook:problem:invalid-state-transition', status: 409, detail: 'nope', instance: '/x', caseStatus: 'draft' });
  });

  it('lists validation errors', () => {
    expect(toProblem(new RequestValidationError([{ pointer: '/a', message: 'bad' }]), '/x')).toMatchObject({
      status: 400,
      errors: [{ pointer: '/a', message: 'bad' }],
    });
  });

  it('hides unknown errors and Nest route messages', () => {
    const p = toProblem(new Error('connection to 10.0.0.5 refused: password authentication failed'), '/x');
    expect(p).toMatchObject({ status: 500, type: 'urn:casebook:problem:internal-error' });
    expect(JSON.stringify(p)).not.toContain('10.0.0.5');
    expect(toProblem(new NotFoundException('Cannot GET /secret'), '/secret').detail).toBe('No such resource');
    expect(toProblem(new BadRequestException("Body is not valid JSON but content-type is set to 'application/json'"), '/x').type).toBe(
      'urn:casebook:problem:malformed-json',
    );
  });
});

describe('toProblem for an unavailable database', () => {
  it('answers 503 with Retry-After for connection failures, not for query errors', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toProblem(refused, '/x')).toMatchObject({ status: 503, type: 'urn:casebook:problem:unavailable', retryAfterSeconds: 5 });
    expect(toProblem(new Error('Connection terminated unexpectedly'), '/x').status).toBe(503);
    expect(toProblem(Object.assign(new Error('duplicate key'), { code: '23505' }), '/x').status).toBe(500);
  });
});
