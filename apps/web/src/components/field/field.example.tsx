import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

export function FieldExample() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <>
      <Field id="ex-field" label={t('gallery.field.label')} hint={t('gallery.field.hint')}>
        {(props) => <input {...props} value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <Field id="ex-field-error" label={t('gallery.field.label')} error={t('common.required')}>
        {(props) => <input {...props} defaultValue="" />}
      </Field>
    </>
  );
}
