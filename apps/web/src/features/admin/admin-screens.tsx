import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DevicesList } from '../../lib/devices/devices-list';
import { Link, useLocation } from 'react-router';
import { Fieldset as Choices } from '../../components/fieldset/fieldset';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field, type FieldErrors } from '../../components/field/field';
import { ScrollRegion } from '../../app/scroll-region';
import { AUDIT_ACTIONS, AUDIT_KINDS } from './audit-actions';
import { type AuditEvent, fetchAudit, verifyAudit } from './api/audit';
import { adminKeys } from './api/keys';
import { saveDisclosurePolicy, useOperations } from './api/operations';
import { retryFailed, useReviewQueue } from './api/redaction';
import { createRelease, useReleases } from './api/releases';
import { changeUser, createOrganisation, createUser, renameOrganisation, type User, useOrganisations, useUsers } from './api/users';
import { fieldErrorText } from '../../lib/field-errors';
import { formatDateTime, formatNumber as n } from '../../lib/format';
import { ConfirmAction } from '../../components/confirm-action/confirm-action';
import { RetentionSection } from './retention-section';
import { keepTogether } from '../../lib/keep-together';

const ROLES = ['interviewer', 'researcher', 'admin'] as const;

export function ReviewQueue() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  const location = useLocation();
  // A notice from the page before, with what it names (e.g. the reference of the case just published).
  const { notice, ...noticeValues } = (location.state as { notice?: string; reference?: string } | null) ?? {};
  const [retried, setRetried] = useState(false);
  const items = queue.data?.items ?? [];
  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/">{t('admin.home')}</Link>
      </p>
      <h1>{t('review.queueTitle')}</h1>
      {notice && (
        <p className="notice" role="status">
          {t(notice, noticeValues)}
        </p>
      )}
      <p>{t('review.queueIntro')}</p>
      {items.some((i) => i.redactionStatus === 'failed') && (
        <p>
          <button className="button secondary" onClick={() => void retryFailed().then(() => setRetried(true))}>
            {t('review.retry')}
          </button>
          {retried && <span role="status"> {t('review.retried')}</span>}
        </p>
      )}
      {queue.data && items.length === 0 && <p>{t('review.empty')}</p>}
      <ul className="card-list">
        {items.map((item) => (
          <li key={item.caseId} className="card" data-case={item.caseId}>
            <p className="card-title">
              {item.status === 'in_review' ? <Link to={`/admin/review/${item.caseId}`}>
                  {/* (One child: the link is a flex box for its tap target, and each part would be laid out apart.) */}
                  <span>{keepTogether(t('review.open', { reference: item.reference }))}</span>
                </Link> : item.reference}
            </p>
            <p>
              {t(`countries.${item.country}`, { defaultValue: item.country })} · {item.submittedAt ? formatDateTime(item.submittedAt) : '—'} ·{' '}
              <span className={`tag tag-${item.redactionStatus}`}>{t(`review.redaction.${item.redactionStatus}`, { defaultValue: item.redactionStatus })}</span>
            </p>
            {item.error && <p className="error-message">{t('review.failedBecause', { reason: item.error })}</p>}
          </li>
        ))}
      </ul>
    </main>
  );
}

/** Users and organisations: create (the one-time link shown once), role, disable and enable, MFA reset, a new link. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const organisations = useOrganisations();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<User['role']>('interviewer');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [link, setLink] = useState<{ who: string; url: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [orgName, setOrgName] = useState('');
  const [search, setSearch] = useState('');
  const [pendingRoles, setPendingRoles] = useState<Record<string, User['role']>>({});
  const needle = search.trim().toLowerCase();
  const shownUsers = (users.data?.items ?? []).filter((u) => !needle || `${u.displayName} ${u.email} ${u.role}`.toLowerCase().includes(needle));
  const refresh = () => queryClient.invalidateQueries({ queryKey: adminKeys.all });
  const linkOf = (token: string) => `${window.location.origin}/reset-password#token=${encodeURIComponent(token)}`;

  async function create(event: FormEvent) {
    event.preventDefault();
    const org = organisationId || organisations.data?.[0]?.id || '';
    const created = await createUser({ email: email.trim(), displayName: name.trim(), role, organisationId: org });
    if (!created.ok) {
      const named = Object.fromEntries((created.problem.errors ?? []).map((e) => [`u-${(e.pointer ?? '/email').slice(1)}`, fieldErrorText(e)]));
      return setErrors(Object.keys(named).length ? named : { 'u-email': created.problem.detail ?? t('common.error') });
    }
    setErrors({});
    setLink({ who: created.data.user.email, url: linkOf(created.data.passwordResetToken) });
    setEmail('');
    setName('');
    await refresh();
  }

  async function act(user: User, action: 'disable' | 'enable' | 'mfa-reset' | 'link' | 'role', value?: string) {
    setNotice(null);
    const result = await changeUser(user.id, action, ROLES.find((r) => r === value));
    if (!result.ok) return setNotice(t('users.refused', { reason: result.problem.detail ?? result.problem.status }));
    if (action === 'link' && result.passwordResetToken) setLink({ who: user.email, url: linkOf(result.passwordResetToken) });
    else setNotice(t(`users.done.${action}`, { who: user.email }));
    await refresh();
  }

  async function addOrganisation(event: FormEvent) {
    event.preventDefault();
    const created = await createOrganisation(orgName.trim());
    setNotice(created.ok ? t('users.orgCreated', { name: orgName.trim() }) : t('users.refused', { reason: created.problem.detail ?? created.problem.status }));
    if (created.ok) setOrgName('');
    await refresh();
  }

  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/">{t('admin.home')}</Link>
      </p>
      <h1>{t('users.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {link && (
        <div className="inset" aria-live="polite">
          <p>{t('users.linkFor', { who: link.who })}</p>
          <p>
            <code data-testid="reset-link">{link.url}</code>
          </p>
          <button className="button secondary" onClick={() => void navigator.clipboard?.writeText(link.url)}>
            {t('users.copy')}
          </button>
          <p className="hint">{t('users.linkHint')}</p>
        </div>
      )}
      <section aria-labelledby="new-user">
        <h2 id="new-user">{t('users.create')}</h2>
        <ErrorSummary errors={errors} />
        <form onSubmit={create} noValidate>
          <Field id="u-email" label={t('users.email')} error={errors['u-email']}>
            {(props) => <input {...props} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field id="u-displayName" label={t('users.name')} error={errors['u-displayName']}>
            {(props) => <input {...props} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Choices id="u-role" legend={t('users.role')}>
            {ROLES.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="u-role" checked={role === r} onChange={() => setRole(r)} /> {t(`users.roles.${r}`)}
              </label>
            ))}
          </Choices>
          <Field id="u-organisationId" label={t('users.organisation')}>
            {(props) => (
              <select {...props} value={organisationId || organisations.data?.[0]?.id || ''} onChange={(e) => setOrganisationId(e.target.value)}>
                {(organisations.data ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button className="button">{t('users.createButton')}</button>
        </form>
      </section>
      <section aria-labelledby="all-users">
        <h2 id="all-users">{t('users.all')}</h2>
        <Field id="user-search" label={t('users.search')}>
          {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
        <ul className="card-list">
          {shownUsers.map((u) => (
            <li key={u.id} className="card" data-user={u.email}>
              <p className="card-title">
                {u.displayName} · {u.email}
              </p>
              <p>
                {t(`users.roles.${u.role}`)} · {t(`users.status.${u.status}`)} · {u.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}
              </p>
              <div className="actions">
                <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                  {t('users.changeRole', { who: u.email })}
                </label>
                <select
                  id={`role-${u.id}`}
                  className="narrow-select"
                  value={pendingRoles[u.id] ?? u.role}
                  onChange={(e) => setPendingRoles((p) => ({ ...p, [u.id]: e.target.value as User['role'] }))}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`users.roles.${r}`)}
                    </option>
                  ))}
                </select>
                {pendingRoles[u.id] && pendingRoles[u.id] !== u.role && (
                  // Choosing in the list changes nothing: one arrow key on a focused list must not change anyone's access.
                  <button
                    className="button"
                    onClick={async () => {
                      await act(u, 'role', pendingRoles[u.id]);
                      setPendingRoles(({ [u.id]: _done, ...rest }) => rest);
                    }}
                  >
                    {t('users.applyRole', { role: t(`users.roles.${pendingRoles[u.id]}`) })} <span className="visually-hidden">{u.email}</span>
                  </button>
                )}
                {u.status === 'active' ? (
                  <ConfirmAction
                    label={
                      <>
                        {t('users.disable')} <span className="visually-hidden">{u.email}</span>
                      </>
                    }
                    question={t('users.disableQuestion', { who: u.email })}
                    confirmLabel={t('users.disableConfirm')}
                    onConfirm={() => act(u, 'disable')}
                  />
                ) : (
                  <button className="button secondary" onClick={() => void act(u, 'enable')}>
                    {t('users.enable')} <span className="visually-hidden">{u.email}</span>
                  </button>
                )}
                <button className="button secondary" onClick={() => void act(u, 'link')}>
                  {t('users.newLink')} <span className="visually-hidden">{u.email}</span>
                </button>
                {u.mfaEnabled && (
                  <button className="button secondary" onClick={() => void act(u, 'mfa-reset')}>
                    {t('users.resetMfa')} <span className="visually-hidden">{u.email}</span>
                  </button>
                )}
              </div>
              <UserDevices id={u.id} email={u.email} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="organisations">
        <h2 id="organisations">{t('users.organisations')}</h2>
        <ul className="card-list">
          {(organisations.data ?? []).map((o) => (
            <OrganisationRow key={o.id} id={o.id} name={o.name} onDone={(message) => (setNotice(message), void refresh())} />
          ))}
        </ul>
        <form onSubmit={addOrganisation} noValidate>
          <Field id="org-name" label={t('users.orgName')}>
            {(props) => <input {...props} value={orgName} onChange={(e) => setOrgName(e.target.value)} />}
          </Field>
          <button className="button secondary">{t('users.orgCreate')}</button>
        </form>
      </section>
    </main>
  );
}

/** A user's signed-in devices, loaded when opened. */
function UserDevices({ id, email }: { id: string; email: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t('devices.title')} <span className="visually-hidden">{email}</span>
      </summary>
      {open && <DevicesList userId={id} who={email} />}
    </details>
  );
}

function OrganisationRow({ id, name, onDone }: { id: string; name: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  return (
    <li className="card">
      <form
        className="row"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void renameOrganisation(id, value.trim()).then((r) =>
            onDone(r.ok ? t('users.orgRenamed', { name: value.trim() }) : t('users.refused', { reason: r.problem.detail ?? r.problem.status })),
          );
        }}
      >
        <Field id={`org-${id}`} label={t('users.orgRename', { name })}>
          {(props) => <input {...props} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <button className="button secondary">{t('users.rename')}</button>
      </form>
    </li>
  );
}

/** The audit log, filtered, each event in words; the hash chain verified on demand. */
export function AuditPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const names = new Map((users.data?.items ?? []).map((u) => [u.id, `${u.displayName} (${u.email})`]));
  const actorName = (id: string | null) => (id ? (names.get(id) ?? id) : t('audit.system'));
  const actionLabel = (a: string) => t(`audit.actions.${a.replace(/[.-]/g, '_')}`, { defaultValue: a });
  const [action, setAction] = useState('');
  const [actorId, setActorId] = useState('');
  const [targetId, setTargetId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [chain, setChain] = useState<Awaited<ReturnType<typeof verifyAudit>> | null>(null);
  async function search(event?: FormEvent) {
    event?.preventDefault();
    const query = {
      limit: 100,
      ...(action.trim() && { action: action.trim() }),
      ...(actorId.trim() && { actorId: actorId.trim() }),
      ...(targetId.trim() && { targetId: targetId.trim() }),
      ...(from && { from: new Date(from).toISOString() }),
      ...(to && { to: new Date(to).toISOString() }),
    };
    setEvents((await fetchAudit(query)).items);
  }
  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/">{t('admin.home')}</Link>
      </p>
      <h1>{t('audit.title')}</h1>
      <section aria-labelledby="chain">
        <h2 id="chain">{t('audit.chain')}</h2>
        <button className="button secondary" onClick={() => void verifyAudit().then(setChain)}>
          {t('audit.verify')}
        </button>
        {chain && (
          <p role="status" data-testid="chain">
            {chain.intact ? t('audit.intact', { n: n(chain.checked) }) : t('audit.broken', { seq: chain.firstBrokenSeq ?? '—' })} {t('audit.head', { hash: chain.headHash ?? '—' })}
          </p>
        )}
      </section>
      <form className="filters" onSubmit={(e) => void search(e)} noValidate>
        <Field id="a-action" label={t('audit.action')} hint={t('audit.actionHint')}>
          {(props) => (
            <select {...props} value={action} onChange={(e) => setAction(e.target.value)}>
              <option value="">{t('audit.anyAction')}</option>
              {AUDIT_KINDS.map((kind) => (
                <optgroup key={kind} label={t(`audit.kinds.${kind}`)}>
                  <option value={`${kind}.`}>{t('audit.kindAll', { kind: t(`audit.kinds.${kind}`) })}</option>
                  {AUDIT_ACTIONS.filter((a) => a.startsWith(`${kind}.`)).map((a) => (
                    <option key={a} value={a}>
                      {actionLabel(a)}
                    </option>
                  ))}
                </optgroup>
              ))}
              <optgroup label={t('audit.kinds.other')}>
                {AUDIT_ACTIONS.filter((a) => !AUDIT_KINDS.some((kind) => a.startsWith(`${kind}.`))).map((a) => (
                  <option key={a} value={a}>
                    {actionLabel(a)}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <Field id="a-actor" label={t('audit.actor')}>
          {(props) => (
            <select {...props} value={actorId} onChange={(e) => setActorId(e.target.value)}>
              <option value="">{t('audit.anyone')}</option>
              {(users.data?.items ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} · {u.email}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="a-target" label={t('audit.target')}>
          {(props) => <input {...props} value={targetId} onChange={(e) => setTargetId(e.target.value)} />}
        </Field>
        <div className="row">
          <Field id="a-from" label={t('audit.from')}>
            {(props) => <input {...props} type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field id="a-to" label={t('audit.to')}>
            {(props) => <input {...props} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
        </div>
        <button className="button">{t('audit.search')}</button>
      </form>
      {events && (
        <ol className="card-list" reversed>
          {events.map((e) => (
            <li key={e.seq} className="card">
              <p className="card-title">{actionLabel(e.action)}</p>
              <p>
                {formatDateTime(e.occurredAt)} · {t('audit.by', { role: e.actorRole ? t(`users.roles.${e.actorRole}`, { defaultValue: e.actorRole }) : '—', id: actorName(e.actorId) })}
                {e.targetType ? ` · ${t(`audit.targets.${e.targetType}`, { defaultValue: e.targetType })} ${e.targetType === 'user' && e.targetId ? actorName(e.targetId) : (e.targetId ?? '')}` : ''}
              </p>
              {Object.keys(e.summary ?? {}).length > 0 && (
                <p className="hint">
                  {Object.entries(e.summary)
                    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
                    .join(' · ')}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

/** The disclosure policy, set by admins only (audited); the API refuses values that would weaken it below its floor. */
function PolicyForm({ policy }: { policy: { k: number; maxNoise: number; noiseVariance: number; reportBudget: number; budgetWindowDays: number } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ k: String(policy.k), maxNoise: String(policy.maxNoise), noiseVariance: String(policy.noiseVariance), reportBudget: String(policy.reportBudget), budgetWindowDays: String(policy.budgetWindowDays) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await saveDisclosurePolicy({
      k: Number(values.k),
      maxNoise: Number(values.maxNoise),
      noiseVariance: Number(values.noiseVariance),
      reportBudget: Number(values.reportBudget),
      budgetWindowDays: Number(values.budgetWindowDays),
    });
    if (!result.ok) return setErrors(Object.fromEntries((result.problem.errors ?? [{ pointer: '/k', message: result.problem.detail ?? String(result.problem.status) }]).map((e) => [`p-${(e.pointer ?? '/k').slice(1)}`, fieldErrorText(e)])));
    setErrors({});
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: adminKeys.operations });
  }
  const field = (key: keyof typeof values) => (
    <Field id={`p-${key}`} label={t(`operations.fields.${key}`)} error={errors[`p-${key}`]}>
      {(props) => <input {...props} inputMode="decimal" className="narrow-input" value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />}
    </Field>
  );
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <ErrorSummary errors={errors} />
      <div className="row">
        {field('k')}
      </div>
      <button className="button secondary">{t('operations.savePolicy')}</button>
      {saved && <p role="status">{t('operations.policySaved')}</p>}
    </form>
  );
}

/** The privacy-loss budget (ρ, and ε at δ), what releases spent, and a new release of a year (audited). */
function ReleasesPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const data = useReleases().data;
  const [period, setPeriod] = useState(String(new Date().getUTCFullYear() - 1));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<{ period: string; respondents: number } | null>(null);
  async function release(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await createRelease(period);
    if (!result.ok) return setErrors({ 'r-period': result.problem.status === 409 ? t('operations.releaseRefused', { detail: result.problem.detail ?? '' }) : t('operations.periodInvalid') });
    setErrors({});
    setDone({ period: result.data.period, respondents: result.data.respondents });
    await queryClient.invalidateQueries({ queryKey: adminKeys.releases });
  }
  if (!data) return <p>{t('common.loading')}</p>;
  const b = data.budget;
  return (
    <>
      <p>{t('operations.budgetText', { spent: n(b.spentRho), total: n(b.totalRho), period: n(b.periodRho), spentEpsilon: n(b.spentEpsilon), periodEpsilon: n(b.periodEpsilon), delta: n(b.delta) })}</p>
      <ScrollRegion label={t('operations.releases')}>
        <table className="table">
          <caption>{t('operations.releasesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.releasePeriod')}</th>
              <th scope="col">{t('operations.releaseRespondents')}</th>
              <th scope="col">ρ</th>
              <th scope="col">{t('operations.releaseSd')}</th>
            </tr>
          </thead>
          <tbody>
            {data.releases.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.kind === 'increment' ? t('operations.increment', { period: r.period }) : r.period}</th>
                <td>{n(r.respondents)}</td>
                <td>{n(r.rho)}</td>
                <td>{t('operations.sdLevels', { all: n(r.sd.all), country: n(r.sd.country), region: n(r.sd.region) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <form onSubmit={(e) => void release(e)} noValidate>
        <ErrorSummary errors={errors} />
        <Field id="r-period" label={t('operations.releaseYear')} hint={t('operations.releaseHint', { rho: n(b.periodRho) })} error={errors['r-period']}>
          {(props) => <input {...props} inputMode="numeric" className="narrow-input" value={period} onChange={(e) => setPeriod(e.target.value)} />}
        </Field>
        <button className="button secondary">{t('operations.createRelease')}</button>
        {done && <p role="status">{t('operations.released', { period: done.period, respondents: n(done.respondents) })}</p>}
      </form>
    </>
  );
}

/** Cases and redactions by state, queues and the outbox, the policy and who asked for what. */
export function OperationsPage() {
  const { t } = useTranslation();
  const ops = useOperations();
  const o = ops.data;
  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/">{t('admin.home')}</Link>
      </p>
      <h1>{t('operations.title')}</h1>
      {!o && <p>{t('common.loading')}</p>}
      {o && (
        <>
          <h2>{t('operations.cases')}</h2>
          <ScrollRegion label={t('operations.cases')}>
            <table className="table">
              <caption>{t('operations.casesCaption')}</caption>
              <tbody>
                {o.cases.map((c) => (
                  <tr key={c.status}>
                    <th scope="row">{t(`operations.status.${c.status}`, { defaultValue: c.status })}</th>
                    <td>{n(c.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h2>{t('operations.redactions')}</h2>
          <ScrollRegion label={t('operations.redactions')}>
            <table className="table">
              <caption>{t('operations.redactionsCaption')}</caption>
              <tbody>
                {o.redactions.map((c) => (
                  <tr key={c.status}>
                    <th scope="row">{t(`review.redaction.${c.status}`, { defaultValue: c.status })}</th>
                    <td>{n(c.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h2>{t('operations.queues')}</h2>
          <ScrollRegion label={t('operations.queues')}>
            <table className="table">
              <caption>{t('operations.queuesCaption', { pending: n(o.outbox.pending), lag: n(Math.round(o.outbox.lagSeconds)) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('operations.queue')}</th>
                  <th scope="col">{t('operations.waiting')}</th>
                  <th scope="col">{t('operations.active')}</th>
                  <th scope="col">{t('operations.failed')}</th>
                </tr>
              </thead>
              <tbody>
                {o.queues.map((q) => (
                  <tr key={q.name}>
                    <th scope="row">{t(`operations.queueNames.${q.name}`, { defaultValue: q.name })}</th>
                    <td>{n(q.waiting + q.delayed)}</td>
                    <td>{n(q.active)}</td>
                    <td>{n(q.failed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <RetentionSection />
          <h2>{t('operations.policy')}</h2>
          <p>{t('operations.policyText', { k: n(o.policy.k), noise: n(o.policy.maxNoise), variance: n(o.policy.noiseVariance), budget: n(o.policy.reportBudget), days: n(o.policy.budgetWindowDays) })}</p>
          <PolicyForm key={o.policy.updatedAt} policy={o.policy} />
          <h2>{t('operations.releases')}</h2>
          <ReleasesPanel />
          <h2>{t('operations.requests')}</h2>
          <ScrollRegion label={t('operations.requests')}>
            <table className="table">
              <caption>{t('operations.requestsCaption', { days: n(o.policy.budgetWindowDays) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('operations.researcher')}</th>
                  <th scope="col">{t('operations.reports')}</th>
                  <th scope="col">{t('operations.distinct')}</th>
                </tr>
              </thead>
              <tbody>
                {o.reportsByRequester.map((r) => (
                  <tr key={r.userId}>
                    <th scope="row">{r.displayName}</th>
                    <td>{n(r.reports)}</td>
                    <td>{n(r.distinct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </main>
  );
}
