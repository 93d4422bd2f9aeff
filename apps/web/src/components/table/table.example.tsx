import { useTranslation } from 'react-i18next';
import { Table } from './table';

export function TableExample() {
  const { t } = useTranslation();
  return (
    <Table
      caption={t('gallery.table.caption')}
      columns={[{ label: t('form.country') }, { label: t('gallery.table.cases'), numeric: true }]}
      rows={[
        { key: 'KZ', cells: [t('countries.KZ'), (12).toLocaleString()] },
        { key: 'KG', cells: [t('countries.KG'), (7).toLocaleString()] },
      ]}
    />
  );
}
