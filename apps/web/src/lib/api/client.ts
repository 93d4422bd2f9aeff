import createClient from 'openapi-fetch';
import { authFetch, type Problem } from '../session';
import type { components, paths } from './schema';

/** The typed API client: paths and bodies from the OpenAPI document (schema.d.ts, generated), the session's token on every call. */
export const api = createClient<paths>({ baseUrl: '/', fetch: authFetch });

export type Schemas = components['schemas'];

/** The problem document of a failed call, with its status. */
export function problemOf(error: unknown, response: Response): Problem {
  return { status: response.status, ...(typeof error === 'object' && error ? (error as object) : {}) };
}
