import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Checkboxes } from '../../components/checkboxes/checkboxes';
import { Fieldset as Choices } from '../../components/fieldset/fieldset';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Field, type FieldErrors, fieldId } from '../../components/field/field';
import { COUNTRIES, regionOptions, type Term, useRegions, useTaxonomy } from '../../lib/api/vocabularies';
import { usePolicy } from './api/disclosure-policy';
import { type ReportRequest, requestReport, useRecentReports } from './api/reports';
import { fieldErrorText } from '../../lib/field-errors';
import { formatDateTime } from '../../lib/format';

type Level = 'type' | 'group';
type Compare = '' | 'country' | 'region' | 'region_group';

/** A year as the form takes it: four digits, from 1990 (no case is older) to 2100. */
const isYear = (value: string) => /^\d{4}$/.test(value) && Number(value) >= 1990 && Number(value) <= 2100;

/** A report's period in years ("2024 – 2026", "2025"); an admin's exact report over months keeps its months. */
function periodYears(from?: string, to?: string): string {
  const whole = (!from || from.endsWith('-01')) && (!to || to.endsWith('-12'));
  const a = from ? (whole ? from.slice(0, 4) : from) : '…';
  const b = to ? (whole ? to.slice(0, 4) : to) : '…';
  return a === b ? a : `${a} – ${b}`;
}

/** A form field id from the JSON pointer the API names a problem by. */
const idOf = (pointer: string) => fieldId(pointer, 'r');

/**
 * The researcher's workspace: a report builder that offers only what the
 * disclosure policy allows (and says why the rest is not there), and the
 * recent reports, each reopenable.
 */
export function ReportsHome() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const policy = usePolicy();
  const taxonomy = useTaxonomy(i18n.language);
  const regions = useRegions(i18n.language);
  const recent = useRecentReports();
  const [countries, setCountries] = useState<string[]>([]);
  const [regionCodes, setRegionCodes] = useState<string[]>([]);
  const [regionGroups, setRegionGroups] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [onlyPerpetrators, setOnlyPerpetrators] = useState(false);
  const [perpetratorTypes, setPerpetratorTypes] = useState<string[]>([]);
  const [perpetrators, setPerpetrators] = useState<Level>('type');
  const [abuses, setAbuses] = useState<Level>('group');
  const [compareBy, setCompareBy] = useState<Compare>('');
  // The report's language: the interface's (following a switch) until the reader chooses one.
  const [chosenLang, setLang] = useState<'en' | 'ru' | null>(null);
  const lang: 'en' | 'ru' = chosenLang ?? ((i18n.resolvedLanguage ?? i18n.language ?? '').startsWith('ru') ? 'ru' : 'en');
  const [k, setK] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const minK = policy.data?.k ?? 5;
  const vocab = (name: string): Term[] => taxonomy.data?.[name] ?? [];
  const countryOptions = COUNTRIES.map((code) => ({ code, label: t(`countries.${code}`) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const regionsOf = (country: string) => regionOptions(regions.data?.regions, country, i18n.language);
  const groups = (regions.data?.groups ?? []).filter((g) => countries.length === 0 || countries.includes(g.country));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    const kValue = k === '' ? minK : Number(k);
    if (!Number.isInteger(kValue) || kValue < minK || kValue > 100) found[idOf('/k')] = t('reports.kTooSmall', { k: minK });
    // Releases are per calendar year: the period is asked for in years (from–to, or one year) and sent as January–December.
    if (from && !isYear(from)) found[idOf('/from')] = t('reports.yearInvalid');
    if (to && !isYear(to)) found[idOf('/to')] = t('reports.yearInvalid');
    if (isYear(from) && isYear(to) && from > to) found[idOf('/to')] = t('reports.periodOrder');
    if (onlyPerpetrators && perpetratorTypes.length === 0) found[idOf('/perpetratorTypes')] = t('reports.choosePerpetrators');
    setErrors(found);
    if (Object.keys(found).length) return;
    const body: ReportRequest = {
      countries: countries.length ? countries : undefined,
      regions: regionCodes.length ? regionCodes : undefined,
      regionGroups: regionGroups.length ? regionGroups : undefined,
      perpetratorTypes: onlyPerpetrators ? perpetratorTypes : undefined,
      compareBy: compareBy || undefined,
      from: from ? `${from}-01` : undefined,
      to: to ? `${to}-12` : undefined,
      perpetrators,
      abuses,
      lang,
      k: kValue,
    };
    setBusy(true);
    const sent = await requestReport(body);
    setBusy(false);
    // The same question over unchanged data gets the earlier result: the report page says so.
    if (sent.ok) return navigate(`/reports/${sent.report.id}`, { state: { reused: sent.report.reused } });
    if (sent.status === 429) return setErrors({ [idOf('/submit')]: sent.problem.detail ?? t('reports.budgetSpent') });
    if (sent.status === 409) return setErrors({ [idOf('/submit')]: t('reports.noRelease') });
    // Why the releases cannot answer, in the reader's language (the API's words for anything else).
    const why = (pointer: string | undefined, message: string) => {
      const field = (pointer ?? '').slice(1);
      return sent.status === 422 && ['from', 'to', 'genders', 'ageBands', 'workSettings', 'perpetratorTypes', 'abuses'].includes(field) ? t(`reports.cannotAsk.${field}`) : message;
    };
    const named = Object.fromEntries((sent.problem.errors ?? []).map((e) => [idOf(e.pointer ?? '/submit'), why(e.pointer, fieldErrorText(e))]));
    setErrors(Object.keys(named).length ? named : { [idOf('/submit')]: sent.problem.detail ?? t('common.error') });
  }

  return (
    <main id="main" className="page">
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro')}</p>
      {policy.data && (
        <div className="inset" id="policy">
          <p>{t('reports.policy', { k: policy.data.k })}</p>
          <p>{t('reports.releaseLimits')}</p>
          <p>{t('reports.notOffered')}</p>
        </div>
      )}
      <p>
        <Link to="/quotations">{t('reports.quotationsLink')}</Link>
      </p>

      <section aria-labelledby="recent">
        <h2 id="recent">{t('reports.recent')}</h2>
        {recent.data && recent.data.length === 0 && <p>{t('reports.none')}</p>}
        {recent.data && recent.data.length > 0 && (
          <ul className="report-list">
            {recent.data.map((r) => (
              <li key={r.id}>
                <Link to={`/reports/${r.id}`}>
                  {formatDateTime(r.createdAt)}: {(r.params.countries ?? []).map((c) => t(`countries.${c}`, { defaultValue: c })).join(', ') || t('reports.allCountries')}
                  {r.params.from || r.params.to ? `, ${periodYears(r.params.from, r.params.to)}` : ''}
                </Link>{' '}
                <span className="tag">{t(`reports.status.${r.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-report">
        <h2 id="new-report">{t('reports.new')}</h2>
        <ErrorSummary errors={errors} />
        <form onSubmit={submit} noValidate id={idOf('/submit')}>
          <details className="details" open={countries.length > 0 || undefined}>
            <summary>{countries.length ? t('reports.countriesChosen', { list: countries.map((c) => t(`countries.${c}`)).join(', ') }) : t('reports.countriesAll')}</summary>
            <Checkboxes id={idOf('/countries')} legend={t('reports.countries')} hint={t('reports.allIfNone')} options={countryOptions} chosen={countries} onChange={setCountries} />
          </details>
          {countries.map((country) => (
            <details key={country} className="details">
              <summary>{t('reports.regionsOf', { country: t(`countries.${country}`) })}</summary>
              <Checkboxes id={idOf(`/regions-${country}`)} legend={t('reports.regionsOf', { country: t(`countries.${country}`) })} options={regionsOf(country)} chosen={regionCodes} onChange={setRegionCodes} />
            </details>
          ))}
          {groups.length > 0 && (
            <Checkboxes id={idOf('/regionGroups')} legend={t('reports.regionGroups')} options={groups.map((g) => ({ code: g.code, label: g.label }))} chosen={regionGroups} onChange={setRegionGroups} />
          )}
          <Choices id={idOf('/period')} legend={t('reports.periodYears')} hint={t('reports.yearHint')}>
          <div className="row">
            <Field id={idOf('/from')} label={t('reports.from')} error={errors[idOf('/from')]}>
              {(props) => <input {...props} inputMode="numeric" autoComplete="off" maxLength={4} className="narrow-input" value={from} onChange={(e) => setFrom(e.target.value.replace(/\D/g, ''))} />}
            </Field>
            <Field id={idOf('/to')} label={t('reports.to')} error={errors[idOf('/to')]}>
              {(props) => <input {...props} inputMode="numeric" autoComplete="off" maxLength={4} className="narrow-input" value={to} onChange={(e) => setTo(e.target.value.replace(/\D/g, ''))} />}
            </Field>
          </div>
          </Choices>
          {/* No gender, age or work-setting filter: the releases cannot answer one (every report breaks down by them instead). */}
          <Choices id={idOf('/perpetratorTypes')} legend={t('reports.whichPerpetrators')} error={errors[idOf('/perpetratorTypes')]}>
            <label className="choice">
              <input type="radio" name="only-perpetrators" checked={!onlyPerpetrators} onChange={() => setOnlyPerpetrators(false)} /> {t('reports.allPerpetrators')}
            </label>
            <label className="choice">
              <input type="radio" name="only-perpetrators" checked={onlyPerpetrators} onChange={() => setOnlyPerpetrators(true)} /> {t('reports.somePerpetrators')}
            </label>
            {onlyPerpetrators && (
              <div className="choice-columns conditional">
                {vocab('perpetrator_type').map((o) => (
                  <label key={o.code} className="choice">
                    <input
                      type="checkbox"
                      checked={perpetratorTypes.includes(o.code)}
                      onChange={(e) => setPerpetratorTypes(e.target.checked ? [...perpetratorTypes, o.code] : perpetratorTypes.filter((c) => c !== o.code))}
                    />{' '}
                    {o.label}
                  </label>
                ))}
              </div>
            )}
          </Choices>
          <Choices id={idOf('/perpetrators')} legend={t('reports.perpetratorLevel')}>
            {(['type', 'group'] as const).map((level) => (
              <label key={level} className="choice">
                <input type="radio" name="perpetrators" checked={perpetrators === level} onChange={() => setPerpetrators(level)} /> {t(`reports.level.${level}`)}
              </label>
            ))}
          </Choices>
          <Choices id={idOf('/abuses')} legend={t('reports.abuseLevel')} error={errors[idOf('/abuses')]}>
            {(['type', 'group'] as const).map((level) => (
              <label key={level} className="choice">
                <input type="radio" name="abuses" checked={abuses === level} onChange={() => setAbuses(level)} /> {t(`reports.level.${level}`)}
              </label>
            ))}
          </Choices>
          <Choices id={idOf('/compareBy')} legend={t('reports.compareBy')} hint={t('reports.compareHint')}>
            {(['', 'country', 'region', 'region_group'] as const).map((c) => (
              <label key={c || 'none'} className="choice">
                <input type="radio" name="compare-by" checked={compareBy === c} onChange={() => setCompareBy(c)} /> {t(`reports.compare.${c || 'none'}`)}
              </label>
            ))}
          </Choices>
          <Choices id={idOf('/lang')} legend={t('reports.language')}>
            {(['en', 'ru'] as const).map((l) => (
              <label key={l} className="choice" lang={l}>
                <input type="radio" name="report-lang" checked={lang === l} onChange={() => setLang(l)} /> {l === 'en' ? 'English' : 'Русский'}
              </label>
            ))}
          </Choices>
          <Field id={idOf('/k')} label={t('reports.k')} hint={t('reports.kHint', { k: minK })} error={errors[idOf('/k')]}>
            {(props) => <input {...props} inputMode="numeric" className="narrow-input" value={k} placeholder={String(minK)} onChange={(e) => setK(e.target.value.replace(/\D/g, ''))} />}
          </Field>
          <button className="button" disabled={busy}>
            {t('reports.request')}
          </button>
        </form>
      </section>
    </main>
  );
}
