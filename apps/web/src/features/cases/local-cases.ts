import { problemOf } from '../../lib/api/client';
import { lastRefreshRefused, type Problem, refresh, sessionGeneration, token } from '../../lib/session';
import * as vault from '../../lib/vault';
import { type CaseResponse, createCase, fetchCase, submitCase, updateCase } from './api/cases';
import { type CaseBody, toApi, toCreate } from './case-body';

export type { CaseBody } from './case-body';
export type { QuestionStatus } from './api/cases';
export { emptyBody, emptyIncident, toApi } from './case-body';

export type LocalState = 'editing' | 'waiting' | 'sending' | 'refused' | 'conflict';

/**
 * A case kept on the device (encrypted in the vault): being edited, or
 * waiting to be sent. Its Idempotency-Key is fixed when it is first queued,
 * so however often a send is cut off and retried, the server stores it once.
 * Its local copy is deleted as soon as the server has stored it.
 */
export interface LocalCase {
  caseId: string;
  mode: 'create' | 'update';
  /** For edits: the version the edit started from (sent as If-Match). */
  version?: number;
  reference?: string;
  body: CaseBody;
  submit: boolean;
  state: LocalState;
  idempotencyKey: string;
  /** An edit already stored, waiting only for its submission. */
  patched?: boolean;
  /** The server's field errors (problem document), shown beside their fields. */
  errors?: Problem['errors'];
  /** A new case's withdrawal code, shown at consent; sent with the case (the server keeps only its hash), gone with this copy. */
  withdrawalCode?: string;
  /** On a version conflict: the server's version of the case, as the API answered it. */
  server?: CaseResponse;
  /** Why the last send did not get through (shown beside the case; never personal data). */
  lastError?: 'offline' | 'signed-out' | 'server' | 'busy';
  lastAttemptAt?: string;
  /** Where the form was when it was last saved (the step, the incident): it reopens there, after a lock too. */
  at?: FormPosition;
  /** A returned case's reason from the admin, shown while it is edited. */
  returnReason?: string | null;
  /**
   * When the case was started on this phone (or its edit begun): shown on the list, where two cases of the same country
   * and month would otherwise look the same. Absent on copies saved before it was kept.
   */
  startedAt?: string;
  updatedAt: string;
}

/** A screen of the case form (see case-steps.ts). */
export interface FormPosition {
  step: string;
  incident?: number;
  toCheck?: boolean;
}

const PREFIX = 'case:';

export const saveLocal = (item: LocalCase) => vault.put(PREFIX + item.caseId, { ...item, updatedAt: new Date().toISOString() });
export const loadLocal = (caseId: string) => vault.get<LocalCase>(PREFIX + caseId);
export const removeLocal = (caseId: string) => vault.remove(PREFIX + caseId);
/** Runs just before the store locks, while it can still be written (the form saves what was typed a moment ago). */
export const beforeLock = vault.beforeLock;
export const listLocal = async () => (await vault.list<LocalCase>(PREFIX)).map((r) => r.value);

type Outcome = 'stored' | 'waiting' | 'refused' | 'conflict' | 'signed-out';

let running: Promise<void> | null = null;
/** The session generation whose refresh was refused (401): no new refresh until someone signs in. */
let refusedGeneration: number | null = null;
const listeners = new Set<() => void>();

/** Called whenever a queued case changes state (the list shows it at once). */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((l) => l());

/**
 * Sends every case waiting on the device; safe to call at any time: one run
 * at a time, and a call made while a run is going returns that run. (The run
 * is cleared in a `.finally` that always runs after the assignment, so a run
 * that ends before its first await cannot leave a finished promise behind
 * and block every later sync.)
 */
export function syncAll(onChange: () => void = () => undefined): Promise<void> {
  if (running) return running;
  const unsubscribe = onOutboxChange(onChange);
  const run = drain().finally(() => {
    unsubscribe();
    if (running === run) running = null;
  });
  running = run;
  return run;
}

/** True when a case waits to be sent (false while the store is locked: nothing can be read). */
export async function anythingWaiting(): Promise<boolean> {
  if (!vault.isUnlocked()) return false;
  return (await listLocal()).some((i) => i.state === 'waiting' || i.state === 'sending');
}

async function drain(): Promise<void> {
  // Nothing is read and nothing is asked of the server while the store is locked.
  if (!vault.isUnlocked()) return;
  const queue = (await listLocal()).filter((i) => i.state === 'waiting' || i.state === 'sending');
  if (queue.length === 0) return;
  const mark = async (lastError: LocalCase['lastError']) => {
    const stale = queue.filter((i) => i.lastError !== lastError || i.state !== 'waiting');
    for (const item of stale) await saveLocal({ ...item, state: 'waiting', lastError, lastAttemptAt: new Date().toISOString() });
    if (stale.length) changed();
  };
  if (!navigator.onLine) return mark('offline');
  if (!token()) {
    if (refusedGeneration === sessionGeneration()) return mark('signed-out');
    const outcome = await refresh();
    if (!outcome) {
      if (!token() && navigator.onLine && lastRefreshRefused()) refusedGeneration = sessionGeneration();
      return mark(lastRefreshRefused() ? 'signed-out' : 'offline');
    }
  }
  for (const item of queue) {
    await saveLocal({ ...item, state: 'sending' });
    changed();
    const outcome = await send(item).catch(async (): Promise<Outcome> => {
      await saveLocal({ ...item, state: 'waiting', lastError: 'offline', lastAttemptAt: new Date().toISOString() });
      return 'waiting';
    });
    if (outcome === 'stored') await removeLocal(item.caseId);
    changed();
    if (outcome === 'signed-out') break;
  }
}

async function send(item: LocalCase): Promise<Outcome> {
  const back = async (state: LocalState, extra: Partial<LocalCase> = {}) => {
    await saveLocal({ ...item, lastError: undefined, ...extra, state, lastAttemptAt: new Date().toISOString() });
    return state as Outcome;
  };
  if (item.mode === 'create') {
    const { response, error } = await createCase(toCreate(item), item.idempotencyKey);
    return judge(response, error, back);
  }
  let current = item;
  if (!item.patched) {
    const { data, response, error } = await updateCase(item.caseId, item.version ?? 0, toApi(item.body));
    if (response.status === 412) return back('conflict', { server: await fetchCase(item.caseId) });
    if (!response.ok || !data || !item.submit) return judge(response, error, back);
    current = { ...item, patched: true, version: data.version };
    await saveLocal({ ...current, state: 'sending' });
  }
  const submitted = await submitCase(item.caseId);
  return judge(submitted.response, submitted.error, (state, extra) => back(state, { ...extra, patched: current.patched, version: current.version }));
}

async function judge(response: Response, error: unknown, back: (state: LocalState, extra?: Partial<LocalCase>) => Promise<Outcome>): Promise<Outcome> {
  if (response.ok) return 'stored';
  if (response.status === 401) {
    await back('waiting', { lastError: 'signed-out' });
    return 'signed-out';
  }
  if (response.status === 429) return back('waiting', { lastError: 'busy' });
  if (response.status >= 500) return back('waiting', { lastError: 'server' });
  const problem = problemOf(error, response);
  return back('refused', { errors: problem.errors?.length ? problem.errors : [{ pointer: '', message: problem.detail ?? `HTTP ${response.status}` }] });
}
