import type { TFunction } from 'i18next';
import type { Region, Term } from '../../../lib/api/vocabularies';
import { formatYearMonth } from '../../../lib/format';
import type { CaseBody } from '../local-cases';

/** One incident in a line of words: when, where, who, what (the incidents list and "check your answers"). */
export function describeIncident(incident: CaseBody['incidents'][number], t: TFunction, vocab: (name: string) => Term[], regions: Region[]): string {
  const label = (name: string, code: string) => vocab(name).find((x) => x.code === code)?.label ?? code;
  const region = incident.regionCode ? regions.find((r) => r.code === incident.regionCode)?.name ?? incident.regionCode : '';
  // In words, in the interface language ("September 2026"), not the computer's "2026-09".
  const when = formatYearMonth(incident.year, incident.month);
  const where = `${incident.country ? t(`countries.${incident.country}`) : ''}${region ? ` (${region})` : ''}`;
  const who = incident.perpetrators.map((p) => (p.type ? label('perpetrator_type', p.type) : '')).filter(Boolean).join(', ');
  const what = incident.abuses.map((a) => label('abuse_category', a)).join(', ');
  return [when, where, [who, what].filter(Boolean).join(': ')].filter(Boolean).join('; ');
}
