import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The admin's home: every task of the workspace, one link each (on the home screen; the app shell's, so no feature imports another for it). */
export function AdminLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.tasks')}>
      <ul className="task-list">
        {(['review', 'users', 'taxonomy', 'audit', 'operations'] as const).map((task) => (
          <li key={task}>
            <Link to={`/admin/${task}`}>{t(`admin.links.${task}`)}</Link>
            <span className="hint"> {t(`admin.linkHints.${task}`)}</span>
          </li>
        ))}
        <li>
          <Link to="/reports">{t('admin.links.reports')}</Link>
        </li>
        <li>
          <Link to="/withdraw">{t('withdrawal.link')}</Link>
        </li>
      </ul>
    </nav>
  );
}
