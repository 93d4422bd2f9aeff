import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { applyRedaction, snapToWords } from '@casebook/redaction/apply';
import { ConfirmAction } from '../../components/confirm-action/confirm-action';
import { Field } from '../../components/field/field';
import { adminKeys } from './api/keys';
import { approve, fetchReview, PII_TYPES, type PiiType, type Review, type ReviewSpan, returnCase, saveSpans, useReview } from './api/redaction';
import { formatPercent } from '../../lib/format';

/** A span as the reviewer works on it: checked once the reviewer has accepted, retyped or added it. */
interface Working extends ReviewSpan {
  checked: boolean;
}

/** Below this the detector was unsure: such spans stand out. */
const UNSURE = 0.7;

const toWorking = (review: Review): Working[] =>
  // A span counts as looked at once a reviewer accepted, retyped or added it (a saved review has been looked at).
  [...(review.proposal?.spans ?? [])].sort((a, b) => a.start - b.start).map((s) => ({ ...s, checked: s.rule === 'reviewer' || (review.proposal?.reviewed ?? false) }));

/** The narrative with each span marked by colour and a visible type label (never colour alone). */
function Highlighted({ text, spans, current, onPick }: { text: string; spans: Working[]; current: number; onPick: (i: number) => void }) {
  const { t } = useTranslation();
  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const unsure = (s.confidence ?? 1) < UNSURE && !s.checked;
    parts.push(
      <mark
        key={`${s.start}-${s.end}`}
        id={`span-${i}`}
        className={`pii pii-${s.type}${unsure ? ' unsure' : ''}${i === current ? ' current' : ''}${s.checked ? ' checked' : ''}`}
        data-type={s.type}
        data-start={s.start}
        onClick={() => onPick(i)}
      >
        <span className="pii-label">
          {t(`review.types.${s.type}`)}
          {unsure ? ' ?' : ''}
        </span>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  });
  parts.push(text.slice(at));
  return <div className="narrative">{parts}</div>;
}

function TypeSelect({ id, label, value, onChange }: { id: string; label: string; value: PiiType; onChange: (type: PiiType) => void }) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={label}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as PiiType)}>
          {PII_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`review.types.${type}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function ReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const review = useReview(id);
  const [spans, setSpans] = useState<Working[]>([]);
  const [history, setHistory] = useState<Working[][]>([]);
  const [current, setCurrent] = useState(0);
  const [version, setVersion] = useState(0);
  const [newType, setNewType] = useState<PiiType>('PERSON');
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Review | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const selector = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!review.data) return;
    setSpans(toWorking(review.data));
    setVersion(review.data.version);
    setHistory([]);
    setCurrent(0);
  }, [review.data]);
  // Nothing of the narrative outlives the screen: the query is dropped when it closes.
  useEffect(() => () => queryClient.removeQueries({ queryKey: adminKeys.review(id) }), [queryClient, id]);

  const text = review.data?.narrative ?? '';
  const preview = useMemo(() => applyRedaction(text, spans), [text, spans]);
  const dirty = review.data ? JSON.stringify(spans.map(({ start, end, type }) => [start, end, type])) !== JSON.stringify(toWorking(review.data).map(({ start, end, type }) => [start, end, type])) : false;

  function change(next: Working[], focus = current) {
    setHistory([...history, spans]);
    setSpans(next);
    setCurrent(Math.max(0, Math.min(focus, next.length - 1)));
  }
  const undo = () => {
    if (!history.length) return;
    setSpans(history[history.length - 1]);
    setHistory(history.slice(0, -1));
    setMessage(t('review.undone'));
  };
  const accept = (i = current) => spans[i] && change(spans.map((s, k) => (k === i ? { ...s, checked: true } : s)), Math.min(i + 1, spans.length - 1));
  const reject = (i = current) => spans[i] && change(spans.filter((_, k) => k !== i), i);
  const retype = (type: PiiType, i = current) => spans[i] && change(spans.map((s, k) => (k === i ? { ...s, type, checked: true } : s)));
  function addSelection() {
    const area = selector.current;
    if (!area) return;
    const snapped = snapToWords(text, area.selectionStart, area.selectionEnd);
    if (!snapped) return setMessage(t('review.selectFirst'));
    // A new span replaces whatever it overlaps.
    const kept = spans.filter((s) => s.end <= snapped.start || s.start >= snapped.end);
    const next = [...kept, { ...snapped, type: newType, checked: true }].sort((a, b) => a.start - b.start);
    change(next, next.findIndex((s) => s.start === snapped.start));
    setMessage(t('review.added', { text: text.slice(snapped.start, snapped.end) }));
  }

  function onKey(event: KeyboardEvent) {
    if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    const key = event.key;
    const handled = () => event.preventDefault();
    if (key === 'n' || key === 'j' || key === 'ArrowDown') (handled(), setCurrent(Math.min(current + 1, spans.length - 1)));
    else if (key === 'p' || key === 'k' || key === 'ArrowUp') (handled(), setCurrent(Math.max(current - 1, 0)));
    else if (key === 'a' || key === 'Enter') (handled(), accept());
    else if (key === 'x' || key === 'Delete') (handled(), reject());
    else if (/^[1-7]$/.test(key)) (handled(), retype(PII_TYPES[Number(key) - 1]));
    else if (key === 'u' || (key === 'z' && (event.ctrlKey || event.metaKey))) (handled(), undo());
  }
  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  async function save(): Promise<number | null> {
    const saved = await saveSpans(id, spans, version);
    if (saved.ok) {
      setVersion(saved.data.version);
      queryClient.setQueryData(adminKeys.review(id), saved.data);
      return saved.data.version;
    }
    if (saved.problem.status === 412) {
      // Another admin changed it: show what they have, never overwrite it silently.
      const fresh = await fetchReview(id);
      if (fresh.ok) setConflict(fresh.data);
      setMessage(t('review.changedMeanwhile'));
      return null;
    }
    setMessage(saved.problem.detail ?? t('common.error'));
    return null;
  }

  /** Checked on the first press of "Approve and publish": false (and nothing is asked) while a suggestion has not been looked at. */
  function allLookedAt(): boolean {
    // Nothing is published with suggestions nobody looked at: each is accepted, retyped or rejected first.
    const unlooked = spans.filter((span) => !span.checked).length;
    if (unlooked === 0) return true;
    setCurrent(spans.findIndex((span) => !span.checked));
    setMessage(t('review.notLooked', { count: unlooked }));
    list.current?.focus();
    return false;
  }

  /** Publishes once the admin has confirmed, by its reference, which case. */
  async function onApprove() {
    setBusy(true);
    const v = dirty ? await save() : version;
    if (v !== null) {
      const done = await approve(id, v);
      if (done.ok) {
        await queryClient.invalidateQueries({ queryKey: adminKeys.reviewQueue });
        navigate('/admin/review', { state: { notice: 'review.approvedCase', reference: review.data?.reference ?? '' } });
      } else if (done.problem.status === 412) setMessage(t('review.changedMeanwhile'));
      else setMessage(done.problem.detail ?? t('common.error'));
    }
    setBusy(false);
  }

  const approveButton = (
    <ConfirmAction
      variant="primary"
      disabled={busy}
      label={
        <>
          {t('review.approve')} <span className="visually-hidden">{review.data?.reference}</span>
        </>
      }
      question={t('review.approveQuestion', { reference: review.data?.reference ?? '' })}
      confirmLabel={t('review.approveYes', { reference: review.data?.reference ?? '' })}
      beforeAsk={allLookedAt}
      onConfirm={onApprove}
    />
  );

  async function onReturn() {
    if (!reason.trim()) return setMessage(t('review.reasonNeeded'));
    setBusy(true);
    const done = await returnCase(id, reason.trim());
    setBusy(false);
    if (done.ok) navigate('/admin/review', { state: { notice: 'review.returned' } });
    else setMessage(done.problem.detail ?? t('common.error'));
  }

  if (review.isError) return <main id="main" className="page">{t('review.notFound')}</main>;
  if (!review.data) return <main id="main" className="page">{t('common.loading')}</main>;
  if (review.data.narrative === null && review.data.rawNarrativeDropped) {
    return (
      <main id="main" className="page">
        <h1>{t('review.rawDroppedTitle')}</h1>
        <p className="notice" role="status">
          {t('review.rawDropped')}
        </p>
        <h2>{t('review.redactedKept')}</h2>
        <p className="preview">{review.data.proposal?.redacted ?? ''}</p>
      </main>
    );
  }
  if (review.data.narrative === null) {
    return (
      <main id="main" className="page">
        <h1>{t('review.noNarrative')}</h1>
        {approveButton}
      </main>
    );
  }

  if (conflict) {
    const theirs = toWorking(conflict);
    return (
      <main id="main" className="page wide">
        <h1>{t('review.conflictTitle')}</h1>
        <p>{t('review.conflictIntro')}</p>
        <div className="compare">
          <section>
            <h2>{t('review.yours')}</h2>
            <p className="preview">{preview}</p>
          </section>
          <section>
            <h2>{t('review.theirs')}</h2>
            <p className="preview">{applyRedaction(conflict.narrative ?? '', theirs)}</p>
          </section>
        </div>
        <p className="actions">
          <button className="button" onClick={() => (setVersion(conflict.version), setConflict(null), setMessage(t('review.keptMine')))}>
            {t('review.keepMine')}
          </button>
          <button className="button secondary" onClick={() => (queryClient.setQueryData(adminKeys.review(id), conflict), setConflict(null))}>
            {t('review.takeTheirs')}
          </button>
        </p>
      </main>
    );
  }

  const s = spans[current];
  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/admin/review">{t('review.backToQueue')}</Link>
      </p>
      <h1>{t('review.title')}</h1>
      {review.data && (
        <p className="case-identity">
          {t('review.whichCase', { reference: review.data.reference, country: t(`countries.${review.data.country}`, { defaultValue: review.data.country }) })}
        </p>
      )}
      <p className="hint" id="review-keys">
        {t('review.keys')}
      </p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ul className="legend" aria-label={t('review.legend')}>
        {PII_TYPES.map((type, i) => (
          <li key={type}>
            <mark className={`pii pii-${type}`}>
              <span className="pii-label">{t(`review.types.${type}`)}</span>
            </mark>{' '}
            {i + 1}
          </li>
        ))}
        <li>
          <mark className="pii unsure">
            <span className="pii-label">?</span>
          </mark>{' '}
          {t('review.unsure')}
        </li>
      </ul>
      <div className="review-grid">
        <section aria-labelledby="spans-heading">
          <h2 id="spans-heading">{t('review.spans', { n: spans.length })}</h2>
          <div ref={list} className="span-list" tabIndex={0} role="listbox" aria-label={t('review.spansList')} aria-describedby="review-keys" aria-activedescendant={s ? `option-${current}` : undefined} onKeyDown={onKey}>
            {spans.map((span, i) => (
              <div
                key={`${span.start}-${span.end}`}
                id={`option-${i}`}
                role="option"
                aria-selected={i === current}
                data-index={i}
                className={`span-option${i === current ? ' current' : ''}`}
                onClick={() => setCurrent(i)}
              >
                <span className={`pii-swatch pii-${span.type}`} aria-hidden="true" /> {t(`review.types.${span.type}`)}: «{text.slice(span.start, span.end)}»
                {(span.confidence ?? 1) < UNSURE && !span.checked ? ` — ${t('review.unsureShort', { c: formatPercent(Math.round((span.confidence ?? 0) * 100)) })}` : ''}
                {span.checked ? ` — ${t('review.checked')}` : ''}
              </div>
            ))}
          </div>
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => accept()} disabled={!s}>
              {t('review.accept')}
            </button>
            <button type="button" className="button warning" onClick={() => reject()} disabled={!s}>
              {t('review.reject')}
            </button>
            <button type="button" className="button secondary" onClick={undo} disabled={!history.length}>
              {t('review.undo')}
            </button>
          </div>
          {s && (
            <TypeSelect id="span-type" label={t('review.typeOfCurrent')} value={s.type} onChange={(type) => retype(type)} />
          )}
          <h2>{t('review.narrative')}</h2>
          <Highlighted text={text} spans={spans} current={current} onPick={setCurrent} />
        </section>
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{t('review.addTitle')}</h2>
          <Field id="select-text" label={t('review.selectLabel')} hint={t('review.selectHint')}>
            {(props) => (
              // Not `readOnly`: a read-only text area gives no caret, so Shift+arrow keys could not select. Edits are refused instead.
              <textarea {...props} ref={selector} rows={8} value={text} aria-readonly="true" spellCheck={false} onBeforeInput={(e) => e.preventDefault()} onPaste={(e) => e.preventDefault()} onCut={(e) => e.preventDefault()} onDrop={(e) => e.preventDefault()} onChange={() => undefined} />
            )}
          </Field>
          <TypeSelect id="new-type" label={t('review.newType')} value={newType} onChange={setNewType} />
          <button type="button" className="button secondary" onClick={addSelection}>
            {t('review.addSpan')}
          </button>
          <h2>{t('review.preview')}</h2>
          <p className="preview" data-testid="preview">
            {preview}
          </p>
        </section>
      </div>
      <div className="actions">
        {approveButton}
        {dirty && (
          <button type="button" className="button secondary" disabled={busy} onClick={() => void save().then((v) => v !== null && setMessage(t('review.saved')))}>
            {t('review.save')}
          </button>
        )}
      </div>
      <details className="details">
        <summary>{t('review.returnTitle')}</summary>
        <Field id="return-reason" label={t('review.reason')} hint={t('review.reasonHint')}>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <button type="button" className="button warning" disabled={busy} onClick={() => void onReturn()}>
          {t('review.return')}
        </button>
      </details>
    </main>
  );
}
