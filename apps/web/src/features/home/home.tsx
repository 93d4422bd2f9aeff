import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset as Choices } from '../../components/fieldset/fieldset';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field } from '../../components/field/field';
import { fetchAppSettings, saveAppSettings } from './api/app-settings';
import type { Me } from '../../lib/session';
import { AdminLinks } from '../../app/admin-links';

const ICONS = ['notes', 'weather', 'calculator', 'calendar'] as const;
type Icon = (typeof ICONS)[number];

/** Admins choose the neutral name and icon phones show for the installed app. */
function InstalledApp() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [icon, setIcon] = useState<Icon>('notes');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void fetchAppSettings().then((data) => {
      if (data) (setName(data.name), setIcon(data.icon));
    });
  }, []);
  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const { response } = await saveAppSettings(name.trim(), icon);
    if (!response.ok) return setError(t('home.appBadName'));
    setError(undefined);
    setSaved(true);
  }
  return (
    <section aria-labelledby="installed-app">
      <h2 id="installed-app">{t('home.appTitle')}</h2>
      <p>{t('home.appIntro')}</p>
      <ErrorSummary errors={{ 'app-name': error }} />
      <form onSubmit={save} noValidate>
        <Field id="app-name" label={t('home.appName')} error={error}>
          {(props) => <input {...props} value={name} maxLength={30} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Choices id="app-icon" legend={t('home.appIcon')}>
          {ICONS.map((code) => (
            <label key={code} className="choice">
              <input type="radio" name="app-icon" checked={icon === code} onChange={() => setIcon(code)} /> <img src={`/icons/${code}.svg`} alt="" width={32} height={32} /> {t(`home.icons.${code}`)}
            </label>
          ))}
        </Choices>
        <button className="button">{t('common.save')}</button>
        {saved && <p role="status">{t('home.appSaved')}</p>}
      </form>
    </section>
  );
}

/** Admins land here: every task of their workspace, and the installed app's disguise. */
export function Home({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('home.title', { name: me.displayName })}</h1>
      <p>{me.role === 'admin' ? t('home.admin') : t('home.researcher')}</p>
      {me.role === 'admin' && <AdminLinks />}
      {me.role === 'admin' && <InstalledApp />}
    </main>
  );
}
