import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryRow {
  key: string;
  /** The answer; an empty one shows a dash. */
  value: ReactNode;
  /** "Change" (or another action) naming the row for screen readers. */
  action?: { label?: string; onClick: () => void; testId?: string };
  /** More actions beside it (e.g. Remove, which asks first). */
  extra?: ReactNode;
}

/** Answers as key/value rows, each with its action (GOV.UK summary list, as on "check your answers"). */
export function SummaryList({ rows, className = 'answers' }: { rows: SummaryRow[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <dl className={className}>
      {rows.map((row, i) => (
        <div className="answer" key={`${row.key}-${i}`}>
          <dt>{row.key}</dt>
          <dd>{row.value || '—'}</dd>
          {(row.action || row.extra) && (
            <dd className="answer-actions">
              {row.action && (
                <button type="button" className="link-button" onClick={row.action.onClick} data-testid={row.action.testId}>
                  {row.action.label ?? t('common.change')} <span className="visually-hidden">{row.key}</span>
                </button>
              )}
              {row.extra}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
