import { useTranslation } from 'react-i18next';
import { Field, fieldId } from '../../../components/field/field';
import type { StepProps } from './step-props';

/** The account in the respondent's words (redacted before anyone else reads it). */
export function NarrativeStep({ body, update, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <Field id={fieldId('/narrative')} label={`${t('form.narrative')} ${t('common.optional')}`} hint={t('form.narrativeHint')} error={errors[fieldId('/narrative')]}>
      {(props) => <textarea {...props} rows={10} value={body.narrative ?? ''} onChange={(e) => update((b) => void (b.narrative = e.target.value))} />}
    </Field>
  );
}
