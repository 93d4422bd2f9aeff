import { useTranslation } from 'react-i18next';
import type { Me } from '../../lib/session';

/** Admins and researchers land here; their workspaces come in their own screens. */
export function Home({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('home.title', { name: me.displayName })}</h1>
      <p>{me.role === 'admin' ? t('home.admin') : t('home.researcher')}</p>
    </main>
  );
}
