import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/button';
import { ConfirmAction } from '../../../components/confirm-action/confirm-action';
import { SummaryList } from '../../../components/summary-list/summary-list';
import type { Region } from '../../../lib/api/vocabularies';
import { describeIncident } from './answers';
import type { StepProps } from './step-props';

interface Props extends StepProps {
  regions: Region[];
  /** Opens one incident's screen (an existing one, or the new one just added). */
  open: (index: number) => void;
  add: () => void;
  remove: (index: number) => void;
}

/**
 * The incidents recorded so far (GOV.UK's "add another" summary): each with
 * Change, and Remove that asks first, naming the incident; then "Add another
 * incident" or Continue.
 */
export function IncidentsStep({ body, vocab, regions, open, add, remove }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('form.incidentsCount', { count: body.incidents.length })}</p>
      <p className="hint">{t('form.incidentsIntro')}</p>
      <SummaryList
        rows={body.incidents.map((incident, i) => {
          const what = describeIncident(incident, t, vocab, regions);
          return {
            key: t('form.incident', { n: i + 1 }),
            value: what,
            action: { onClick: () => open(i) },
            extra:
              body.incidents.length > 1 ? (
                <ConfirmAction
                  variant="secondary"
                  label={
                    <>
                      {t('common.remove')} <span className="visually-hidden">{t('form.incident', { n: i + 1 })}</span>
                    </>
                  }
                  question={t('form.removeIncidentQuestion', { n: i + 1, what: what || '—' })}
                  confirmLabel={t('form.removeIncidentConfirm')}
                  onConfirm={() => remove(i)}
                />
              ) : undefined,
          };
        })}
      />
      <Button variant="secondary" onClick={add}>
        {t('form.addIncident')}
      </Button>
    </>
  );
}
