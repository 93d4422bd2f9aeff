import { useTranslation } from 'react-i18next';
import { Field, fieldId } from '../../../components/field/field';
import { Fieldset } from '../../../components/fieldset/fieldset';
import { WithdrawalCodeCard } from '../withdraw-by-code';
import type { StepProps } from './step-props';

const KEYS = ['research', 'advocacy', 'publicQuotation'] as const;
const LABELS = { research: 'form.consentResearch', advocacy: 'form.consentAdvocacy', publicQuotation: 'form.consentQuotation' } as const;

/** What the respondent agreed to, and when; a new case's withdrawal code for the respondent's card. */
export function ConsentStep({ body, update, errors, withdrawalCode }: StepProps & { withdrawalCode?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {/* Each consent has its own id: the server names an error by the consent it is about. */}
      <Fieldset id={fieldId('/consent')} legend={t('form.consentLegend')} error={errors[fieldId('/consent/research')]}>
        {KEYS.map((key) => (
          <label key={key} className="choice">
            <input type="checkbox" id={fieldId(`/consent/${key}`)} checked={body.consent[key]} onChange={(e) => update((b) => void (b.consent[key] = e.target.checked))} /> {t(LABELS[key])}
          </label>
        ))}
      </Fieldset>
      <Field id={fieldId('/consent/recordedOn')} label={t('form.consentRecordedOn')} error={errors[fieldId('/consent/recordedOn')]}>
        {(props) => <input {...props} type="date" value={body.consent.recordedOn} onChange={(e) => update((b) => void (b.consent.recordedOn = e.target.value))} />}
      </Field>
      {withdrawalCode && <WithdrawalCodeCard code={withdrawalCode} />}
    </>
  );
}
