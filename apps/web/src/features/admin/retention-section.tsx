import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../app/scroll-region';
import { type DueCase, useRetentionPreview } from './admin-api';

/** On the operations screen: what the next retention run deletes, and when (a dry run of the daily job). */
export function RetentionSection() {
  const { t, i18n } = useTranslation();
  const preview = useRetentionPreview();
  const p = preview.data;
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' }) + ' UTC';
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
    </section>
  );
}
