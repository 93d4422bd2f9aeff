import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { token } from '../../lib/session';
import { type LocalCase, listLocal, onOutboxChange, removeLocal, syncAll } from './local-cases';
import { formatDateTime } from '../../lib/format';
import { ConfirmAction } from '../../components/confirm-action/confirm-action';
import { Notice } from '../../components/notice/notice';
import { type CaseResponse, useServerCases } from './api/cases';
import { caseKeys } from './api/keys';

type ServerCase = CaseResponse;

/**
 * The cases on this device, kept current as the outbox sender (see
 * outbox-sender.ts, always running while the store is unlocked) moves them.
 */
export function useLocalCases() {
  const client = useQueryClient();
  const [items, setItems] = useState<LocalCase[]>([]);
  const reload = useCallback(async () => setItems(await listLocal()), []);
  useEffect(() => {
    let count = -1;
    const update = () =>
      void listLocal().then((now) => {
        setItems(now);
        // One left the phone: it is on the server now.
        if (count >= 0 && now.length < count) void client.invalidateQueries({ queryKey: caseKeys.all });
        count = now.length;
      });
    update();
    void syncAll();
    return onOutboxChange(update);
  }, [client]);
  return { items, reload };
}

export function CasesList() {
  const { t } = useTranslation();
  const { items, reload } = useLocalCases();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  // Arriving with a notice (after sending or saving a case): the list opens at its top, the notice focused and read.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!notice) return;
    window.scrollTo(0, 0);
    noticeRef.current?.focus();
  }, [notice]);
  const cases = useServerCases(Boolean(token()));
  const when = (iso: string) => formatDateTime(iso);
  const stateLabel: Record<LocalCase['state'], string> = {
    editing: t('cases.status.draft'),
    waiting: t('cases.waiting'),
    sending: t('cases.sending'),
    refused: t('cases.refused'),
    conflict: t('cases.conflict'),
  };

  const isReturned = (c: ServerCase) => c.status === 'draft' && Boolean(c.returnedAt);
  const returned = (cases.data ?? []).filter(isReturned);
  const others = (cases.data ?? []).filter((c) => !isReturned(c));
  const serverCard = (c: ServerCase) => (
    <li key={c.id} className="card" data-testid="server-case" data-returned={isReturned(c) || undefined}>
      <p className="card-title">
        {c.reference} · {t(`countries.${c.country}`, { defaultValue: c.country })}
      </p>
      <p>
        <span className={`tag tag-${c.status}`}>{isReturned(c) ? t('cases.returned') : t(`cases.status.${c.status}`)}</span>{' '}
        <span className="hint">{t('cases.lastChange', { when: when(c.updatedAt) })}</span>
      </p>
      {c.returnReason && c.status === 'draft' && (
        <Notice variant="important" title={t('cases.returnReason')}>
          {c.returnReason}
        </Notice>
      )}
      {c.status === 'draft' && (
        <p className="actions">
          <Link to={`/cases/${c.id}/edit`}>
            {t('cases.edit')} <span className="visually-hidden">{c.reference}</span>
          </Link>
        </p>
      )}
    </li>
  );

  return (
    <main id="main" className="page">
      <h1>{t('cases.title')}</h1>
      {notice && (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef} data-testid="list-notice">
          {t(notice)}
        </p>
      )}
      {!navigator.onLine && <p className="notice">{t('common.offline')}</p>}
      <p>
        <Link className="button" to="/cases/new">
          {t('cases.newCase')}
        </Link>
      </p>
      {returned.length > 0 && (
        // Returned cases first: they wait for the interviewer, with the admin's reason beside each.
        <section aria-labelledby="returned">
          <h2 id="returned">{t('cases.returnedHeading')}</h2>
          <ul className="card-list">{returned.map(serverCard)}</ul>
        </section>
      )}
      {token() && (
        <p>
          <Link to="/withdraw">{t('withdrawal.link')}</Link>
        </p>
      )}
      {!token() && navigator.onLine && items.some((i) => i.state === 'waiting') && (
        <p className="notice">
          <Link to="/sign-in?next=%2Fcases" data-testid="sign-in-to-send">
            {t('cases.signInToSend')}
          </Link>
        </p>
      )}
      {items.length > 0 && (
        <section aria-labelledby="queued">
          <h2 id="queued">{t('cases.queuedHeading')}</h2>
          <ul className="card-list">
            {items.map((item) => (
              <li key={item.caseId} className="card" data-testid="local-case" data-state={item.state}>
                <p className="card-title">
                  {item.reference ?? t(`countries.${item.body.country}`, { defaultValue: item.body.country || '—' })} · {item.body.interviewMonth}
                </p>
                <p>
                  <span className={`tag tag-${item.state}`}>{stateLabel[item.state]}</span>
                </p>
                {item.state === 'waiting' && item.lastError && (
                  <p className="hint" data-testid="last-error">
                    {t(`cases.lastError.${item.lastError}`)}
                    {item.lastAttemptAt && ` · ${t('cases.lastAttempt', { when: when(item.lastAttemptAt) })}`}
                  </p>
                )}
                {item.state === 'refused' && <p className="hint">{t('cases.refusedHint')}</p>}
                <p className="actions">
                  <Link to={`/cases/local/${item.caseId}`}>{t('cases.openQueued')}</Link>
                  {item.state !== 'sending' && (
                    // Unsent testimony: discarding asks first, naming the case.
                    <ConfirmAction
                      variant="secondary"
                      label={t('cases.discard')}
                      question={t('cases.discardQuestion', { which: `${item.reference ?? t(`countries.${item.body.country}`, { defaultValue: item.body.country || '—' })} · ${item.body.interviewMonth}` })}
                      confirmLabel={t('cases.discardConfirm')}
                      onConfirm={async () => {
                        await removeLocal(item.caseId);
                        await reload();
                      }}
                    />
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sent">
        <h2 id="sent">{t('cases.serverHeading')}</h2>
        {cases.isLoading && <p>{t('common.loading')}</p>}
        {cases.data?.length === 0 && <p>{t('cases.empty')}</p>}
        <ul className="card-list">{others.map(serverCard)}</ul>
      </section>
    </main>
  );
}
