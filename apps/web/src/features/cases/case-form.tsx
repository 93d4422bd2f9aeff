import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Fieldset as Choices } from '../../components/fieldset/fieldset';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field, type FieldErrors, fieldId } from '../../components/field/field';
import { api } from '../../lib/api/client';
import { COUNTRIES, type Region, regionOptions, type Term, useRegions, useTaxonomy } from '../../lib/api/vocabularies';
import { token } from '../../lib/session';
import { type CaseBody, emptyBody, emptyIncident, type LocalCase, loadLocal, removeLocal, saveLocal, syncAll } from './local-cases';
import { fieldErrorText } from '../../lib/field-errors';
import { formatMonthName } from '../../lib/format';
import { newWithdrawalCode, WithdrawalCodeCard } from './withdraw-by-code';

const STEPS = ['interview', 'consent', 'respondent', 'questions', 'incidents', 'narrative', 'check'] as const;
/** The questions an interview may leave out: each abuse group, and who the perpetrators were. */
const PERPETRATOR_QUESTION = 'perpetrators';
type Step = (typeof STEPS)[number];

/** The abuse groups of the taxonomy, in its order (the unit of "was the respondent asked about ..."). */
function abuseGroups(terms: Term[]): string[] {
  return [...new Set(terms.map((t) => t.group ?? 'other'))];
}


function stepOf(pointer: string): Step {
  if (/^\/(interviewMonth|country|region|regionCode|city)/.test(pointer)) return 'interview';
  if (pointer.startsWith('/questions')) return 'questions';
  if (pointer.startsWith('/consent')) return 'consent';
  if (pointer.startsWith('/respondent')) return 'respondent';
  if (pointer.startsWith('/incidents')) return 'incidents';
  if (pointer.startsWith('/narrative')) return 'narrative';
  return 'check';
}

/** What must be filled in before a step can be left (the server checks everything again). */
function missing(body: CaseBody, step: Step, required: string, notAsked = '', groupOf: (category: string) => string = () => 'other'): FieldErrors {
  const errors: FieldErrors = {};
  const need = (pointer: string, value: unknown) => {
    if (value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0)) errors[fieldId(pointer)] = required;
  };
  if (step === 'interview') {
    need('/interviewMonth', body.interviewMonth);
    need('/country', body.country);
  }
  if (step === 'consent') need('/consent/recordedOn', body.consent.recordedOn);
  if (step === 'respondent') for (const key of ['gender', 'ageBand', 'workSetting', 'migrantStatus'] as const) need(`/respondent/${key}`, body.respondent[key]);
  if (step === 'incidents')
    body.incidents.forEach((incident, i) => {
      need(`/incidents/${i}/year`, incident.year);
      need(`/incidents/${i}/country`, incident.country);
      need(`/incidents/${i}/locationType`, incident.locationType);
      need(`/incidents/${i}/abuses`, incident.abuses);
      // An answer to a question that was not asked (or declined) cannot be recorded.
      if (incident.abuses.some((a) => (body.questions?.[groupOf(a)] ?? 'asked') !== 'asked')) errors[fieldId(`/incidents/${i}/abuses`)] = notAsked;
      need(`/incidents/${i}/reportedToAuthorities`, incident.reportedToAuthorities);
      incident.perpetrators.forEach((p, j) => need(`/incidents/${i}/perpetrators/${j}/type`, p.type));
    });
  return errors;
}

interface EditedCase {
  id: string;
  reference: string;
  version: number;
  status: string;
  body: CaseBody;
}

async function loadServerCase(id: string): Promise<EditedCase> {
  const [{ data, response }, narrative] = await Promise.all([
    api.GET('/api/v1/cases/{id}', { params: { path: { id } } }),
    api.GET('/api/v1/cases/{id}/narrative', { params: { path: { id } } }),
  ]);
  if (!response.ok || !data) throw new Error(String(response.status));
  const c = data;
  return {
    id: c.id,
    reference: c.reference,
    version: c.version,
    status: c.status,
    body: {
      interviewMonth: c.interviewMonth,
      country: c.country,
      region: c.region ?? undefined,
      regionCode: c.regionCode ?? undefined,
      city: c.city ?? undefined,
      questions: c.questions ?? {},
      consent: c.consent,
      respondent: c.respondent,
      incidents: c.incidents.map((i) => ({ ...i, month: i.month ?? undefined, place: i.place ?? undefined, regionCode: i.regionCode ?? undefined, perpetrators: i.perpetrators.map((p) => ({ ...p, count: p.count ?? undefined })) })),
      narrative: narrative.response.ok && narrative.data ? narrative.data.narrative : '',
    },
  };
}

/**
 * The whole case, one part per screen (GOV.UK's pattern for people under
 * stress on small screens), ending with "check your answers". What is typed is
 * kept encrypted on the device as it is typed; submitting queues the case on
 * the device and sends it when the phone is online and signed in.
 */
export function CaseForm({ mode }: { mode: 'new' | 'edit' | 'local' }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const taxonomy = useTaxonomy(i18n.language);
  const regions = useRegions(i18n.language);
  const [item, setItem] = useState<LocalCase | null>(null);
  const [step, setStep] = useState<Step>('interview');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [showQuestions, setShowQuestions] = useState(false);
  const saveTimer = useRef<number>(undefined);

  // Load: a new case, a server case to edit, or a case kept on the device.
  useEffect(() => {
    void (async () => {
      if (mode === 'local' && params.id) {
        const local = await loadLocal(params.id);
        if (!local) return navigate('/cases', { replace: true });
        setItem(local);
        const serverErrors = Object.fromEntries((local.errors ?? []).map((e) => [fieldId(e.pointer ?? ''), fieldErrorText(e)]));
        setErrors(serverErrors);
        const first = local.errors?.[0]?.pointer;
        if (first !== undefined) setStep(stepOf(first));
        return;
      }
      if (mode === 'edit' && params.id) {
        const local = await loadLocal(params.id);
        if (local) return setItem(local);
        const server = await loadServerCase(params.id);
        return setItem({ caseId: server.id, mode: 'update', version: server.version, reference: server.reference, body: server.body, submit: false, state: 'editing', idempotencyKey: crypto.randomUUID(), updatedAt: '' });
      }
      setItem({
        caseId: crypto.randomUUID(),
        mode: 'create',
        body: emptyBody(),
        submit: false,
        state: 'editing',
        idempotencyKey: crypto.randomUUID(),
        withdrawalCode: newWithdrawalCode(),
        updatedAt: '',
      });
    })();
  }, [mode, params.id, navigate]);

  const body = item?.body;
  const update = (change: (b: CaseBody) => void) => {
    if (!item) return;
    const next = structuredClone(item.body);
    change(next);
    const updated: LocalCase = { ...item, body: next, state: item.state === 'refused' ? 'refused' : 'editing' };
    setItem(updated);
    // Kept on the device (encrypted) as it is typed: nothing is lost to a failed request or a lock.
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void saveLocal(updated), 400);
  };

  const vocab = (name: string): Term[] => taxonomy.data?.[name] ?? [];
  const stepIndex = STEPS.indexOf(step);

  function go(to: Step) {
    setStep(to);
    window.scrollTo(0, 0);
  }

  const groupOf = (category: string) => vocab('abuse_category').find((term) => term.code === category)?.group ?? 'other';
  const check = (b: CaseBody, s: Step) => missing(b, s, t('common.required'), t('form.abuseNotAsked'), groupOf);

  function next() {
    if (!body) return;
    const found = check(body, step);
    setErrors(found);
    if (Object.keys(found).length === 0) go(STEPS[stepIndex + 1]);
  }

  async function finish(submit: boolean) {
    if (!item) return;
    const all = STEPS.reduce<FieldErrors>((acc, s) => ({ ...acc, ...check(item.body, s) }), {});
    if (submit && Object.keys(all).length) {
      setErrors(all);
      return;
    }
    window.clearTimeout(saveTimer.current);
    if (!submit && Object.keys(all).length) {
      // An unfinished draft stays on this phone (encrypted) until it is complete enough to send: the server
      // checks a draft like a case, and would refuse it, field by field, for what is simply not filled in yet.
      await saveLocal({ ...item, submit: false, state: 'editing', errors: undefined });
      return navigate('/cases', { state: { notice: 'form.keptOnPhone' } });
    }
    const queued: LocalCase = { ...item, submit, state: 'waiting', errors: undefined };
    await saveLocal(queued);
    setNotice(t('form.savedLocally'));
    await syncAll();
    const after = await loadLocal(item.caseId);
    if (!after) {
      setNotice(t('form.sent'));
      return navigate('/cases', { state: { notice: 'form.sent' } });
    }
    if (after.state === 'refused') {
      setItem(after);
      setErrors(Object.fromEntries((after.errors ?? []).map((e) => [fieldId(e.pointer ?? ''), fieldErrorText(e)])));
      setNotice(null);
      go(stepOf(after.errors?.[0]?.pointer ?? ''));
      return;
    }
    if (after.state === 'conflict') return setItem(after);
    navigate('/cases', { state: { notice: 'form.savedLocally' } });
  }

  const title = mode === 'new' ? t('form.newTitle') : t('form.editTitle', { reference: item?.reference ?? '' });
  const summaryErrors = useMemo(() => errors, [errors]);

  if (!item || !body) return <main id="main" className="page">{t('common.loading')}</main>;

  if (item.state === 'conflict' && item.server) {
    const server = item.server;
    return (
      <main id="main" className="page">
        <h1>{t('form.conflictTitle')}</h1>
        <p>{t('form.conflictIntro')}</p>
        <div className="compare">
          <section>
            <h2>{t('form.yours')}</h2>
            <Answers body={body} vocab={vocab} regions={regions.data?.regions ?? []} />
          </section>
          <section>
            <h2>{t('form.theirs')}</h2>
            <Answers body={server} vocab={vocab} regions={regions.data?.regions ?? []} />
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
              navigate('/cases');
            }}
          >
            {t('form.keepMine')}
          </button>
          <button
            className="button secondary"
            onClick={async () => {
              await removeLocal(item.caseId);
              navigate('/cases');
            }}
          >
            {t('form.keepTheirs')}
          </button>
        </p>
      </main>
    );
  }

  const radios = (name: string, pointer: string, value: string, set: (v: string) => void, legend: string) => (
    <Choices id={fieldId(pointer)} legend={legend} error={errors[fieldId(pointer)]}>
      {vocab(name).map((term) => (
        <label key={term.code} className="choice">
          <input type="radio" name={fieldId(pointer)} value={term.code} checked={value === term.code} onChange={() => set(term.code)} /> {term.label}
        </label>
      ))}
    </Choices>
  );
  const select = (name: string, pointer: string, value: string, set: (v: string) => void, label: string, options?: Array<{ code: string; label: string }>, hint?: string) => (
    <Field id={fieldId(pointer)} label={label} hint={hint} error={errors[fieldId(pointer)]}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">{t('form.choose')}</option>
          {(options ?? vocab(name)).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const countries = COUNTRIES.map((code) => ({ code, label: t(`countries.${code}`) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const regionsOf = (country: string) => regionOptions(regions.data?.regions, country, i18n.language);
  const questionKeys = [...abuseGroups(vocab('abuse_category')), PERPETRATOR_QUESTION];

  let content: ReactNode;
  switch (step) {
    case 'interview':
      content = (
        <>
          <Field id={fieldId('/interviewMonth')} label={t('form.interviewMonth')} error={errors[fieldId('/interviewMonth')]}>
            {(props) => <input {...props} type="month" value={body.interviewMonth} onChange={(e) => update((b) => void (b.interviewMonth = e.target.value))} />}
          </Field>
          {select('', '/country', body.country, (v) => update((b) => void (b.country = v)), t('form.country'), countries)}
          {select('', '/regionCode', body.regionCode ?? '', (v) => update((b) => void (b.regionCode = v || null)), `${t('form.region')} ${t('common.optional')}`, regionsOf(body.country), t('form.regionHint'))}
          {body.region && !body.regionCode && <p className="hint">{t('form.regionFreeText', { text: body.region })}</p>}
          <Field id={fieldId('/city')} label={`${t('form.city')} ${t('common.optional')}`} error={errors[fieldId('/city')]}>
            {(props) => <input {...props} value={body.city ?? ''} onChange={(e) => update((b) => void (b.city = e.target.value))} />}
          </Field>
        </>
      );
      break;
    case 'consent':
      content = (
        <>
          <Choices id={fieldId('/consent')} legend={t('form.consentLegend')} error={errors[fieldId('/consent/research')]}>
            {(['research', 'advocacy', 'publicQuotation'] as const).map((key) => (
              <label key={key} className="choice">
                <input type="checkbox" id={fieldId(`/consent/${key}`)} checked={body.consent[key]} onChange={(e) => update((b) => void (b.consent[key] = e.target.checked))} />{' '}
                {t(key === 'research' ? 'form.consentResearch' : key === 'advocacy' ? 'form.consentAdvocacy' : 'form.consentQuotation')}
              </label>
            ))}
          </Choices>
          <Field id={fieldId('/consent/recordedOn')} label={t('form.consentRecordedOn')} error={errors[fieldId('/consent/recordedOn')]}>
            {(props) => <input {...props} type="date" value={body.consent.recordedOn} onChange={(e) => update((b) => void (b.consent.recordedOn = e.target.value))} />}
          </Field>
          {item.mode === 'create' && item.withdrawalCode && <WithdrawalCodeCard code={item.withdrawalCode} />}
        </>
      );
      break;
    case 'respondent':
      content = (
        <>
          {radios('gender', '/respondent/gender', body.respondent.gender, (v) => update((b) => void (b.respondent.gender = v)), t('form.gender'))}
          {radios('age_band', '/respondent/ageBand', body.respondent.ageBand, (v) => update((b) => void (b.respondent.ageBand = v)), t('form.ageBand'))}
          {select('work_setting', '/respondent/workSetting', body.respondent.workSetting, (v) => update((b) => void (b.respondent.workSetting = v)), t('form.workSetting'))}
          {select('migrant_status', '/respondent/migrantStatus', body.respondent.migrantStatus, (v) => update((b) => void (b.respondent.migrantStatus = v)), t('form.migrantStatus'))}
        </>
      );
      break;
    case 'questions': {
      const someUnasked = showQuestions || Object.values(body.questions ?? {}).some((status) => status !== 'asked');
      content = (
        <>
          <Choices id={fieldId('/questions')} legend={t('form.questionsAll')} hint={t('form.questionsIntro')}>
            <label className="choice">
              <input
                type="radio"
                name="f-questions-all"
                checked={!someUnasked}
                onChange={() => {
                  setShowQuestions(false);
                  update((b) => void (b.questions = {}));
                }}
              />{' '}
              {t('form.questionsAllYes')}
            </label>
            <label className="choice">
              <input type="radio" name="f-questions-all" checked={someUnasked} onChange={() => setShowQuestions(true)} /> {t('form.questionsAllNo')}
            </label>
          </Choices>
          {someUnasked && questionKeys.map((q) => (
            <Choices key={q} id={fieldId(`/questions/${q}`)} legend={q === PERPETRATOR_QUESTION ? t('form.questionPerpetrators') : t('form.questionAbuse', { group: t(`groups.${q}`, { defaultValue: q }) })} error={errors[fieldId(`/questions/${q}`)]}>
              {(['asked', 'not_asked', 'declined'] as const).map((status) => (
                <label key={status} className="choice">
                  <input
                    type="radio"
                    name={fieldId(`/questions/${q}`)}
                    value={status}
                    checked={(body.questions?.[q] ?? 'asked') === status}
                    onChange={() => update((b) => void (b.questions = { ...(b.questions ?? {}), [q]: status }))}
                  />{' '}
                  {t(`form.questionStatus.${status}`)}
                </label>
              ))}
            </Choices>
          ))}
        </>
      );
      break;
    }
    case 'incidents':
      content = (
        <>
          {body.incidents.map((incident, i) => {
            const p = (rest: string) => `/incidents/${i}${rest}`;
            const set = (change: (x: CaseBody['incidents'][number]) => void) => update((b) => change(b.incidents[i]));
            return (
              <fieldset key={i} className="incident">
                <legend>{t('form.incident', { n: i + 1 })}</legend>
                <div className="row">
                  <Field id={fieldId(p('/year'))} label={t('form.year')} error={errors[fieldId(p('/year'))]}>
                    {(props) => <input {...props} inputMode="numeric" value={incident.year ?? ''} onChange={(e) => set((x) => void (x.year = e.target.value ? Number(e.target.value.replace(/\D/g, '')) : undefined))} />}
                  </Field>
                  <Field id={fieldId(p('/month'))} label={t('form.month')} error={errors[fieldId(p('/month'))]}>
                    {(props) => (
                      <select {...props} value={incident.month ?? ''} onChange={(e) => set((x) => void (x.month = e.target.value ? Number(e.target.value) : undefined))}>
                        <option value="">{t('form.monthUnknown')}</option>
                        {Array.from({ length: 12 }, (_, m) => (
                          <option key={m} value={m + 1}>
                            {formatMonthName(m)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </div>
                {select('', p('/country'), incident.country, (v) => set((x) => void ((x.country = v), (x.regionCode = null))), t('form.incidentCountry'), countries)}
                {select('', p('/regionCode'), incident.regionCode ?? '', (v) => set((x) => void (x.regionCode = v || null)), `${t('form.incidentRegion')} ${t('common.optional')}`, regionsOf(incident.country))}
                <Field id={fieldId(p('/place'))} label={`${t('form.place')} ${t('common.optional')}`} hint={t('form.placeHint')} error={errors[fieldId(p('/place'))]}>
                  {(props) => <input {...props} value={incident.place ?? ''} onChange={(e) => set((x) => void (x.place = e.target.value))} />}
                </Field>
                {select('location_type', p('/locationType'), incident.locationType, (v) => set((x) => void (x.locationType = v)), t('form.locationType'))}
                <fieldset className="field">
                  <legend>{t('form.perpetrators')}</legend>
                  {incident.perpetrators.map((perp, j) => (
                    <div key={j} className="perpetrator">
                      {select('perpetrator_type', p(`/perpetrators/${j}/type`), perp.type, (v) => set((x) => void (x.perpetrators[j].type = v)), t('form.perpetratorType'))}
                      <div className="row">
                        <Field id={fieldId(p(`/perpetrators/${j}/count`))} label={`${t('form.perpetratorCount')} ${t('common.optional')}`} error={errors[fieldId(p(`/perpetrators/${j}/count`))]}>
                          {(props) => <input {...props} inputMode="numeric" value={perp.count ?? ''} onChange={(e) => set((x) => void (x.perpetrators[j].count = e.target.value ? Number(e.target.value.replace(/\D/g, '')) : undefined))} />}
                        </Field>
                        {select('involvement', p(`/perpetrators/${j}/involvement`), perp.involvement, (v) => set((x) => void (x.perpetrators[j].involvement = v)), t('form.involvement'))}
                      </div>
                    </div>
                  ))}
                  <button type="button" className="button secondary" onClick={() => set((x) => void x.perpetrators.push({ type: '', involvement: 'carried_out' }))}>
                    {t('form.addPerpetrator')}
                  </button>
                </fieldset>
                <Choices id={fieldId(p('/abuses'))} legend={t('form.abuses')} error={errors[fieldId(p('/abuses'))]}>
                  {vocab('abuse_category').filter((term) => (body.questions?.[term.group ?? 'other'] ?? 'asked') === 'asked' || incident.abuses.includes(term.code)).map((term) => (
                    <label key={term.code} className="choice">
                      <input
                        type="checkbox"
                        checked={incident.abuses.includes(term.code)}
                        onChange={(e) => set((x) => void (x.abuses = e.target.checked ? [...x.abuses, term.code] : x.abuses.filter((a) => a !== term.code)))}
                      />{' '}
                      {term.label}
                    </label>
                  ))}
                </Choices>
                {select('reported_to_authorities', p('/reportedToAuthorities'), incident.reportedToAuthorities, (v) => set((x) => void (x.reportedToAuthorities = v)), t('form.reported'))}
                <Choices id={fieldId(p('/medicalCareNeeded'))} legend={t('form.medical')}>
                  {([true, false, null] as const).map((v) => (
                    <label key={String(v)} className="choice">
                      <input type="radio" name={fieldId(p('/medicalCareNeeded'))} checked={incident.medicalCareNeeded === v} onChange={() => set((x) => void (x.medicalCareNeeded = v))} />{' '}
                      {v === true ? t('common.yes') : v === false ? t('common.no') : t('common.unknown')}
                    </label>
                  ))}
                </Choices>
                {body.incidents.length > 1 && (
                  <button type="button" className="button warning" onClick={() => update((b) => void b.incidents.splice(i, 1))}>
                    {t('form.removeIncident', { n: i + 1 })}
                  </button>
                )}
              </fieldset>
            );
          })}
          <button type="button" className="button secondary" onClick={() => update((b) => void b.incidents.push(emptyIncident()))}>
            {t('form.addIncident')}
          </button>
        </>
      );
      break;
    case 'narrative':
      content = (
        <Field id={fieldId('/narrative')} label={`${t('form.narrative')} ${t('common.optional')}`} hint={t('form.narrativeHint')} error={errors[fieldId('/narrative')]}>
          {(props) => <textarea {...props} rows={10} value={body.narrative ?? ''} onChange={(e) => update((b) => void (b.narrative = e.target.value))} />}
        </Field>
      );
      break;
    case 'check':
      content = (
        <>
          <Answers body={body} vocab={vocab} regions={regions.data?.regions ?? []} onChange={(s) => go(s)} />
          <p className="hint">{t('form.submitHint')}</p>
        </>
      );
  }

  return (
    <main id="main" className="page">
      <p className="caption">{t('form.step', { n: stepIndex + 1, total: STEPS.length })}</p>
      <h1>
        {title}: {t(`form.steps.${step}`)}
      </h1>
      {!navigator.onLine && <p className="notice">{t('common.offline')}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary errors={summaryErrors} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === 'check') void finish(true);
          else next();
        }}
      >
        {content}
        <div className="actions">
          {stepIndex > 0 && (
            <button type="button" className="button secondary" onClick={() => go(STEPS[stepIndex - 1])}>
              {t('common.back')}
            </button>
          )}
          {step === 'check' ? <button className="button">{t('form.submit')}</button> : <button className="button">{t('common.continue')}</button>}
          <button type="button" className="button secondary" onClick={() => void finish(false)}>
            {t('form.saveDraft')}
          </button>
        </div>
      </form>
      {!token() && <p className="hint">{t('cases.signInToSend')}</p>}
    </main>
  );
}

/** Check your answers: every answer in words, each part with a link back to it. */
function Answers({ body, vocab, regions, onChange }: { body: CaseBody; vocab: (name: string) => Term[]; regions: Region[]; onChange?: (step: Step) => void }) {
  const { t } = useTranslation();
  const regionName = (code?: string | null) => (code ? (regions.find((r) => r.code === code)?.name ?? code) : '');
  const unasked = Object.entries(body.questions ?? {}).filter(([, status]) => status !== 'asked');
  const label = (name: string, code: string) => vocab(name).find((x) => x.code === code)?.label ?? code;
  const row = (key: string, value: ReactNode, step: Step) => (
    <div className="answer" key={key}>
      <dt>{key}</dt>
      <dd>{value || '—'}</dd>
      {onChange && (
        <dd>
          <button type="button" className="link-button" onClick={() => onChange(step)}>
            {t('common.change')} <span className="visually-hidden">{key}</span>
          </button>
        </dd>
      )}
    </div>
  );
  return (
    <dl className="answers">
      {row(t('form.interviewMonth'), body.interviewMonth, 'interview')}
      {row(t('form.country'), body.country && t(`countries.${body.country}`), 'interview')}
      {row(t('form.region'), regionName(body.regionCode) || body.region, 'interview')}
      {row(t('form.city'), body.city, 'interview')}
      {row(
        t('form.consentLegend'),
        [body.consent.research && t('form.consentResearch'), body.consent.advocacy && t('form.consentAdvocacy'), body.consent.publicQuotation && t('form.consentQuotation')].filter(Boolean).join('; '),
        'consent',
      )}
      {row(t('form.consentRecordedOn'), body.consent.recordedOn, 'consent')}
      {row(t('form.gender'), label('gender', body.respondent.gender), 'respondent')}
      {row(t('form.ageBand'), label('age_band', body.respondent.ageBand), 'respondent')}
      {row(t('form.workSetting'), label('work_setting', body.respondent.workSetting), 'respondent')}
      {row(t('form.migrantStatus'), label('migrant_status', body.respondent.migrantStatus), 'respondent')}
      {row(
        t('form.steps.questions'),
        unasked.length
          ? unasked.map(([q, status]) => `${q === PERPETRATOR_QUESTION ? t('form.questionPerpetratorsShort') : t(`groups.${q}`, { defaultValue: q })}: ${t(`form.questionStatus.${status}`)}`).join('; ')
          : t('form.allAsked'),
        'questions',
      )}
      {body.incidents.map((i, n) =>
        row(
          t('form.incident', { n: n + 1 }),
          `${i.year ?? ''}${i.month ? `-${String(i.month).padStart(2, '0')}` : ''}, ${i.country && t(`countries.${i.country}`)}${i.regionCode ? ` (${regionName(i.regionCode)})` : ''}; ${i.perpetrators.map((p) => label('perpetrator_type', p.type)).join(', ')}: ${i.abuses.map((a) => label('abuse_category', a)).join(', ')}`,
          'incidents',
        ),
      )}
      {row(t('form.narrative'), body.narrative ? `${body.narrative.slice(0, 140)}${body.narrative.length > 140 ? '…' : ''}` : '', 'narrative')}
    </dl>
  );
}
