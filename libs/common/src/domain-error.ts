/**
 * Errors the domain raises on purpose. Each has a stable code; the API maps
 * codes to HTTP statuses in one place (apps/api/src/http/problem-details.ts),
 * and the code becomes the problem `type`, so clients can branch on it.
 */
export type DomainErrorCode =
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'precondition-required'
  | 'invalid-state-transition'
  | 'idempotency-key-reused'
  | 'unprocessable'
  | 'forbidden'
  | 'unauthenticated'
  | 'too-many-requests'
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Extra members for the problem document; never personal data. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
