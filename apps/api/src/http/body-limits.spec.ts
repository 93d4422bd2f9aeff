import { bodyLimitsFor, DEFAULT_BODY_LIMITS, jsonShapeViolation, PUBLIC_BODY_LIMITS } from './body-limits';
import { toProblem } from './problem-details';
import { RequestValidationError } from './problem-details';

const limits = { depth: 3, properties: 2, items: 3 };

describe('jsonShapeViolation', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonShapeViolation('{"a":[1,{"b":2}]}', limits)).toBeNull();
    expect(jsonShapeViolation('{"a":[1,{"b":[2]}]}', limits)).toBe('depth');
    expect(jsonShapeViolation('{"a":"[[[[[[[[\\"[[[["}', { ...limits, depth: 1 })).toBeNull();
    expect(jsonShapeViolation('['.repeat(20_000) + ']'.repeat(20_000), { ...limits, depth: 32 })).toBe('depth');
  });

  it('counts the properties of each object and the items of each array, not commas in strings', () => {
    expect(jsonShapeViolation('{"a":1,"b":{"c":1,"d":2}}', limits)).toBeNull();
    expect(jsonShapeViolation('{"a":1,"b":2,"c":3}', limits)).toBe('properties');
    expect(jsonShapeViolation('{"a":{"x":1,"y":2,"z":3}}', limits)).toBe('properties');
    expect(jsonShapeViolation('{"a":[1,2,3]}', limits)).toBeNull();
    expect(jsonShapeViolation('{"a":[1,2,3,4]}', limits)).toBe('items');
    expect(jsonShapeViolation('{"a":[[1,2],[3,4],[5,6]]}', limits)).toBeNull();
    expect(jsonShapeViolation('{"a":"1,2,3,4,5","b":"x,y,z"}', limits)).toBeNull();
    expect(jsonShapeViolation('{ }', limits)).toBeNull();
    expect(jsonShapeViolation('[ ]', { ...limits, items: 0 })).toBeNull();
    expect(jsonShapeViolation('[1]', { ...limits, items: 0 })).toBe('items');
  });

  it('stops a 20,000-property body early, in well under a millisecond per kilobyte', () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`p${i}`, i])));
    const started = performance.now();
    expect(jsonShapeViolation(body, PUBLIC_BODY_LIMITS)).toBe('properties');
    expect(jsonShapeViolation(body, DEFAULT_BODY_LIMITS)).toBe('properties');
    expect(performance.now() - started).toBeLessThan(20);
  });
});

describe('bodyLimitsFor', () => {
  it('gives the public auth routes and unmatched URLs the small limits, every other route the default', () => {
    for (const url of ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/password-reset', undefined]) expect(bodyLimitsFor(url)).toBe(PUBLIC_BODY_LIMITS);
    expect(bodyLimitsFor('/api/v1/cases')).toBe(DEFAULT_BODY_LIMITS);
    expect(PUBLIC_BODY_LIMITS).toMatchObject({ bytes: 4096, properties: 16, items: 16 });
  });
});

describe('problem documents stay short', () => {
  it('carries at most 20 field errors, and says that more were cut', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ pointer: `/p${i}`, message: 'is not an allowed property' }));
    const problem = toProblem(new RequestValidationError(many), '/api/v1/auth/login');
    expect(problem.errors).toHaveLength(20);
    expect(problem.errorsTruncated).toBe(true);
    expect(JSON.stringify(problem).length).toBeLessThan(2_000);
    const few = toProblem(new RequestValidationError(many.slice(0, 20)), '/x');
    expect(few.errors).toHaveLength(20);
    expect(few.errorsTruncated).toBeUndefined();
  });
});
