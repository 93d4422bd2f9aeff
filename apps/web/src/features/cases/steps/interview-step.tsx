import { useTranslation } from 'react-i18next';
import { Field, fieldId } from '../../../components/field/field';
import { Select } from '../../../components/select/select';
import type { StepProps } from './step-props';

/** When and where the interview took place. */
export function InterviewStep({ body, update, errors, countries, regionsOf }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field id={fieldId('/interviewMonth')} label={t('form.interviewMonth')} error={errors[fieldId('/interviewMonth')]}>
        {(props) => <input {...props} type="month" value={body.interviewMonth} onChange={(e) => update((b) => void (b.interviewMonth = e.target.value))} />}
      </Field>
      <Select id={fieldId('/country')} label={t('form.country')} error={errors[fieldId('/country')]} value={body.country} onChange={(v) => update((b) => void (b.country = v))} options={countries} placeholder={t('form.choose')} />
      <Select
        id={fieldId('/regionCode')}
        label={`${t('form.region')} ${t('common.optional')}`}
        hint={t('form.regionHint')}
        error={errors[fieldId('/regionCode')]}
        value={body.regionCode ?? ''}
        onChange={(v) => update((b) => void (b.regionCode = v || null))}
        options={regionsOf(body.country)}
        placeholder={t('form.choose')}
      />
      {body.region && !body.regionCode && <p className="hint">{t('form.regionFreeText', { text: body.region })}</p>}
      <Field id={fieldId('/city')} label={`${t('form.city')} ${t('common.optional')}`} error={errors[fieldId('/city')]}>
        {(props) => <input {...props} value={body.city ?? ''} onChange={(e) => update((b) => void (b.city = e.target.value))} />}
      </Field>
    </>
  );
}
