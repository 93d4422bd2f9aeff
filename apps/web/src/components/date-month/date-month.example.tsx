import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateMonth } from './date-month';

export function DateMonthExample() {
  const { t } = useTranslation();
  const [value, setValue] = useState<{ year: number | undefined; month: number | undefined }>({ year: 2026, month: undefined });
  return <DateMonth id="ex-date" legend={t('form.when')} hint={t('form.whenHint')} year={value.year} month={value.month} onChange={setValue} />;
}
