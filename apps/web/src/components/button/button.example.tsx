import { useTranslation } from 'react-i18next';
import { Button } from './button';

export function ButtonExample() {
  const { t } = useTranslation();
  return (
    <p className="actions">
      <Button>{t('common.continue')}</Button>
      <Button variant="secondary">{t('form.saveDraft')}</Button>
      <Button variant="warning">{t('common.remove')}</Button>
    </p>
  );
}
