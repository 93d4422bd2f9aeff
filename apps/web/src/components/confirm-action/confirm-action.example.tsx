import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from './confirm-action';

export function ConfirmActionExample() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return done ? (
    <p role="status">{t('gallery.confirm.done')}</p>
  ) : (
    <ConfirmAction label={t('gallery.confirm.label')} question={t('gallery.confirm.question')} confirmLabel={t('gallery.confirm.yes')} onConfirm={() => setDone(true)} />
  );
}
