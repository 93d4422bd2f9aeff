import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field, type FieldErrors } from '../../components/field/field';
import { ScrollRegion } from '../../app/scroll-region';
import { fieldErrorText } from '../../lib/field-errors';
import { dateLocale } from '../../lib/format';
import { adminKeys } from './api/keys';
import { type DueCase, type RetentionPreview, saveRetentionPolicy, useRetentionPreview } from './api/retention';

type Policy = RetentionPreview['policy'];

/**
 * The retention policy, set by admins (audited by the API). An empty period
 * means "never"; the table above shows what the next run would delete under
 * the saved policy, so a change can be read before the job acts on it.
 */
function RetentionForm({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const text = (n: number | null) => (n === null ? '' : String(n));
  const [values, setValues] = useState({
    draftDays: text(policy.draftDays),
    returnedDays: text(policy.returnedDays),
    publishedReviewYears: text(policy.publishedReviewYears),
    keepRawNarratives: policy.keepRawNarratives,
    keepRawPurpose: policy.keepRawPurpose ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const number = (v: string) => (v.trim() === '' ? null : Number(v.trim()));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const body = {
      draftDays: number(values.draftDays),
      returnedDays: number(values.returnedDays),
      publishedReviewYears: number(values.publishedReviewYears),
      keepRawNarratives: values.keepRawNarratives,
      keepRawPurpose: values.keepRawNarratives ? values.keepRawPurpose.trim() || null : null,
    };
    const saved = await saveRetentionPolicy(body);
    if (!saved.ok) {
      const list = saved.problem.errors ?? [{ pointer: '/draftDays', message: saved.problem.detail ?? String(saved.problem.status), code: 'invalid' }];
      return setErrors(Object.fromEntries(list.map((e) => [`r-${(e.pointer ?? '/draftDays').slice(1)}`, fieldErrorText(e)])));
    }
    setErrors({});
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: adminKeys.retention });
  }

  const days = (key: 'draftDays' | 'returnedDays' | 'publishedReviewYears') => (
    <Field id={`r-${key}`} label={t(`retention.fields.${key}`)} hint={t('retention.emptyIsNever')} error={errors[`r-${key}`]}>
      {(props) => <input {...props} inputMode="numeric" className="narrow-input" value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />}
    </Field>
  );
  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="retention-form-title">
      <h3 id="retention-form-title">{t('retention.formTitle')}</h3>
      <ErrorSummary errors={errors} />
      {days('draftDays')}
      {days('returnedDays')}
      {days('publishedReviewYears')}
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={values.keepRawNarratives} onChange={(e) => setValues({ ...values, keepRawNarratives: e.target.checked })} /> {t('retention.fields.keepRawNarratives')}
        </label>
      </div>
      {values.keepRawNarratives && (
        <Field id="r-keepRawPurpose" label={t('retention.fields.keepRawPurpose')} error={errors['r-keepRawPurpose']}>
          {(props) => <textarea {...props} rows={2} value={values.keepRawPurpose} onChange={(e) => setValues({ ...values, keepRawPurpose: e.target.value })} />}
        </Field>
      )}
      <button className="button secondary">{t('retention.save')}</button>
      {saved && <p role="status">{t('retention.saved')}</p>}
    </form>
  );
}

/** On the operations screen: what the next retention run deletes, and when (a dry run of the daily job). */
export function RetentionSection() {
  const { t } = useTranslation();
  const preview = useRetentionPreview();
  const p = preview.data;
  const when = (iso: string) => new Date(iso).toLocaleString(dateLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' }) + ' UTC';
  if (!p) return <p>{t('common.loading')}</p>;
  const off = t('retention.off');
  const rows: Array<[string, DueCase[], string]> = [
    ['drafts', p.drafts, p.policy.draftDays === null ? off : t('retention.afterDays', { n: p.policy.draftDays })],
    ['returned', p.returned, p.policy.returnedDays === null ? off : t('retention.afterDays', { n: p.policy.returnedDays })],
    ['rawNarratives', p.rawNarratives, p.policy.keepRawNarratives ? t('retention.rawKept', { purpose: p.policy.keepRawPurpose ?? '' }) : t('retention.rawDropped')],
    ['publishedForReview', p.publishedForReview, p.policy.publishedReviewYears === null ? off : t('retention.afterYears', { n: p.policy.publishedReviewYears })],
  ];
  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p>{t('retention.nextRun', { when: when(p.nextRunAt) })}</p>
      <ScrollRegion label={t('retention.caption')}>
        <table className="table">
          <caption>{t('retention.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.kind')}</th>
              <th scope="col">{t('retention.rule')}</th>
              <th scope="col">{t('retention.count')}</th>
              <th scope="col">{t('retention.references')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([kind, list, rule]) => (
              <tr key={kind}>
                <th scope="row">{t(`retention.kinds.${kind}`)}</th>
                <td>{rule}</td>
                <td>{list.length}</td>
                <td>{list.length ? list.slice(0, 20).map((c) => c.reference).join(', ') + (list.length > 20 ? ' …' : '') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        {p.lastRun
          ? t(p.lastRun.finishedAt ? 'retention.lastRun' : 'retention.lastRunUnfinished', { when: when(p.lastRun.startedAt), deleted: p.lastRun.deleted, raw: p.lastRun.rawDropped })
          : t('retention.neverRun')}
      </p>
      <RetentionForm policy={p.policy} />
    </section>
  );
}
