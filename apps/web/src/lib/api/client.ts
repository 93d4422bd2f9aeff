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

/** What a typed call answers (openapi-fetch): its data, or the problem document (a proxy's HTML page gives the status alone). */
type Answer = { data?: unknown; error?: unknown; response: Response };
/** The data of a call's success, from its answer's type. */
type DataOf<A> = A extends { data: infer D; error?: never } ? D : never;

/** A typed call's outcome for a screen that says what went wrong: its data, or its problem. */
export type Outcome<D> = { ok: true; data: D; response: Response } | { ok: false; problem: Problem };

export async function outcome<A extends Answer>(call: Promise<A>): Promise<Outcome<DataOf<A>>> {
  const answer = await call;
  if (answer.error !== undefined || !answer.response.ok) return { ok: false, problem: problemOf(answer.error, answer.response) };
  // openapi-fetch answers without an error only with the success branch's data.
  return { ok: true, data: answer.data as DataOf<A>, response: answer.response };
}

/** A typed call's data, for a query: a failure throws an error carrying its problem document. */
export async function dataOf<A extends Answer>(call: Promise<A>): Promise<DataOf<A>> {
  const result = await outcome(call);
  if (!result.ok) throw Object.assign(new Error(String(result.problem.status)), { problem: result.problem });
  return result.data;
}
