import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { Link } from 'react-router';
import { Field } from '../../components/field/field';
import { COUNTRIES } from '../../lib/api/vocabularies';
import { fetchQuotations, type Quotation, quotationKeys } from './api/quotations';

/**
 * Quotations researchers may use: approved, redacted accounts of consenting
 * respondents, with the country and year only. Nothing on this screen leads
 * back to a case (no id, no date, no order by submission).
 */
export function Quotations() {
  const { t, i18n } = useTranslation();
  const [country, setCountry] = useState('');
  const [year, setYear] = useState('');
  const [search, setSearch] = useState('');
  const [pages, setPages] = useState<string[]>([]);
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const query = useQuery({
    queryKey: quotationKeys.list(country, yearNumber, pages),
    queryFn: async () => {
      const items: Quotation[] = [];
      let cursor: string | undefined;
      let next: string | null = null;
      let k = 0;
      // The pages asked for so far, in order (the cursor is opaque).
      for (let i = 0; i <= pages.length; i++) {
        const page = await fetchQuotations({ country: country || undefined, year: yearNumber, cursor });
        items.push(...page.items);
        next = page.nextCursor;
        k = page.k;
        if (!next) break;
        cursor = next;
      }
      return { items, next, k };
    },
  });
  const needle = search.trim().toLocaleLowerCase(i18n.language);
  const shown = (query.data?.items ?? []).filter((q) => !needle || q.text.toLocaleLowerCase(i18n.language).includes(needle));
  const countries = COUNTRIES.map((code) => ({ code, label: t(`countries.${code}`) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <main id="main" className="page">
      <p>
        <Link to="/reports">{t('reports.back')}</Link>
      </p>
      <h1>{t('quotations.title')}</h1>
      <p>{t('quotations.intro', { k: query.data?.k ?? 5 })}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <Field id="q-country" label={t('quotations.country')}>
          {(props) => (
            <select {...props} value={country} onChange={(e) => (setCountry(e.target.value), setPages([]))}>
              <option value="">{t('quotations.anyCountry')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="q-year" label={t('quotations.year')} hint={t('quotations.yearHint')}>
          {(props) => <input {...props} inputMode="numeric" className="narrow-input" value={year} onChange={(e) => (setYear(e.target.value.replace(/\D/g, '').slice(0, 4)), setPages([]))} />}
        </Field>
        <Field id="q-search" label={t('quotations.search')}>
          {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
      </form>
      <p role="status">{query.data ? t('quotations.count', { shown: formatNumber(shown.length) }) : t('common.loading')}</p>
      <ul className="quotations">
        {shown.map((q, i) => (
          <li key={i}>
            <blockquote>{q.text}</blockquote>
            <p className="caption">
              {t(`countries.${q.country}`, { defaultValue: q.country })}, {q.year}
            </p>
          </li>
        ))}
      </ul>
      {query.data?.next && (
        <button type="button" className="button secondary" onClick={() => setPages([...pages, query.data!.next!])}>
          {t('quotations.more')}
        </button>
      )}
    </main>
  );
}
