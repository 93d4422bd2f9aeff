import { createContext, type FormEvent, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endPendingSession, forget, whenCutOff } from '../../lib/session';
import * as vault from '../../lib/vault';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field, type FieldErrors } from '../../components/field/field';

type DeviceState = 'loading' | 'setup' | 'locked' | 'unlocked';

interface Device {
  state: DeviceState;
  /** Set when the store was wiped in this page: the screen says so until the app is opened again. */
  wiped: 'passcodes' | 'asked' | null;
  lockNow(): void;
  unlocked(): void;
  markWiped(why: 'passcodes' | 'asked'): void;
}

const DeviceContext = createContext<Device | null>(null);

export function useDevice(): Device {
  const device = useContext(DeviceContext);
  if (!device) throw new Error('useDevice outside DeviceProvider');
  return device;
}

/** Lock after 5 minutes without input, or after a minute in the background. */
export const IDLE_MS = 5 * 60_000;
export const BACKGROUND_MS = 60_000;
export const EXIT_KEY = 'notes.exit';
export const DEFAULT_EXIT = 'https://www.wikipedia.org/';

export function exitUrl(): string {
  return localStorage.getItem(EXIT_KEY) ?? DEFAULT_EXIT;
}

/**
 * Quick exit: clears the screen at once, drops the key and the session from
 * memory, and replaces this history entry with a neutral page, so Back does
 * not lead back to Casebook.
 */
export function quickExit(): void {
  vault.lock();
  forget();
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(exitUrl());
}

/** Wipes the device store and ends its session on the server (now, or at the next chance when offline). */
export async function wipeAndEnd(): Promise<void> {
  forget();
  await vault.wipeDevice();
  await endPendingSession();
}

export function DeviceProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DeviceState>('loading');
  const [wiped, setWiped] = useState<Device['wiped']>(null);
  const lastInput = useRef(Date.now());
  const hiddenAt = useRef<number | null>(null);

  useEffect(() => {
    void vault.hasPasscode().then((has) => setState(has ? (vault.isUnlocked() ? 'unlocked' : 'locked') : 'setup'));
    // The server cut this device off (an admin or the user revoked it, or its proof failed): nothing stays on it.
    whenCutOff(() => void wipeAndEnd().then(() => window.location.replace('/')));
  }, []);

  const lockNow = useCallback(() => {
    vault.lock();
    forget();
    setState('locked');
  }, []);

  // Idle and background locks, and Escape twice for quick exit.
  useEffect(() => {
    let lastEscape = 0;
    const onInput = () => (lastInput.current = Date.now());
    const onKey = (event: KeyboardEvent) => {
      onInput();
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (now - lastEscape < 1_000) quickExit();
      lastEscape = now;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt.current = Date.now();
      else if (hiddenAt.current !== null && Date.now() - hiddenAt.current > BACKGROUND_MS && vault.isUnlocked()) lockNow();
    };
    const timer = window.setInterval(() => {
      if (vault.isUnlocked() && Date.now() - lastInput.current > IDLE_MS) lockNow();
    }, 1_000);
    window.addEventListener('pointerdown', onInput);
    window.addEventListener('keydown', onKey);
    window.addEventListener('input', onInput);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', onInput);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('input', onInput);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [lockNow]);

  const unlocked = useCallback(() => {
    lastInput.current = Date.now();
    setState('unlocked');
  }, []);

  const markWiped = useCallback((why: 'passcodes' | 'asked') => {
    setWiped(why);
    setState('setup');
  }, []);

  return <DeviceContext.Provider value={{ state, wiped, lockNow, unlocked, markWiped }}>{children}</DeviceContext.Provider>;
}

export function SetupPasscode() {
  const { t } = useTranslation();
  const { unlocked } = useDevice();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const passcode = String(data.get('passcode') ?? '');
    const again = String(data.get('again') ?? '');
    const found: FieldErrors = {};
    if (passcode.length < 6) found['passcode'] = t('device.tooShort');
    else if (passcode !== again) found['again'] = t('device.mismatch');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    await vault.createVault(passcode);
    unlocked();
  }

  return (
    <main id="main" className="page narrow">
      <h1>{t('device.setupTitle')}</h1>
      <p>{t('device.setupIntro')}</p>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <Field id="passcode" label={t('device.passcode')} hint={t('device.passcodeHint')} error={errors.passcode}>
          {(props) => <input {...props} name="passcode" type="password" autoComplete="new-password" />}
        </Field>
        <Field id="again" label={t('device.passcodeAgain')} error={errors.again}>
          {(props) => <input {...props} name="again" type="password" autoComplete="new-password" />}
        </Field>
        <button className="button" disabled={busy}>
          {busy ? t('device.working') : t('device.setupAction')}
        </button>
      </form>
    </main>
  );
}

export function Unlock() {
  const { t } = useTranslation();
  const { unlocked, markWiped } = useDevice();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const passcode = String(new FormData(form).get('passcode') ?? '');
    setBusy(true);
    const result = await vault.unlock(passcode);
    setBusy(false);
    form.reset();
    if (result.ok) return unlocked();
    if (result.wiped) {
      await endPendingSession();
      return markWiped('passcodes');
    }
    setError(t('device.wrong', { left: result.remaining }));
  }

  return (
    <main id="main" className="page narrow">
      <h1>{t('device.unlockTitle')}</h1>
      <p>{t('device.unlockIntro')}</p>
      <ErrorSummary errors={error ? { passcode: error } : {}} />
      <form onSubmit={submit} noValidate>
        <Field id="passcode" label={t('device.passcode')} error={error}>
          {(props) => <input {...props} name="passcode" type="password" autoComplete="current-password" autoFocus />}
        </Field>
        <button className="button" disabled={busy}>
          {busy ? t('device.working') : t('device.unlockAction')}
        </button>
      </form>
    </main>
  );
}
