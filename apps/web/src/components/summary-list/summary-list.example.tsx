import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SummaryList } from './summary-list';

export function SummaryListExample() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState<string | null>(null);
  return (
    <>
      <SummaryList
        rows={[
          { key: t('form.country'), value: t('countries.KZ'), action: { onClick: () => setChanged(t('form.country')) } },
          { key: t('form.city'), value: '', action: { onClick: () => setChanged(t('form.city')) } },
        ]}
      />
      {changed && <p role="status">{t('gallery.summaryList.changed', { key: changed })}</p>}
    </>
  );
}
