import { useTranslation } from 'react-i18next';
import { Notice } from './notice';

export function NoticeExample() {
  const { t } = useTranslation();
  return (
    <>
      <Notice>{t('common.offline')}</Notice>
      <Notice variant="important" title={t('form.returnedTitle')}>
        {t('gallery.notice.reason')}
      </Notice>
    </>
  );
}
