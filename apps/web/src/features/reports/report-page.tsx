import { useEffect, useState, useSyncExternalStore } from 'react';
import { ScrollRegion } from '../../app/scroll-region';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { type Base, type Count, downloadReport, fetchReportFile, FORMATS, type Format, type ReportLanguage, type ReportResult, requestReport, sameQuestionIn, useReport } from './api/reports';
import { columnsOf, totalBelowFigure } from './noisy-totals';
import { ReportBars } from './report-bars';
import { formatDateTime, formatNumber, formatPercent, shownCount } from '../../lib/format';

/** The mark of a suppressed figure (explained under each table), with words for screen readers; never a number. */
function Suppressed() {
  const { t } = useTranslation();
  return (
    <span className="suppressed" data-suppressed="true">
      <span aria-hidden="true">{t('reports.suppressedMark')}</span>
      <span className="visually-hidden">{t('reports.suppressed')}</span>
    </span>
  );
}

/** One published figure: the number or the percentage, or the suppressed mark. */
function Figure({ count, pct = false }: { count: Count; pct?: boolean }) {
  if (count.suppressed) return <Suppressed />;
  if (pct) return <>{count.pctRespondents === null || count.pctRespondents < 0 ? '–' : formatPercent(count.pctRespondents)}</>;
  // Never a count below zero (a noisy figure is not a count of people).
  return <>{shownCount(count.respondents) ?? '–'}</>;
}

function BaseFigure({ base }: { base: Base | undefined }) {
  if (!base || base.suppressed) return <Suppressed />;
  return <>{shownCount(base.respondents) ?? '–'}</>;
}

/** Under each table: the policy applied and the noise it adds, in words (from the largest standard deviation of its figures). */
function PolicyNote({ result, figures = [] }: { result: ReportResult; figures?: Count[] }) {
  const { t } = useTranslation();
  const sd = Math.max(0, ...figures.map((f) => f.sd ?? 0));
  const pctSd = Math.max(0, ...figures.map((f) => f.pctSd ?? 0));
  return (
    <p className="table-note" data-note="policy">
      {t('reports.suppressedMark')} = {t('reports.suppressedExplained', { max: formatNumber(result.rule.k - 1) })} {result.description.policy}
      {sd > 0 && <> {t(pctSd > 0 ? 'reports.errorInWordsPct' : 'reports.errorInWords', { two: formatNumber(Math.round(2 * sd * 10) / 10), pct: formatNumber(Math.round(2 * pctSd * 10) / 10) })}</>}
    </p>
  );
}

/** What a table shows, above its scroll box and as wide as the screen (a table's own caption is as wide as the table: cut on a phone). */
function TableCaption({ id, children }: { id: string; children: string }) {
  return (
    <p className="table-caption" id={id}>
      {children}
    </p>
  );
}

/** Breakdowns where each respondent is in exactly one row (their shares add up to 100 %). */
const PARTITIONS = ['gender', 'age_band', 'work_setting'];

/** Why shares can add up to more than 100 %: one person in several rows. */
function OverlapNote({ text }: { text: string }) {
  return (
    <p className="table-note" data-note="overlap">
      {text}
    </p>
  );
}

/** Why a total can be below a figure in its row (and shares add up to more than 100 %): each figure's own noise. */
function NoiseNote() {
  const { t } = useTranslation();
  return (
    <p className="table-note" data-note="noise">
      {t('reports.noisyTotals')}
    </p>
  );
}

function Tables({ result }: { result: ReportResult }) {
  const { t } = useTranslation();
  const { crossTab, comparison } = result;
  // Each figure carries its own noise: a total can fall below a figure it totals; said under the table when it does.
  const crossNoisy =
    totalBelowFigure(crossTab.cells, crossTab.rowTotals) ||
    totalBelowFigure(columnsOf(crossTab.cells), crossTab.columnTotals) ||
    totalBelowFigure([crossTab.rowTotals, crossTab.columnTotals], [crossTab.total, crossTab.total]);
  const comparisonNoisy = Boolean(comparison) && totalBelowFigure(comparison?.cells ?? [], comparison?.totals ?? []);
  const breakdownNames: Record<string, string> = {
    country: t('reports.by.country'),
    region: t('reports.by.region'),
    region_group: t('reports.by.region_group'),
    year: t('reports.by.year'),
    gender: t('reports.by.gender'),
    age_band: t('reports.by.age_band'),
    work_setting: t('reports.by.work_setting'),
    location_type: t('reports.by.location_type'),
  };
  return (
    <>
      <h2 id="t-abuses">{t('reports.abusesTable')}</h2>
      <TableCaption id="cap-abuses">{t('reports.abusesCaption')}</TableCaption>
      <ScrollRegion label={t('reports.abusesTable')}>
        <table className="table" data-table="columns" aria-describedby="cap-abuses">
          
          <thead>
            <tr>
              <th scope="col">{t('reports.abuse')}</th>
              <th scope="col">{t('reports.respondents')}</th>
              <th scope="col">{t('reports.pctAsked')}</th>
              <th scope="col">{t('reports.base')}</th>
            </tr>
          </thead>
          <tbody>
            {crossTab.columns.map((col, c) => (
              <tr key={col.key} data-key={col.key}>
                <th scope="row">{col.label}</th>
                <td data-figure="respondents">
                  <Figure count={crossTab.columnTotals[c]} />
                </td>
                <td data-figure="pct">
                  <Figure count={crossTab.columnTotals[c]} pct />
                </td>
                <td data-figure="base">
                  <BaseFigure base={crossTab.columnBases[c]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <OverlapNote text={t('reports.overlapAbuses')} />
      <PolicyNote result={result} figures={crossTab.columnTotals} />

      {comparison && comparison.units.length > 0 && (
        <>
          <h2>{t('reports.comparisonTable', { by: t(`reports.compare.${comparison.dimension}`) })}</h2>
          <TableCaption id="cap-comparison">{t('reports.comparisonCaption')}</TableCaption>
          <ScrollRegion label={t('reports.comparisonTable', { by: t(`reports.compare.${comparison.dimension}`) })}>
            <table className="table" data-table="comparison" aria-describedby="cap-comparison">
              
              <thead>
                <tr>
                  <th scope="col">{t(`reports.compare.${comparison.dimension}`)}</th>
                  <th scope="col">{t('reports.respondents')}</th>
                  {comparison.columns.map((col) => (
                    <th scope="col" key={col.key}>
                      {col.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.units.map((unit, u) => (
                  <tr key={unit.key} data-key={unit.key}>
                    <th scope="row">{unit.label}</th>
                    <td data-figure="respondents">
                      <Figure count={comparison.totals[u]} />
                    </td>
                    {comparison.columns.map((col, c) => (
                      <td key={col.key} data-figure="cell" data-column={col.key}>
                        <Figure count={comparison.cells[u][c]} />
                        {!comparison.cells[u][c].suppressed && (comparison.cells[u][c].pctRespondents ?? -1) >= 0 && (
                          <span className="sub">
                            {' '}
                            ({formatPercent(comparison.cells[u][c].pctRespondents ?? 0)}, n = <BaseFigure base={comparison.bases[u][c]} />)
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {comparisonNoisy && <NoiseNote />}
          <PolicyNote result={result} figures={comparison.cells.flat()} />
        </>
      )}

      <h2>{t('reports.crossTable')}</h2>
      <TableCaption id="cap-crosstab">{t('reports.crossCaption')}</TableCaption>
      <ScrollRegion label={t('reports.crossTable')}>
        <table className="table" data-table="crosstab" aria-describedby="cap-crosstab">
          
          <thead>
            <tr>
              <th scope="col">{t('reports.perpetrator')}</th>
              {crossTab.columns.map((col) => (
                <th scope="col" key={col.key}>
                  {col.label}
                </th>
              ))}
              <th scope="col">{t('reports.total')}</th>
            </tr>
          </thead>
          <tbody>
            {crossTab.rows.map((row, r) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.label}</th>
                {crossTab.columns.map((col, c) => (
                  <td key={col.key} data-figure="cell" data-column={col.key}>
                    <Figure count={crossTab.cells[r][c]} />
                  </td>
                ))}
                <td data-figure="row-total">
                  <Figure count={crossTab.rowTotals[r]} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('reports.total')}</th>
              {crossTab.columns.map((col, c) => (
                <td key={col.key} data-figure="column-total" data-column={col.key}>
                  <Figure count={crossTab.columnTotals[c]} />
                </td>
              ))}
              <td data-figure="total">
                <Figure count={crossTab.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {crossNoisy && <NoiseNote />}
      <PolicyNote result={result} figures={[...crossTab.cells.flat(), ...crossTab.rowTotals, ...crossTab.columnTotals]} />

      {Object.entries(result.breakdowns)
        .filter(([, b]) => b.rows.length > 0)
        .map(([name, b]) => (
          <section key={name}>
            <h2>{breakdownNames[name] ?? name}</h2>
            <TableCaption id={`cap-by-${name}`}>{t('reports.breakdownCaption')}</TableCaption>
            <ScrollRegion label={breakdownNames[name] ?? name}>
              <table className="table" data-table={`by-${name}`} aria-describedby={`cap-by-${name}`}>
                <thead>
                  <tr>
                    <th scope="col">{breakdownNames[name] ?? name}</th>
                    <th scope="col">{t('reports.respondents')}</th>
                    <th scope="col">{t('reports.pctAll')}</th>
                  </tr>
                </thead>
                <tbody>
                  {b.rows.map((row) => (
                    <tr key={row.key} data-key={row.key}>
                      <th scope="row">{row.label}</th>
                      <td data-figure="respondents">
                        <Figure count={row} />
                      </td>
                      <td data-figure="pct">
                        <Figure count={row} pct />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {!PARTITIONS.includes(name) && <OverlapNote text={t(name === 'year' ? 'reports.overlapYears' : 'reports.overlapRows')} />}
            <PolicyNote result={result} figures={b.rows} />
          </section>
        ))}
    </>
  );
}

/**
 * The chart: on a phone or tablet, bars drawn from the report's figures that reflow to the
 * screen (no sideways scrolling); on a wide screen, the API's SVG (fetched with the session,
 * as downloaded). Its figures are the tables below.
 */
/** Wide enough for the API's 980 px chart (the same width as in styles.css). */
const WIDE = '(min-width: 64em)';

function Chart({ id, title, result }: { id: string; title: string; result: ReportResult }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const wide = useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(WIDE).matches,
  );
  useEffect(() => {
    // The SVG only where it is shown (each download is audited).
    if (!wide) return;
    let made: string | null = null;
    void fetchReportFile(id, 'svg')
      .then(({ blob }) => setUrl((made = URL.createObjectURL(blob))))
      .catch(() => setUrl(null));
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [id, wide]);
  return (
    <figure className="chart" data-chart="figure">
      <div className="chart-narrow">
        <ReportBars result={result} />
      </div>
      {wide && url && (
        <div className="chart-wide">
          <img src={url} alt={t('reports.chartAlt', { title })} />
        </div>
      )}
      <figcaption>{t('reports.chartCaption')}</figcaption>
    </figure>
  );
}

const FORMAT_NAMES: Record<Format, string> = { json: 'JSON', csv: 'CSV', xlsx: 'Excel (XLSX)', svg: 'SVG', png: 'PNG' };

export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useReport(id);
  // Set by the report builder when the API answered with an earlier result of the same question.
  const arrived: { reused?: boolean } | null = useLocation().state;
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const reading: ReportLanguage = i18n.language === 'ru' ? 'ru' : 'en';
  // The report as it was asked for (its language, chosen in the builder): the files come from it.
  const files = { id: search.get('files'), lang: search.get('filesLang') };
  const [translateFailed, setTranslateFailed] = useState(false);
  const view0 = report.data;
  // A report's texts are written in the language it was asked in: read in another, the same question is asked in this one.
  const otherLanguage = view0?.status === 'done' && Boolean(view0.result) && view0.params.lang !== reading;
  useEffect(() => {
    if (!otherLanguage || !view0) return;
    let gone = false;
    setTranslateFailed(false);
    void requestReport(sameQuestionIn(view0.params, reading)).then((sent) => {
      if (gone) return;
      if (!sent.ok) return setTranslateFailed(true);
      const from = files.id ? { files: files.id, filesLang: files.lang ?? view0.params.lang } : { files: view0.id, filesLang: view0.params.lang };
      // The translation is always an earlier result: reused (for the reader) only if the report as asked for was.
      navigate(`/reports/${sent.report.id}?${new URLSearchParams(from).toString()}`, { replace: true, state: { reused: Boolean(view0.reused || arrived?.reused) } });
    });
    return () => {
      gone = true;
    };
    // Asked again only when the report or the reading language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [otherLanguage, view0?.id, reading]);

  if (report.isError) {
    return (
      <main id="main" className="page">
        <h1>{t('reports.notFound')}</h1>
        <Link to="/reports">{t('reports.back')}</Link>
      </main>
    );
  }
  const view = report.data;
  if (!view) return <main id="main" className="page">{t('common.loading')}</main>;

  if (view.status === 'queued' || view.status === 'running') {
    return (
      <main id="main" className="page">
        <h1>{t('reports.working')}</h1>
        <label htmlFor="report-progress">{t('reports.progress')}</label>
        <progress id="report-progress" max={100} value={view.progress} />
        <p role="status">{t(`reports.status.${view.status}`)}</p>
      </main>
    );
  }
  if (view.status === 'failed' || !view.result) {
    return (
      <main id="main" className="page">
        <h1>{t('reports.failed')}</h1>
        <p>{view.error}</p>
        <Link to="/reports">{t('reports.back')}</Link>
      </main>
    );
  }
  if (otherLanguage && !translateFailed) {
    return (
      <main id="main" className="page">
        <p role="status">{t('reports.translating')}</p>
      </main>
    );
  }
  const result = view.result;
  // The files of the report as asked for, when this one is its translation for reading.
  const filesId = files.id && files.lang !== view.params.lang ? files.id : view.id;
  // A report read in the reader's language (not the one asked for): the API answers it from the one asked for.
  const translation = filesId !== view.id;
  const filesLang = filesId === view.id ? view.params.lang : files.lang === 'ru' ? 'ru' : 'en';
  // The filters set, one line each; the ones left open ("all") named together, so a phone shows what matters first.
  const chosen = result.description.filters.filter((f) => !f.open);
  const unfiltered = result.description.filters.filter((f) => f.open);
  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/reports">{t('reports.back')}</Link>
      </p>
      <h1>{result.description.title}</h1>
      {otherLanguage && translateFailed && (
        <p className="notice" role="status" data-notice="other-language">
          {t('reports.translateFailed')}
        </p>
      )}
      {(translation ? arrived?.reused : view.reused || arrived?.reused) && (
        <p className="notice" role="status" data-notice="reused">
          {t('reports.reused')}
        </p>
      )}
      <dl className="summary-list">
        {chosen.map((f) => (
          <div key={f.name}>
            <dt>{f.name}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
        {unfiltered.length > 0 && (
          <div>
            <dt>{t('reports.notFiltered')}</dt>
            <dd>{unfiltered.map((f) => f.name).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('reports.period')}</dt>
          <dd>{result.description.period}</dd>
        </div>
        <div>
          <dt>{t('reports.extracted')}</dt>
          <dd>{formatDateTime(result.description.extractedAt)}</dd>
        </div>
      </dl>
      <details className="details">
        <summary>{t('reports.howMade')}</summary>
        <p>{result.description.bases}</p>
        <p>{result.rule.description}</p>
      </details>

      <section aria-labelledby="downloads">
        <h2 id="downloads">{t('reports.downloads')}</h2>
        <ul className="downloads">
          {FORMATS.map((format) => (
            <li key={format}>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setDownloadError(null);
                  void downloadReport(filesId, format).catch(() => setDownloadError(t('reports.downloadFailed')));
                }}
              >
                {t('reports.download', { format: FORMAT_NAMES[format] })}
              </button>
            </li>
          ))}
        </ul>
        {filesLang !== reading && <p className="hint" data-hint="files-language">{t('reports.filesIn', { language: t(`reports.languageIn.${filesLang}`) })}</p>}
        {downloadError && <p role="alert">{downloadError}</p>}
      </section>

      <Chart id={view.id} title={result.description.title} result={result} />
      <Tables result={result} />
      <p className="hint">{result.description.source}</p>
    </main>
  );
}
