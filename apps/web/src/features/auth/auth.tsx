import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field, type FieldErrors } from '../../components/field/field';
import { confirmMfa, enrolMfa, meKeys, resetPassword } from './api/me';
import { type Problem, type SecondFactor, signIn } from '../../lib/session';
import { fieldErrorText, type ApiFieldError } from '../../lib/field-errors';

export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** The second step asks for a recovery code instead of the authenticator's (a lost phone). */
  const [useRecovery, setUseRecovery] = useState(false);

  async function attempt(email: string, password: string, second?: SecondFactor) {
    if (!navigator.onLine) return setErrors({ email: t('auth.offline') });
    setBusy(true);
    const result = await signIn(email, password, second).catch(() => ({ ok: false as const, problem: { status: 0 } as Problem }));
    setBusy(false);
    if (result.ok) {
      await client.invalidateQueries({ queryKey: meKeys.all });
      return navigate(params.get('next') ?? '/', { replace: true });
    }
    const { problem } = result;
    const field = second ? ('recoveryCode' in second ? 'recovery' : 'totp') : 'email';
    if (problem.mfaRequired && !second) {
      setErrors({});
      return setCredentials({ email, password });
    }
    if (problem.status === 429) return setErrors({ [field]: t('auth.throttled', { seconds: problem.retryAfterSeconds ?? 60 }) });
    // Only a 401 means the details are wrong; anything else (a server error, an unreachable server) is not the user's fault.
    if (problem.status !== 401) return setErrors({ [field]: t('auth.serverError') });
    setErrors({ [field]: t(field === 'recovery' ? 'auth.badRecovery' : field === 'totp' ? 'auth.badTotp' : 'auth.failed') });
  }

  if (credentials) {
    // The second step: the authenticator's code, or (a lost phone) a recovery code. Each is a form of its own (key):
    // React must not reuse the e-mail field's element, which would show the e-mail in the code box.
    const recovery = useRecovery;
    const field = recovery ? 'recovery' : 'totp';
    return (
      <main id="main" className="page narrow">
        <h1>{t(recovery ? 'auth.recoveryStepTitle' : 'auth.totpTitle')}</h1>
        <ErrorSummary errors={errors} />
        <form
          key={`${field}-step`}
          noValidate
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            const code = String(new FormData(event.currentTarget).get(field) ?? '').trim();
            if (!recovery) return void attempt(credentials.email, credentials.password, { totp: code });
            if (!code) return setErrors({ recovery: t('auth.recoveryMissing') });
            // Case, spaces and hyphens do not matter: the server reads the code as typed.
            void attempt(credentials.email, credentials.password, { recoveryCode: code });
          }}
        >
          {recovery ? (
            <Field id="recovery" label={t('auth.recoveryCode')} hint={t('auth.recoveryHint')} error={errors.recovery}>
              {(props) => <input key="recovery" {...props} name="recovery" defaultValue="" autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={64} autoFocus />}
            </Field>
          ) : (
            <Field id="totp" label={t('auth.totp')} error={errors.totp}>
              {(props) => <input key="totp" {...props} name="totp" defaultValue="" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} autoFocus />}
            </Field>
          )}
          <button className="button" disabled={busy}>
            {t('auth.totpAction')}
          </button>
        </form>
        <p>
          <button type="button" className="link-button" onClick={() => (setErrors({}), setUseRecovery(!recovery))}>
            {t(recovery ? 'auth.useAuthenticator' : 'auth.useRecovery')}
          </button>
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="page narrow">
      <h1>{t('auth.signInTitle')}</h1>
      {params.get('ended') && <p className="notice">{t('auth.sessionEnded')}</p>}
      <ErrorSummary errors={errors} />
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const email = String(data.get('email') ?? '').trim();
          const password = String(data.get('password') ?? '');
          // An empty field is named, and the API is not asked.
          const missing: FieldErrors = {
            ...(email ? {} : { email: t('auth.emailMissing') }),
            ...(password ? {} : { password: t('auth.passwordMissing') }),
          };
          if (Object.keys(missing).length) return setErrors(missing);
          void attempt(email, password);
        }}
      >
        <Field id="email" label={t('auth.email')} error={errors.email}>
          {(props) => <input {...props} name="email" type="email" autoComplete="username" spellCheck={false} />}
        </Field>
        <Field id="password" label={t('auth.password')} error={errors.password}>
          {(props) => <input {...props} name="password" type="password" autoComplete="current-password" />}
        </Field>
        <button className="button" disabled={busy}>
          {t('auth.signInAction')}
        </button>
      </form>
    </main>
  );
}

/** An admin without a second factor is led through enrolment; recovery codes are shown once. */
export function MfaEnrolment({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<{ secret: string; qr: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    void (async () => {
      const { data } = await enrolMfa();
      if (!data) return;
      const { secret, otpauthUri } = data;
      // Drawn here from the otpauth URI: the secret never goes to an outside service.
      const QRCode = await import('qrcode');
      setEnrolment({ secret, qr: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) });
    })();
  }, []);

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const totp = String(new FormData(event.currentTarget).get('totp') ?? '').trim();
    const { data, response } = await confirmMfa(totp);
    if (!response.ok || !data) return setError(t('auth.badTotp'));
    setCodes(data.recoveryCodes);
  }

  if (codes) {
    const text = codes.join('\n');
    return (
      <main id="main" className="page narrow">
        <h1>{t('auth.recoveryTitle')}</h1>
        <p>{t('auth.recoveryIntro')}</p>
        <ul className="codes" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p className="actions">
          <button className="button secondary" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}>
            {copied ? t('auth.copied') : t('auth.copy')}
          </button>
          <a className="button secondary" download="recovery-codes.txt" href={URL.createObjectURL(new Blob([text], { type: 'text/plain' }))}>
            {t('auth.download')}
          </a>
        </p>
        <button className="button" onClick={onDone}>
          {t('auth.done')}
        </button>
      </main>
    );
  }

  return (
    <main id="main" className="page narrow">
      <h1>{t('auth.mfaTitle')}</h1>
      <p>{t('auth.mfaIntro')}</p>
      {enrolment ? (
        <>
          <img src={enrolment.qr} alt="" width={220} height={220} className="qr" />
          <p>
            {t('auth.mfaSecret')}: <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
        </>
      ) : (
        <p>{t('common.loading')}</p>
      )}
      <ErrorSummary errors={{ totp: error }} />
      <form onSubmit={confirm} noValidate>
        <Field id="totp" label={t('auth.totp')} error={error}>
          {(props) => <input {...props} name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />}
        </Field>
        <button className="button">{t('auth.mfaAction')}</button>
      </form>
    </main>
  );
}

/** Setting a password from the one-time link an admin handed over (`/reset-password#token=...`). */
export function ResetPassword() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  // The token travels in the fragment, which browsers never send to a server or put in a Referer.
  const tokenValue = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? new URLSearchParams(window.location.search).get('token') ?? '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('password') ?? '');
    if (newPassword.length < 12) return setError(t('auth.resetIntro'));
    const { error, response } = await resetPassword(tokenValue, newPassword);
    if (response.ok) return setDone(true);
    const errors: ApiFieldError[] = typeof error === 'object' && error && 'errors' in error && Array.isArray(error.errors) ? error.errors : [];
    const bad = errors.find((e) => e.pointer === '/newPassword');
    setError(bad ? fieldErrorText(bad) : t('auth.resetFailed'));
  }

  if (done)
    return (
      <main id="main" className="page narrow">
        <h1>{t('auth.resetTitle')}</h1>
        <p role="status">{t('auth.resetDone')}</p>
        <Link className="button" to="/sign-in" replace>
          {t('auth.signInAction')}
        </Link>
      </main>
    );
  return (
    <main id="main" className="page narrow">
      <h1>{t('auth.resetTitle')}</h1>
      <p>{t('auth.resetIntro')}</p>
      <ErrorSummary errors={{ password: error }} />
      <form onSubmit={submit} noValidate>
        <Field id="password" label={t('auth.newPassword')} error={error}>
          {(props) => <input {...props} name="password" type="password" autoComplete="new-password" />}
        </Field>
        <button className="button">{t('auth.resetAction')}</button>
      </form>
    </main>
  );
}
