import { fieldId } from '../../components/field/field';
import type { ApiFieldError } from '../../lib/field-errors';
import type { Term } from '../../lib/api/vocabularies';
import { type CaseBody, emptyIncident, type QuestionStatus } from './local-cases';

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

/**
 * An error of the form, kept as what it means (a translation key and its
 * values, or the server's field error) and put into words when it is shown:
 * switching the language re-words the errors on screen.
 */
export type FormError = { key: string; params?: Record<string, string | number> } | { api: ApiFieldError };
export type FormErrors = Record<string, FormError>;

export interface Messages {
  groupOf: (category: string) => string;
  /** Now (the latest year an incident can be in). */
  now?: Date;
}

/**
 * A question still to answer after "not every question was asked": kept only on the device, never sent (the questions
 * step, and so every submission, stops at it). The API's type has no such status, hence the cast.
 */
export const UNANSWERED = '' as QuestionStatus;

/** The earliest year the server accepts. */
export const FIRST_YEAR = 1990;

const blank = (value: unknown) => value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/** GOV.UK-style messages by control: "Select …" for a choice, "Enter …" for something typed. */
const SELECT = { key: 'form.errors.select' };
const SELECT_SOME = { key: 'form.errors.selectSome' };

/** What one incident still needs (the server checks everything again). */
export function incidentMissing(body: CaseBody, i: number, m: Messages): FormErrors {
  const errors: FormErrors = {};
  const incident = body.incidents[i];
  if (!incident) return errors;
  const need = (pointer: string, value: unknown, error: FormError = SELECT) => {
    if (blank(value)) errors[fieldId(pointer)] = error;
  };
  const last = (m.now ?? new Date()).getFullYear();
  // A year as typed: four digits from 1990 to this year (nothing typed is changed behind the person's back).
  const year = incident.year;
  if (year === undefined || year === null || !Number.isInteger(year) || year < FIRST_YEAR || year > last) {
    errors[fieldId(`/incidents/${i}/year`)] = { key: 'form.errors.year', params: { min: FIRST_YEAR, max: last } };
  }
  need(`/incidents/${i}/country`, incident.country);
  need(`/incidents/${i}/locationType`, incident.locationType);
  incident.perpetrators.forEach((p, j) => {
    need(`/incidents/${i}/perpetrators/${j}/type`, p.type);
    if (p.count !== undefined && p.count !== null && !(Number.isInteger(p.count) && p.count >= 1)) errors[fieldId(`/incidents/${i}/perpetrators/${j}/count`)] = { key: 'form.errors.count' };
  });
  need(`/incidents/${i}/abuses`, incident.abuses, SELECT_SOME);
  // An answer to a question that was not asked (or declined) cannot be recorded.
  if (incident.abuses.some((a) => (body.questions?.[m.groupOf(a)] ?? 'asked') !== 'asked')) errors[fieldId(`/incidents/${i}/abuses`)] = { key: 'form.abuseNotAsked' };
  need(`/incidents/${i}/reportedToAuthorities`, incident.reportedToAuthorities);
  return errors;
}

/** What must be filled in before a step can be left (all incidents for the incidents step). */
export function missing(body: CaseBody, step: Step, m: Messages): FormErrors {
  const errors: FormErrors = {};
  const need = (pointer: string, value: unknown, error: FormError = SELECT) => {
    if (blank(value)) errors[fieldId(pointer)] = error;
  };
  if (step === 'interview') {
    need('/interviewMonth', body.interviewMonth, { key: 'form.errors.interviewMonth' });
    need('/country', body.country);
  }
  if (step === 'consent') {
    // The server's rule, checked here already: a case is recorded only with consent to research.
    if (!body.consent.research) errors[fieldId('/consent/research')] = { key: 'form.errors.consent-required' };
    need('/consent/recordedOn', body.consent.recordedOn, { key: 'form.errors.recordedOn' });
  }
  if (step === 'questions') {
    // Never preselected: the main answer is required; after "No", an answer to each question (none saved as "asked" unseen).
    if (body.questions === undefined) errors[fieldId('/questions/all')] = { key: 'form.errors.questionsAll' };
    for (const [q, status] of Object.entries(body.questions ?? {})) if (!status) errors[fieldId(`/questions/${q}`)] = { key: 'form.errors.question' };
  }
  if (step === 'respondent') for (const key of ['gender', 'ageBand', 'workSetting', 'migrantStatus'] as const) need(`/respondent/${key}`, body.respondent[key]);
  if (step === 'incidents') body.incidents.forEach((_, i) => Object.assign(errors, incidentMissing(body, i, m)));
  return errors;
}

/** Everything a submission needs, every step. */
export const missingAll = (body: CaseBody, m: Messages): FormErrors => STEPS.reduce<FormErrors>((acc, s) => ({ ...acc, ...missing(body, s, m) }), {});

/** An incident nobody has touched since "Add another incident" (Back drops it again). */
export const untouched = (incident: CaseBody['incidents'][number]) => JSON.stringify(incident) === JSON.stringify(emptyIncident());

/** The first incident that still needs something, if any. */
export function firstIncomplete(body: CaseBody, m: Messages): number | undefined {
  const i = body.incidents.findIndex((_, n) => Object.keys(incidentMissing(body, n, m)).length > 0);
  return i < 0 ? undefined : i;
}
