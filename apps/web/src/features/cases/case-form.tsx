import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/button/button';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { type FieldErrors, fieldId } from '../../components/field/field';
import { Notice } from '../../components/notice/notice';
import { COUNTRIES, regionOptions, type Term, useRegions, useTaxonomy } from '../../lib/api/vocabularies';
import { fieldErrorText } from '../../lib/field-errors';
import { token } from '../../lib/session';
import { firstIncomplete, type FormErrors, incidentMissing, type Messages, missing, missingAll, type Position, positionOf, STEPS, type Step, untouched } from './case-steps';
import { fetchCaseWithNarrative } from './api/cases';
import { draftOf } from './case-body';
import { beforeLock, type CaseBody, emptyBody, emptyIncident, type LocalCase, loadLocal, removeLocal, saveLocal, syncAll } from './local-cases';
import { Answers } from './steps/check-step';
import { ConsentStep } from './steps/consent-step';
import { IncidentStep } from './steps/incident-step';
import { IncidentsStep } from './steps/incidents-step';
import { InterviewStep } from './steps/interview-step';
import { NarrativeStep } from './steps/narrative-step';
import { QuestionsStep } from './steps/questions-step';
import { RespondentStep } from './steps/respondent-step';
import type { StepProps } from './steps/step-props';
import { newWithdrawalCode } from './withdraw-by-code';

async function loadServerCase(id: string): Promise<LocalCase> {
  const { stored: c, narrative } = await fetchCaseWithNarrative(id);
  const body: CaseBody = draftOf(c, narrative);
  return {
    caseId: c.id,
    mode: 'update',
    version: c.version,
    reference: c.reference,
    returnReason: c.status === 'draft' ? c.returnReason : null,
    body,
    submit: false,
    state: 'editing',
    idempotencyKey: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
    updatedAt: '',
  };
}

const isStep = (step: string): step is Step => (STEPS as readonly string[]).includes(step);

/** /cases/new: a new case gets its id at once, in the address, so a lock (or a reload) reopens this same case. */
export function NewCase() {
  return <Navigate to={`/cases/new/${crypto.randomUUID()}`} replace />;
}

/**
 * The whole case, one part per screen (GOV.UK's pattern for people under
 * stress on small screens), ending with "check your answers". This is the
 * step controller: it loads and keeps the case, knows where the person is
 * and which screen comes next; each step is a component of its own under
 * steps/. What is typed is kept encrypted on the device as it is typed, with
 * the screen it was typed on; submitting queues the case on the device and
 * sends it when the phone is online and signed in.
 */
export function CaseForm({ mode }: { mode: 'new' | 'edit' | 'local' }) {
  const params = useParams();
  // A different case is a different form (nothing of the last one's screen or errors carries over).
  return <CaseFormFor key={`${mode}:${params.id}`} mode={mode} id={params.id!} />;
}

function CaseFormFor({ mode, id }: { mode: 'new' | 'edit' | 'local'; id: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy(i18n.language);
  const regions = useRegions(i18n.language);
  const [item, setItem] = useState<LocalCase | null>(null);
  const [pos, setPos] = useState<Position>({ step: 'interview' });
  const [errors, setErrors] = useState<FormErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const saveTimer = useRef<number>(undefined);
  /** The latest version not yet written to the device (written at once if the app locks). */
  const unsaved = useRef<LocalCase | null>(null);
  /** Whether this case is on the device at all (a new case is, from its first answer on). */
  const kept = useRef(false);

  // Load: a case kept on the device (where it was left), a server case to edit, or a new case.
  useEffect(() => {
    void (async () => {
      const local = await loadLocal(id);
      if (local) {
        kept.current = true;
        setItem(local);
        const serverErrors: FormErrors = Object.fromEntries((local.errors ?? []).map((e) => [fieldId(e.pointer ?? ''), { api: e }]));
        setErrors(serverErrors);
        const first = local.errors?.[0]?.pointer;
        if (local.state === 'refused' && first !== undefined) setPos({ ...positionOf(first), toCheck: true });
        else if (local.at && isStep(local.at.step)) {
          setPos({ step: local.at.step, incident: local.at.incident, toCheck: local.at.toCheck });
          // Opened at its own address again: after a lock or a reload, not from the list.
          if (mode === 'new') setNotice(t('form.resumed'));
        }
        return;
      }
      if (mode === 'local') return navigate('/cases', { replace: true });
      if (mode === 'edit') return setItem(await loadServerCase(id));
      setItem({ caseId: id, mode: 'create', body: emptyBody(), submit: false, state: 'editing', idempotencyKey: crypto.randomUUID(), withdrawalCode: newWithdrawalCode(), startedAt: new Date().toISOString(), updatedAt: '' });
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, id]);

  /** Writes at once what the short save delay still holds (never after a wipe: the store then has no key and refuses). */
  const writeNow = () => {
    window.clearTimeout(saveTimer.current);
    if (unsaved.current) void saveLocal(unsaved.current).catch(() => undefined);
    unsaved.current = null;
  };
  // Locking drops the key: what was typed in the last moment is written first (encrypted), with the screen it is on.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => beforeLock(writeNow), []);
  // So does leaving the form, or the phone putting the app in the background, where the system may end it.
  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && writeNow();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', writeNow);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', writeNow);
      writeNow();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const keep = (next: LocalCase, now = false) => {
    kept.current = true;
    unsaved.current = next;
    window.clearTimeout(saveTimer.current);
    if (now) writeNow();
    else saveTimer.current = window.setTimeout(writeNow, 400);
  };

  const body = item?.body;
  const update = (change: (b: CaseBody) => void) => {
    if (!item) return;
    const next = structuredClone(item.body);
    change(next);
    const updated: LocalCase = { ...item, body: next, at: pos, state: item.state === 'refused' ? 'refused' : 'editing' };
    setItem(updated);
    // Kept on the device (encrypted) as it is typed: nothing is lost to a failed request or a lock.
    keep(updated);
  };

  const vocab = (name: string): Term[] => taxonomy.data?.[name] ?? [];
  const groupOf = (category: string) => vocab('abuse_category').find((term) => term.code === category)?.group ?? 'other';
  const messages: Messages = { groupOf };
  // Errors are put into words here, at every render: a language switch re-words them.
  const shownErrors: FieldErrors = Object.fromEntries(Object.entries(errors).map(([id, e]) => [id, 'api' in e ? fieldErrorText(e.api, i18n.language) : t(e.key, e.params)]));

  // Every change of screen: to its top, the focus on its heading (never left on a button that now means something
  // else, such as Continue becoming "Submit case"). With errors, the error summary takes the focus instead.
  const where = `${pos.step}:${pos.incident ?? ''}`;
  const shownOnce = useRef(false);
  useEffect(() => {
    if (!item) return;
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    window.scrollTo(0, 0);
    if (Object.keys(errors).length === 0) heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [where, Boolean(item)]);

  /** Moves to a screen; the case on the device remembers it (if the case is kept there at all). */
  function go(to: Position, withBody?: CaseBody) {
    setPos(to);
    setNotice(null);
    if (item && kept.current) {
      const next = { ...item, ...(withBody ? { body: withBody } : {}), at: to };
      setItem(next);
      keep(next, true);
    } else if (item && withBody) setItem({ ...item, body: withBody });
    window.scrollTo(0, 0);
  }

  /** The incidents step, coming to it forward: the first incident still to fill in, or the list of them. */
  const incidentsEntry = (b: CaseBody, toCheck?: boolean): Position => ({ step: 'incidents', incident: firstIncomplete(b, messages), toCheck });

  function next() {
    if (!body) return;
    const found = pos.step === 'incidents' && pos.incident !== undefined ? incidentMissing(body, pos.incident, messages) : missing(body, pos.step, messages);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // One incident done: back to the list of incidents (or to "check your answers" when it came from there).
    if (pos.step === 'incidents' && pos.incident !== undefined) return go(pos.toCheck ? { step: 'check' } : { step: 'incidents' });
    if (pos.toCheck) return go({ step: 'check' });
    const following = STEPS[STEPS.indexOf(pos.step) + 1];
    go(following === 'incidents' ? incidentsEntry(body) : { step: following });
  }

  function back() {
    if (!body) return;
    setErrors({});
    if (pos.step === 'incidents' && pos.incident !== undefined) {
      // A new incident left untouched is dropped again; otherwise Back leads to the list (or to check your answers).
      const others = body.incidents.filter((_, i) => i !== pos.incident);
      if (untouched(body.incidents[pos.incident]) && others.length > 0) return go({ step: 'incidents', toCheck: pos.toCheck }, { ...body, incidents: others });
      if (pos.toCheck) return go({ step: 'check' });
      return go(others.length > 0 ? { step: 'incidents' } : { step: 'questions' });
    }
    if (pos.toCheck) return go({ step: 'check' });
    const previous = STEPS[STEPS.indexOf(pos.step) - 1];
    go(previous === 'incidents' ? { step: 'incidents' } : { step: previous });
  }

  async function finish(submit: boolean) {
    if (!item) return;
    window.clearTimeout(saveTimer.current);
    unsaved.current = null;
    const all = missingAll(item.body, messages);
    if (submit && Object.keys(all).length) {
      // Validated in full at submission: the first screen with something missing opens with its errors; Continue there
      // leads back here, and the next such screen (if any) opens the same way.
      const screenOf = (fid: string) => positionOf(fid.replace(/^f/, '').replace(/-/g, '/'));
      const first = screenOf(Object.keys(all)[0]);
      const same = (p: Position) => p.step === first.step && p.incident === first.incident;
      go({ ...first, toCheck: true });
      return setErrors(Object.fromEntries(Object.entries(all).filter(([fid]) => same(screenOf(fid)))));
    }
    if (!submit && Object.keys(all).length) {
      // An unfinished draft stays on this phone (encrypted) until it is complete enough to send: the server
      // checks a draft like a case, and would refuse it, field by field, for what is simply not filled in yet.
      await saveLocal({ ...item, at: pos, submit: false, state: 'editing', errors: undefined });
      return navigate('/cases', { replace: true, state: { notice: 'form.keptOnPhone' } });
    }
    const queued: LocalCase = { ...item, at: pos, submit, state: 'waiting', errors: undefined };
    await saveLocal(queued);
    setNotice(t('form.savedLocally'));
    await syncAll();
    const after = await loadLocal(item.caseId);
    // A draft was saved, not sent: the list says which (and opens at its top, where the notice is).
    window.scrollTo(0, 0);
    if (!after) return navigate('/cases', { replace: true, state: { notice: submit ? 'form.sent' : 'form.draftSaved' } });
    if (after.state === 'refused') {
      setItem(after);
      setErrors(Object.fromEntries((after.errors ?? []).map((e) => [fieldId(e.pointer ?? ''), { api: e }])));
      return go({ ...positionOf(after.errors?.[0]?.pointer ?? ''), toCheck: true });
    }
    if (after.state === 'conflict') return setItem(after);
    navigate('/cases', { replace: true, state: { notice: 'form.savedLocally' } });
  }

  if (!item || !body) return <main id="main" className="page">{t('common.loading')}</main>;
  const regionList = regions.data?.regions ?? [];

  if (item.state === 'conflict' && item.server) {
    const server = item.server;
    return (
      <main id="main" className="page">
        <h1>{t('form.conflictTitle')}</h1>
        <p>{t('form.conflictIntro')}</p>
        <div className="compare">
          <section>
            <h2>{t('form.yours')}</h2>
            <Answers body={body} vocab={vocab} regions={regionList} />
          </section>
          <section>
            <h2>{t('form.theirs')}</h2>
            <Answers body={draftOf(server)} vocab={vocab} regions={regionList} />
          </section>
        </div>
        <p className="actions">
          <button
            className="button"
            onClick={async () => {
              // Mine, on top of the server's current version.
              const mine: LocalCase = { ...item, version: server.version, server: undefined, state: 'waiting' };
              await saveLocal(mine);
              await syncAll();
              navigate('/cases', { replace: true });
            }}
          >
            {t('form.keepMine')}
          </button>
          <button
            className="button secondary"
            onClick={async () => {
              await removeLocal(item.caseId);
              navigate('/cases', { replace: true });
            }}
          >
            {t('form.keepTheirs')}
          </button>
        </p>
      </main>
    );
  }

  const countries = COUNTRIES.map((code) => ({ code, label: t(`countries.${code}`) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const props: StepProps = { body, update, errors: shownErrors, vocab, countries, regionsOf: (country) => regionOptions(regions.data?.regions, country, i18n.language) };
  const stepIndex = STEPS.indexOf(pos.step);

  let content: ReactNode;
  switch (pos.step) {
    case 'interview':
      content = <InterviewStep {...props} />;
      break;
    case 'consent':
      content = <ConsentStep {...props} withdrawalCode={item.mode === 'create' ? item.withdrawalCode : undefined} />;
      break;
    case 'respondent':
      content = <RespondentStep {...props} />;
      break;
    case 'questions':
      content = <QuestionsStep {...props} />;
      break;
    case 'incidents':
      content =
        pos.incident !== undefined && body.incidents[pos.incident] ? (
          <IncidentStep {...props} index={pos.incident} />
        ) : (
          <IncidentsStep
            {...props}
            regions={regionList}
            open={(index) => go({ step: 'incidents', incident: index, toCheck: pos.toCheck })}
            add={() => {
              const more = { ...body, incidents: [...body.incidents, emptyIncident()] };
              setErrors({});
              go({ step: 'incidents', incident: more.incidents.length - 1, toCheck: pos.toCheck }, more);
            }}
            remove={(index) => {
              setErrors({});
              const fewer = { ...body, incidents: body.incidents.filter((_, i) => i !== index) };
              kept.current = true;
              go({ step: 'incidents', toCheck: pos.toCheck }, fewer);
              setNotice(t('form.incidentRemoved', { n: index + 1 }));
            }}
          />
        );
      break;
    case 'narrative':
      content = <NarrativeStep {...props} />;
      break;
    case 'check':
      content = (
        <>
          <Answers body={body} vocab={vocab} regions={regionList} onChange={(to) => go({ ...to, toCheck: true })} />
          <p className="hint">{t('form.submitHint')}</p>
        </>
      );
  }

  const title = mode === 'edit' || item.mode === 'update' ? t('form.editTitle', { reference: item.reference ?? '' }) : t('form.newTitle');
  return (
    <main id="main" className="page">
      <p className="caption">{t('form.step', { n: stepIndex + 1, total: STEPS.length })}</p>
      <h1 ref={heading} tabIndex={-1}>
        {title}: {t(`form.steps.${pos.step}`)}
      </h1>
      {item.returnReason && (
        <Notice variant="important" title={t('form.returnedTitle')} testId="return-reason">
          <p>{t('form.returnedIntro')}</p>
          <p>{item.returnReason}</p>
        </Notice>
      )}
      {!navigator.onLine && <Notice>{t('common.offline')}</Notice>}
      {notice && (
        <Notice role="status" testId="form-notice">
          {notice}
        </Notice>
      )}
      <ErrorSummary errors={shownErrors} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (pos.step === 'check') void finish(true);
          else next();
        }}
      >
        {content}
        <div className="actions">
          {stepIndex > 0 && (
            <Button variant="secondary" onClick={back}>
              {t('common.back')}
            </Button>
          )}
          <Button type="submit">{pos.step === 'check' ? t('form.submit') : t('common.continue')}</Button>
          <Button variant="secondary" onClick={() => void finish(false)}>
            {t('form.saveDraft')}
          </Button>
        </div>
      </form>
      {!token() && <p className="hint">{t('cases.signInToSend')}</p>}
    </main>
  );
}
