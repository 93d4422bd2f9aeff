import { useTranslation } from 'react-i18next';
import { type SummaryRow, SummaryList } from '../../../components/summary-list/summary-list';
import type { Region, Term } from '../../../lib/api/vocabularies';
import { formatDayValue, formatMonthValue } from '../../../lib/format';
import { PERPETRATOR_QUESTION, type Position } from '../case-steps';
import type { CaseBody } from '../local-cases';
import { describeIncident } from './answers';

/** Check your answers: every answer in words, each with Change leading to its screen (and Continue there straight back). */
export function Answers({ body, vocab, regions, onChange }: { body: CaseBody; vocab: (name: string) => Term[]; regions: Region[]; onChange?: (to: Position) => void }) {
  const { t } = useTranslation();
  const regionName = (code?: string | null) => (code ? (regions.find((r) => r.code === code)?.name ?? code) : '');
  const unasked = Object.entries(body.questions ?? {}).filter(([, status]) => status && status !== 'asked');
  const label = (name: string, code: string) => vocab(name).find((x) => x.code === code)?.label ?? code;
  const row = (key: string, value: string | undefined | false, to: Position): SummaryRow => ({ key, value: value || '', action: onChange && { onClick: () => onChange(to) } });
  const rows: SummaryRow[] = [
    row(t('form.interviewMonth'), formatMonthValue(body.interviewMonth), { step: 'interview' }),
    row(t('form.country'), body.country && t(`countries.${body.country}`), { step: 'interview' }),
    row(t('form.region'), regionName(body.regionCode) || body.region, { step: 'interview' }),
    row(t('form.city'), body.city, { step: 'interview' }),
    row(
      t('form.consentLegend'),
      [body.consent.research && t('form.consentResearch'), body.consent.advocacy && t('form.consentAdvocacy'), body.consent.publicQuotation && t('form.consentQuotation')].filter(Boolean).join('; '),
      { step: 'consent' },
    ),
    row(t('form.consentRecordedOn'), formatDayValue(body.consent.recordedOn), { step: 'consent' }),
    row(t('form.gender'), label('gender', body.respondent.gender), { step: 'respondent' }),
    row(t('form.ageBand'), label('age_band', body.respondent.ageBand), { step: 'respondent' }),
    row(t('form.workSetting'), label('work_setting', body.respondent.workSetting), { step: 'respondent' }),
    row(t('form.migrantStatus'), label('migrant_status', body.respondent.migrantStatus), { step: 'respondent' }),
    row(
      t('form.steps.questions'),
      unasked.length
        ? unasked.map(([q, status]) => `${q === PERPETRATOR_QUESTION ? t('form.questionPerpetratorsShort') : t(`groups.${q}`, { defaultValue: q })}: ${t(`form.questionStatus.${status}`)}`).join('; ')
        : body.questions
          ? t('form.allAsked')
          : '',
      { step: 'questions' },
    ),
    // The list of incidents (to add another or remove one), then each incident.
    row(t('form.steps.incidents'), t('form.incidentsCount', { count: body.incidents.length }), { step: 'incidents' }),
    ...body.incidents.map((incident, n) => row(t('form.incident', { n: n + 1 }), describeIncident(incident, t, vocab, regions), { step: 'incidents', incident: n })),
    // The account in full (wrapped): it is what is checked before it is sent.
    row(t('form.narrative'), body.narrative ?? '', { step: 'narrative' }),
  ];
  return <SummaryList rows={rows} />;
}
