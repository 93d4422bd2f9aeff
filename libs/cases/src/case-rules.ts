import type { Vocabulary } from '@casebook/database';
import type { ActiveCodes } from '@casebook/taxonomy';
import type { CaseInput, FieldProblem } from './case-input';


function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * The rules a submitted case must satisfy beyond its shape: every code is an
 * active taxonomy term, nothing is in the future, consent to research was
 * given. Pure; returns one problem per bad field.
 */
export function caseProblems(input: CaseInput, codes: ActiveCodes, now: Date): FieldProblem[] {
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

  code('gender', input.respondent.gender, '/respondent/gender');
  code('age_band', input.respondent.ageBand, '/respondent/ageBand');
  code('work_setting', input.respondent.workSetting, '/respondent/workSetting');
  code('migrant_status', input.respondent.migrantStatus, '/respondent/migrantStatus');

  input.incidents.forEach((incident, i) => {
    const at = `/incidents/${i}`;
    const when = monthIndex(incident.year, incident.month ?? 1);
    if (when > current) problems.push({ pointer: incident.month ? `${at}/month` : `${at}/year`, message: 'must not be in the future' });
    code('location_type', incident.locationType, `${at}/locationType`);
    code('reported_to_authorities', incident.reportedToAuthorities, `${at}/reportedToAuthorities`);
    incident.perpetrators.forEach((p, j) => {
      code('perpetrator_type', p.type, `${at}/perpetrators/${j}/type`);
      code('involvement', p.involvement, `${at}/perpetrators/${j}/involvement`);
    });
    incident.abuses.forEach((a, j) => code('abuse_category', a, `${at}/abuses/${j}`));
  });
  return problems;
}
