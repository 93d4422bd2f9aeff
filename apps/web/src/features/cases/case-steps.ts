import { type FieldErrors, fieldId } from '../../components/field/field';
import type { Term } from '../../lib/api/vocabularies';
import { type CaseBody, emptyIncident } from './local-cases';

export const STEPS = ['interview', 'consent', 'respondent', 'questions', 'incidents', 'narrative', 'check'] as const;
export type Step = (typeof STEPS)[number];
/** The questions an interview may leave out: each abuse group, and who the perpetrators were. */
export const PERPETRATOR_QUESTION = 'perpetrators';

/**
 * Where the person is in the form: a step; on the incidents step, one
 * incident's screen (its index) or, without one, the list of incidents; and
 * whether Continue leads back to "check your answers" (after Change there, or
 * after the server refused something there). Kept with the case, encrypted on
 * the device, so the form reopens here after a lock.
 */
export interface Position {
  step: Step;
  incident?: number;
  toCheck?: boolean;
}

/** The abuse groups of the taxonomy, in its order (the unit of "was the respondent asked about ..."). */
export function abuseGroups(terms: Term[]): string[] {
  return [...new Set(terms.map((t) => t.group ?? 'other'))];
}

/** The screen a field error is on (a server error's JSON pointer). */
export function positionOf(pointer: string): Position {
  if (/^\/(interviewMonth|country|region|regionCode|city)/.test(pointer)) return { step: 'interview' };
  if (pointer.startsWith('/questions')) return { step: 'questions' };
  if (pointer.startsWith('/consent')) return { step: 'consent' };
  if (pointer.startsWith('/respondent')) return { step: 'respondent' };
  const incident = /^\/incidents\/(\d+)/.exec(pointer);
  if (incident) return { step: 'incidents', incident: Number(incident[1]) };
  if (pointer.startsWith('/incidents')) return { step: 'incidents' };
  if (pointer.startsWith('/narrative')) return { step: 'narrative' };
  return { step: 'check' };
}

export interface Messages {
  required: string;
  notAsked: string;
  groupOf: (category: string) => string;
}

/** What one incident still needs (the server checks everything again). */
export function incidentMissing(body: CaseBody, i: number, m: Messages): FieldErrors {
  const errors: FieldErrors = {};
  const incident = body.incidents[i];
  if (!incident) return errors;
  const need = (pointer: string, value: unknown) => {
    if (value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0)) errors[fieldId(pointer)] = m.required;
  };
  need(`/incidents/${i}/year`, incident.year);
  need(`/incidents/${i}/country`, incident.country);
  need(`/incidents/${i}/locationType`, incident.locationType);
  need(`/incidents/${i}/abuses`, incident.abuses);
  // An answer to a question that was not asked (or declined) cannot be recorded.
  if (incident.abuses.some((a) => (body.questions?.[m.groupOf(a)] ?? 'asked') !== 'asked')) errors[fieldId(`/incidents/${i}/abuses`)] = m.notAsked;
  need(`/incidents/${i}/reportedToAuthorities`, incident.reportedToAuthorities);
  incident.perpetrators.forEach((p, j) => need(`/incidents/${i}/perpetrators/${j}/type`, p.type));
  return errors;
}

/** What must be filled in before a step can be left (all incidents for the incidents step). */
export function missing(body: CaseBody, step: Step, m: Messages): FieldErrors {
  const errors: FieldErrors = {};
  const need = (pointer: string, value: unknown) => {
    if (value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0)) errors[fieldId(pointer)] = m.required;
  };
  if (step === 'interview') {
    need('/interviewMonth', body.interviewMonth);
    need('/country', body.country);
  }
  if (step === 'consent') need('/consent/recordedOn', body.consent.recordedOn);
  if (step === 'respondent') for (const key of ['gender', 'ageBand', 'workSetting', 'migrantStatus'] as const) need(`/respondent/${key}`, body.respondent[key]);
  if (step === 'incidents') body.incidents.forEach((_, i) => Object.assign(errors, incidentMissing(body, i, m)));
  return errors;
}

/** Everything a submission needs, every step. */
export const missingAll = (body: CaseBody, m: Messages): FieldErrors => STEPS.reduce<FieldErrors>((acc, s) => ({ ...acc, ...missing(body, s, m) }), {});

/** An incident nobody has touched since "Add another incident" (Back drops it again). */
export const untouched = (incident: CaseBody['incidents'][number]) => JSON.stringify(incident) === JSON.stringify(emptyIncident());

/** The first incident that still needs something, if any. */
export function firstIncomplete(body: CaseBody, m: Messages): number | undefined {
  const i = body.incidents.findIndex((_, n) => Object.keys(incidentMissing(body, n, m)).length > 0);
  return i < 0 ? undefined : i;
}
