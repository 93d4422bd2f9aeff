import { useTranslation } from 'react-i18next';
import { Field } from '../field/field';
import { ErrorSummary } from './error-summary';

export function ErrorSummaryExample() {
  const { t } = useTranslation();
  return (
    <>
      {/* Not focused on arrival here: the gallery shows it, nothing was submitted. */}
      <ErrorSummary errors={{ 'ex-summary-city': t('common.required') }} focus={false} />
      <Field id="ex-summary-city" label={t('form.city')} error={t('common.required')}>
        {(props) => <input {...props} />}
      </Field>
    </>
  );
}
