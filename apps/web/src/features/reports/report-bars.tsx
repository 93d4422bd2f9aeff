import { useTranslation } from 'react-i18next';
import type { Base, Count, Labelled, ReportResult } from './api/reports';
import { formatPercent, shownCount } from '../../lib/format';

interface Bar {
  key: string;
  label: string;
  count: Count;
  base: Base | undefined;
}

/** Largest share first; suppressed figures last (never drawn, only marked). */
const byShare = (a: Bar, b: Bar) => (b.count.suppressed ? -1 : b.count.pctRespondents ?? -1) - (a.count.suppressed ? -1 : a.count.pctRespondents ?? -1);

/** One list of bars: the label above, the bar and its figure beside it, as wide as the screen allows. */
function Bars({ bars, label }: { bars: Bar[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="bars" aria-label={label}>
      {[...bars].sort(byShare).map((bar) => {
        const pct = bar.count.suppressed || bar.count.pctRespondents === null || bar.count.pctRespondents < 0 ? null : bar.count.pctRespondents;
        const n = shownCount(bar.count.respondents);
        const base = bar.base && !bar.base.suppressed ? shownCount(bar.base.respondents) : null;
        return (
          <li key={bar.key} data-bar={bar.key}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-row">
              <span className="bar-track" aria-hidden="true">
                {pct !== null && <span className="bar" style={{ width: `${Math.min(100, Math.max(0, pct))}%` }} />}
              </span>
              <span className="bar-value">
                {bar.count.suppressed ? (
                  <span className="suppressed" data-suppressed="true">
                    <span aria-hidden="true">{t('reports.suppressedMark')}</span>
                    <span className="visually-hidden">{t('reports.suppressed')}</span>
                  </span>
                ) : pct === null || n === null ? (
                  '–'
                ) : (
                  // Never "0 % (0 of -1)": a base that is no count of people is shown as the suppressed mark.
                  t('reports.barValue', { pct: formatPercent(pct), n, base: base ?? t('reports.suppressedMark') })
                )}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const barsOf = (columns: Labelled[], counts: Count[], bases: Array<Base | undefined>): Bar[] => columns.map((col, c) => ({ key: col.key, label: col.label, count: counts[c], base: bases[c] }));

/**
 * The chart for narrow screens, drawn from the report's own figures: the share of those asked
 * who experienced each kind of abuse, largest first, and with a comparison the same for each
 * unit. Reflows to any width (no sideways scrolling); the tables below hold every figure.
 */
export function ReportBars({ result }: { result: ReportResult }) {
  const { t } = useTranslation();
  const { crossTab, comparison } = result;
  return (
    <div className="report-bars" data-chart="bars">
      <h3 className="bars-title">{t('reports.barsTitle')}</h3>
      <Bars label={t('reports.barsTitle')} bars={barsOf(crossTab.columns, crossTab.columnTotals, crossTab.columnBases)} />
      {comparison &&
        comparison.units.map((unit, u) => (
          <div key={unit.key} data-unit={unit.key}>
            <h3 className="bars-title">{unit.label}</h3>
            <Bars label={unit.label} bars={barsOf(comparison.columns, comparison.cells[u], comparison.bases[u])} />
          </div>
        ))}
      <p className="table-note" data-note="overlap">
        {t('reports.overlapAbuses')}
      </p>
    </div>
  );
}
