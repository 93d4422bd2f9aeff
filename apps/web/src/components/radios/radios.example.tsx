import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radios } from './radios';

export function RadiosExample() {
  const { t } = useTranslation();
  const [value, setValue] = useState<boolean | null | undefined>(undefined);
  return (
    <Radios
      id="ex-radios"
      legend={t('form.medical')}
      hint={t('gallery.radios.hint')}
      error={value === undefined ? t('gallery.radios.error') : undefined}
      options={[
        { value: true, label: t('common.yes') },
        { value: false, label: t('common.no') },
        { value: null, label: t('common.unknown'), hint: t('gallery.radios.unknownHint') },
      ]}
      value={value}
      onChange={setValue}
    />
  );
}
