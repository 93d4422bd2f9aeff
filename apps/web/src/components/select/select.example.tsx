import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from './select';

export function SelectExample() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <Select
      id="ex-select"
      label={t('form.country')}
      hint={t('gallery.select.hint')}
      value={value}
      onChange={setValue}
      placeholder={t('form.choose')}
      options={['KZ', 'KG', 'UA'].map((code) => ({ code, label: t(`countries.${code}`) }))}
    />
  );
}
