import { PERPETRATOR_QUESTION, QUESTION_STATUSES, type Vocabulary } from '@casebook/database';
import type { ActiveCodes } from '@casebook/taxonomy';
import type { CaseInput, FieldProblem } from './case-input';


function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** What the rules need besides the active codes: the region vocabulary and the groups of abuse categories. */
export interface CaseRuleContext {
  /** Region code → its country. */
  regionCountries: ReadonlyMap<string, string>;
  /** Abuse category → its group (the unit of "was the respondent asked about ..."). */
  abuseGroups: ReadonlyMap<string, string>;
}

const NO_CONTEXT: CaseRuleContext = { regionCountries: new Map(), abuseGroups: new Map() };

/**
 * The rules a submitted case must satisfy beyond its shape: every code is an
 * active taxonomy term, every country is one of the region list, a region
 * belongs to its country, nothing is in the
 * future, consent to research was given, and no answer is recorded to a
 * question the respondent was not asked or declined. Pure; returns one problem
 * per bad field.
 */
export function caseProblems(input: CaseInput, codes: ActiveCodes, now: Date, context: CaseRuleContext = NO_CONTEXT): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const code = (vocabulary: Vocabulary, value: string, pointer: string) => {
    if (!codes.get(vocabulary)?.has(value)) problems.push({ pointer, message: `is not an active ${vocabulary.replace(/_/g, ' ')} code` });
  };
  const current = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);

  const [iy, im] = input.interviewMonth.split('-').map(Number);
  if (monthIndex(iy, im) > current) problems.push({ pointer: '/interviewMonth', message: 'must not be in the future' });
  if (iy < 1990) problems.push({ pointer: '/interviewMonth', message: 'must be 1990 or later' });
  const recorded = new Date(`${input.consent.recordedOn}T00:00:00Z`);
  if (Number.isNaN(recorded.getTime()) || recorded.toISOString().slice(0, 10) !== input.consent.recordedOn) {
    problems.push({ pointer: '/consent/recordedOn', message: 'must be a valid date' });
  } else if (recorded.getTime() > now.getTime()) {
    problems.push({ pointer: '/consent/recordedOn', message: 'must not be in the future' });
  }
  if (!input.consent.research) {
    problems.push({ pointer: '/consent/research', message: 'must be true: Casebook records only cases consented for research' });
  }

  // Countries: exactly those of the region list (ISO 3166-1 alpha-2, upper case); anything else is a field error.
  const countries = new Set(context.regionCountries.values());
  const country = (value: string, pointer: string) => {
    if (!countries.has(value)) problems.push({ pointer, message: 'is not an ISO 3166-1 alpha-2 country code of the region list' });
  };
  country(input.country, '/country');
  input.incidents.forEach((incident, i) => country(incident.country, `/incidents/${i}/country`));

  const region = (value: string | null | undefined, country: string, pointer: string) => {
    if (value === null || value === undefined) return;
    const of = context.regionCountries.get(value);
    if (!of) problems.push({ pointer, message: 'is not an ISO 3166-2 region code Casebook knows' });
    else if (of !== country) problems.push({ pointer, message: `is a region of ${of}, not of ${country}` });
  };
  region(input.regionCode, input.country, '/regionCode');

  const groups = new Set(context.abuseGroups.values());
  const unasked = new Set<string>();
  for (const [question, status] of Object.entries(input.questions ?? {})) {
    const pointer = `/questions/${question}`;
    if (question !== PERPETRATOR_QUESTION && !groups.has(question)) problems.push({ pointer, message: `must be an abuse group (${[...groups].sort().join(', ')}) or "${PERPETRATOR_QUESTION}"` });
    else if (!(QUESTION_STATUSES as readonly string[]).includes(status)) problems.push({ pointer, message: `must be one of ${QUESTION_STATUSES.join(', ')}` });
    else if (status !== 'asked') unasked.add(question);
  }

  code('gender', input.respondent.gender, '/respondent/gender');
  code('age_band', input.respondent.ageBand, '/respondent/ageBand');
  code('work_setting', input.respondent.workSetting, '/respondent/workSetting');
  code('migrant_status', input.respondent.migrantStatus, '/respondent/migrantStatus');

  input.incidents.forEach((incident, i) => {
    const at = `/incidents/${i}`;
    const when = monthIndex(incident.year, incident.month ?? 1);
    if (when > current) problems.push({ pointer: incident.month ? `${at}/month` : `${at}/year`, message: 'must not be in the future' });
    code('location_type', incident.locationType, `${at}/locationType`);
    region(incident.regionCode, incident.country, `${at}/regionCode`);
    code('reported_to_authorities', incident.reportedToAuthorities, `${at}/reportedToAuthorities`);
    incident.perpetrators.forEach((p, j) => {
      code('perpetrator_type', p.type, `${at}/perpetrators/${j}/type`);
      // Who did it was not asked or declined: the only honest answer is "unknown".
      if (unasked.has(PERPETRATOR_QUESTION) && p.type !== 'unknown') {
        problems.push({ pointer: `${at}/perpetrators/${j}/type`, message: 'must be "unknown": the respondent was not asked about perpetrators or declined' });
      }
      code('involvement', p.involvement, `${at}/perpetrators/${j}/involvement`);
    });
    incident.abuses.forEach((a, j) => {
      code('abuse_category', a, `${at}/abuses/${j}`);
      const group = context.abuseGroups.get(a);
      if (group && unasked.has(group)) problems.push({ pointer: `${at}/abuses/${j}`, message: `cannot be recorded: the respondent was not asked about ${group} abuse or declined` });
    });
  });
  return problems;
}
