import { useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { token } from '../../lib/session';
import { latestOnly } from '../../lib/latest-only';
import { type LocalCase, listLocal, onOutboxChange, removeLocal, syncAll } from './local-cases';
import { formatDateTime } from '../../lib/format';
import { ConfirmAction } from '../../components/confirm-action/confirm-action';
import { Notice } from '../../components/notice/notice';
import { type CaseResponse, referenceMatches, referencePrefix, type SentStatus, useServerCasePages, useServerDrafts } from './api/cases';
import { caseKeys } from './api/keys';

type ServerCase = CaseResponse;

/**
 * The cases on this device, kept current as the outbox sender (see
 * outbox-sender.ts, always running while the store is unlocked) moves them.
 */
export function useLocalCases() {
  const client = useQueryClient();
  const [items, setItems] = useState<LocalCase[]>([]);
  const count = useRef(-1);
  // Only the latest read is shown: an older read that still saw a case being sent can end after the read that saw it gone.
  const [reload] = useState(() =>
    latestOnly(listLocal, (now) => {
      setItems(now);
      // One left the phone: it is on the server now.
      if (count.current >= 0 && now.length < count.current) void client.invalidateQueries({ queryKey: caseKeys.all });
      count.current = now.length;
    }),
  );
  useEffect(() => {
    void reload();
    void syncAll();
    return onOutboxChange(() => void reload());
  }, [reload]);
  return { items, reload };
}

/** The value, once it has stopped changing for `ms` (a search is sent when the typing pauses, not at every key). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** How long the typing must pause before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

const isReturned = (c: ServerCase) => c.status === 'draft' && Boolean(c.returnedAt);

/**
 * One stored case. Memoised: when "Show more" adds a page to a list of a thousand cases, only the new
 * cards render (the cases already shown are the same objects; the query cache shares them).
 */
const ServerCard = memo(function ServerCard({ c }: { c: ServerCase }) {
  const { t } = useTranslation();
  return (
    <li className="card" data-testid="server-case" data-returned={isReturned(c) || undefined}>
      <p className="card-title">
        {c.reference} · {t(`countries.${c.country}`, { defaultValue: c.country })}
      </p>
      <p>
        <span className={`tag tag-${c.status}`}>{isReturned(c) ? t('cases.returned') : t(`cases.status.${c.status}`)}</span>{' '}
        <span className="hint">{t('cases.lastChange', { when: formatDateTime(c.updatedAt) })}</span>
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
});

export function CasesList() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { items, reload } = useLocalCases();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  // Arriving with a notice (after sending or saving a case): the list opens at its top, the notice focused and read.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!notice) return;
    window.scrollTo(0, 0);
    noticeRef.current?.focus();
  }, [notice]);
  const signedIn = Boolean(token());
  const [status, setStatus] = useState<SentStatus | ''>('');
  const [search, setSearch] = useState('');
  // The search as typed filters what is on this phone (and the few server drafts) at once; the sent cases
  // are searched on the server, all of them, once the typing pauses.
  const typed = referencePrefix(search);
  const settled = referencePrefix(useDebounced(search, SEARCH_DEBOUNCE_MS));
  const drafts = useServerDrafts(signedIn);
  const pages = useServerCasePages(signedIn && settled !== null, status || undefined, settled ?? undefined);
  // A case waiting on this phone is shown once: the local copy wins until it is sent.
  const onPhone = new Set(items.map((i) => i.caseId));
  const matches = (reference: string | null | undefined) => typed !== null && referenceMatches(reference, typed);
  const when = (iso: string) => formatDateTime(iso);
  /** A case on this phone by its reference (an edit) or its country and month: never anything of its testimony. */
  const localTitle = (item: LocalCase) => `${item.reference ?? t(`countries.${item.body.country}`, { defaultValue: item.body.country || '—' })} · ${item.body.interviewMonth}`;
  const stateLabel: Record<LocalCase['state'], string> = {
    editing: t('cases.status.draft'),
    waiting: t('cases.waiting'),
    sending: t('cases.sending'),
    refused: t('cases.refused'),
    conflict: t('cases.conflict'),
  };

  const serverDrafts = (drafts.data ?? []).filter((c) => !onPhone.has(c.id) && matches(c.reference));
  const returned = serverDrafts.filter(isReturned);
  const draftsLeft = serverDrafts.filter((c) => !isReturned(c));
  // Drafts are listed above under their own headings; "Sent" holds only what was sent.
  const sent = (pages.data?.pages ?? []).flatMap((p) => p.items).filter((c) => c.status !== 'draft' && !onPhone.has(c.id) && matches(c.reference));
  const localShown = items.filter((i) => matches(i.reference));
  const statuses: SentStatus[] = ['submitted', 'in_review', 'published', 'archived', 'withdrawn'];
  const serverCard = (c: ServerCase) => <ServerCard key={c.id} c={c} />;

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
      {signedIn && (
        <form className="case-filter" role="search" aria-label={t('cases.filterTitle')} onSubmit={(e) => e.preventDefault()}>
          <div className={`field${typed === null ? ' field-error' : ''}`}>
            <label htmlFor="case-search">{t('cases.searchLabel')}</label>
            <p className="hint" id="case-search-hint">
              {t('cases.searchHint')}
            </p>
            {typed === null && (
              <p className="error-message" id="case-search-error">
                {t('cases.searchInvalid')}
              </p>
            )}
            <input
              id="case-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              aria-describedby={typed === null ? 'case-search-hint case-search-error' : 'case-search-hint'}
              aria-invalid={typed === null || undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="case-status">{t('cases.statusFilter')}</label>
            <select id="case-status" value={status} onChange={(e) => setStatus(e.target.value as SentStatus | '')}>
              <option value="">{t('cases.allStatuses')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {localShown.length > 0 && (
        <section aria-labelledby="queued">
          <h2 id="queued">{t('cases.queuedHeading')}</h2>
          <ul className="card-list">
            {localShown.map((item) => (
              <li key={item.caseId} className="card" data-testid="local-case" data-state={item.state}>
                <p className="card-title">{localTitle(item)}</p>
                <p>
                  <span className={`tag tag-${item.state}`}>{stateLabel[item.state]}</span>
                  {item.startedAt && (
                    <span className="hint" data-testid="started">
                      {' '}
                      {t('cases.startedOnPhone', { when: when(item.startedAt) })}
                    </span>
                  )}
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
                      question={t('cases.discardQuestion', { which: item.startedAt ? `${localTitle(item)} (${t('cases.startedOnPhone', { when: when(item.startedAt) })})` : localTitle(item) })}
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
      {draftsLeft.length > 0 && (
        <section aria-labelledby="server-drafts">
          <h2 id="server-drafts">{t('cases.serverDraftsHeading')}</h2>
          <ul className="card-list">{draftsLeft.map(serverCard)}</ul>
        </section>
      )}
      <section aria-labelledby="sent">
        <h2 id="sent">{t('cases.serverHeading')}</h2>
        {signedIn && (
          // An installed app has no reload button: what was sent from another phone is fetched here (this phone's queue is sent too).
          <p>
            <button
              type="button"
              className="button secondary"
              disabled={pages.isFetching}
              onClick={() => {
                void syncAll();
                void client.invalidateQueries({ queryKey: caseKeys.all });
              }}
            >
              {t('cases.refresh')}
            </button>
          </p>
        )}
        {pages.isLoading && <p>{t('common.loading')}</p>}
        {pages.data && sent.length === 0 && !pages.hasNextPage && <p>{settled ? t('cases.noMatch', { reference: settled }) : t('cases.empty')}</p>}
        <ul className="card-list long-list">{sent.map(serverCard)}</ul>
        {pages.hasNextPage && (
          <button type="button" className="button secondary" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {t('cases.showMore')}
          </button>
        )}
      </section>
    </main>
  );
}
