import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field/field';
import { token } from '../../lib/session';
import { EXIT_KEY, exitUrl, useDevice, wipeAndEnd } from './device';
import { DevicesList } from '../../lib/devices/devices-list';

/** This device: lock now, the quick-exit page, and wiping everything. */
export function DeviceSettings() {
  const { t } = useTranslation();
  const { lockNow, markWiped } = useDevice();
  const [confirming, setConfirming] = useState(false);
  const [exit, setExit] = useState(exitUrl());
  const [exitError, setExitError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  function saveExit(event: FormEvent) {
    event.preventDefault();
    if (!/^https:\/\/[^\s]+$/.test(exit)) return setExitError(t('device.badUrl'));
    setExitError(undefined);
    localStorage.setItem(EXIT_KEY, exit);
    setSaved(true);
  }

  return (
    <main id="main" className="page">
      <h1>{t('device.settingsTitle')}</h1>
      <button className="button secondary" onClick={lockNow}>
        {t('device.lockNow')}
      </button>
      <h2>{t('device.exitTitle')}</h2>
      <form onSubmit={saveExit} noValidate>
        <Field id="exit-url" label={t('device.exitUrl')} hint={t('device.exitIntro')} error={exitError}>
          {(props) => <input {...props} type="url" value={exit} onChange={(e) => (setExit(e.target.value), setSaved(false))} />}
        </Field>
        <button className="button secondary">{t('common.save')}</button> {saved && <span role="status">{t('device.exitSaved')}</span>}
      </form>
      {token() && (
        <section aria-labelledby="my-devices">
          <h2 id="my-devices">{t('devices.title')}</h2>
          <p>{t('devices.intro')}</p>
          <DevicesList />
        </section>
      )}
      <h2>{t('device.wipeTitle')}</h2>
      <p>{t('device.wipeIntro')}</p>
      {confirming ? (
        <p>
          <button
            className="button warning"
            onClick={async () => {
              await wipeAndEnd();
              // Online, the app starts afresh; offline it cannot load again (its files went with the wipe), so it says what happened.
              if (navigator.onLine) window.location.replace('/');
              else markWiped('asked');
            }}
          >
            {t('device.wipeConfirm')}
          </button>{' '}
          <button className="button secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </p>
      ) : (
        <button className="button warning" onClick={() => setConfirming(true)}>
          {t('device.wipeAction')}
        </button>
      )}
    </main>
  );
}
