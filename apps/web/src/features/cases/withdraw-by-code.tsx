import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { ConfirmAction } from '../../components/confirm-action/confirm-action';
import { Field } from '../../components/field/field';
import { withdrawByCode } from './api/withdrawals';

const CODE = /^\s*\d{4}(?:[\s-]?\d{4}){3}\s*$/;

/** A new withdrawal code, drawn on the device: 16 digits in groups of four, read aloud and written on a card. */
export function newWithdrawalCode(): string {
  const digits: string[] = [];
  const random = new Uint32Array(1);
  while (digits.length < 16) {
    crypto.getRandomValues(random);
    // Rejection sampling: every digit equally likely.
    if (random[0] < 4_294_967_290) digits.push(String(random[0] % 10));
  }
  return digits.join('').replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The code on the consent step: for the respondent's card, never shown again. */
export function WithdrawalCodeCard({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <section className="notice withdrawal-code" aria-labelledby="withdrawal-code-title">
      <h2 id="withdrawal-code-title">{t('withdrawal.cardTitle')}</h2>
      <p className="code" aria-label={t('withdrawal.codeAria', { digits: code.replace(/ /g, '').split('').join(' ') })}>
        {code}
      </p>
      <p>{t('withdrawal.cardHint')}</p>
    </section>
  );
}

/** Withdraw a case by the code on the respondent's card: no name, no reference. */
export function WithdrawByCode() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<'withdrawn' | 'unknown' | 'limited' | null>(null);
  const [busy, setBusy] = useState(false);

  /** The code's shape is checked before anything is asked. */
  function valid(): boolean {
    setOutcome(null);
    if (!CODE.test(code)) {
      setError(t('withdrawal.codeInvalid'));
      return false;
    }
    setError(undefined);
    return true;
  }

  // Deleting a case cannot be undone: Enter in the field only checks the code; only "Yes, …" withdraws.
  function check(e: FormEvent) {
    e.preventDefault();
    valid();
  }

  async function withdraw() {
    if (!valid()) return;
    setBusy(true);
    try {
      const { response } = await withdrawByCode(code);
      if (response.ok) {
        setOutcome('withdrawn');
        setCode('');
      } else setOutcome(response.status === 429 ? 'limited' : 'unknown');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="page">
      <h1>{t('withdrawal.title')}</h1>
      <p>{t('withdrawal.intro')}</p>
      <ErrorSummary errors={{ 'withdrawal-code': error }} />
      {outcome && (
        <p className="notice" role="status">
          {t(`withdrawal.${outcome}`)}
        </p>
      )}
      <form onSubmit={check} noValidate>
        <Field id="withdrawal-code" label={t('withdrawal.codeLabel')} hint={t('withdrawal.codeHint')} error={error}>
          {(props) => (
            <input {...props} value={code} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={19} onChange={(e) => setCode(e.target.value)} />
          )}
        </Field>
        {busy ? (
          <p>{t('common.loading')}</p>
        ) : (
          <ConfirmAction
            label={t('withdrawal.submit')}
            question={t('withdrawal.confirmQuestion')}
            confirmLabel={t('withdrawal.confirmYes')}
            beforeAsk={valid}
            onConfirm={withdraw}
          />
        )}
      </form>
      <p>
        <Link to="/">{t('common.back')}</Link>
      </p>
    </main>
  );
}
