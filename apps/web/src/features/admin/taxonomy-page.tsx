import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Checkboxes } from '../../components/checkboxes/checkboxes';
import { Fieldset as Choices } from '../../components/fieldset/fieldset';
import { Field } from '../../components/field/field';
import { COUNTRIES, regionOptions, useRegions } from '../../lib/api/vocabularies';
import { adminKeys } from './api/keys';
import { addTerm as postTerm, changeTerm, putRegionGroup, type Term, type TermChange, useBothLanguages, type Vocabulary, vocabularyOf } from './api/taxonomy';
import { fieldErrorText } from '../../lib/field-errors';

function TermRow({ vocabulary, term, ru, onDone }: { vocabulary: Vocabulary; term: Term; ru: string; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [en, setEn] = useState(term.label);
  const [russian, setRussian] = useState(ru);
  const patch = async (body: TermChange, message: string) => {
    const result = await changeTerm(vocabulary, term.code, body);
    onDone(result.ok ? message : t('users.refused', { reason: result.problem.detail ?? result.problem.status }));
  };
  return (
    <li className="card" data-term={term.code}>
      <p className="card-title">
        {(i18n.language === 'ru' ? ru : term.label) || term.code} <span className="hint">({term.code})</span> {term.active ? '' : `· ${t('taxonomy.retired')}`}
      </p>
      <div className="row">
        <Field id={`${vocabulary}-${term.code}-en`} label={t('taxonomy.labelEn')}>
          {(props) => <input {...props} value={en} onChange={(e) => setEn(e.target.value)} />}
        </Field>
        <Field id={`${vocabulary}-${term.code}-ru`} label={t('taxonomy.labelRu')}>
          {(props) => <input {...props} lang="ru" value={russian} onChange={(e) => setRussian(e.target.value)} />}
        </Field>
      </div>
      <div className="actions">
        <button className="button secondary" onClick={() => void patch({ labels: { en: en.trim(), ru: russian.trim() } }, t('taxonomy.saved', { code: term.code }))}>
          {t('taxonomy.save')} <span className="visually-hidden">{term.code}</span>
        </button>
        {term.active ? (
          <button className="button warning" onClick={() => void patch({ active: false }, t('taxonomy.retiredDone', { code: term.code }))}>
            {t('taxonomy.retire')} <span className="visually-hidden">{term.code}</span>
          </button>
        ) : (
          <button className="button secondary" onClick={() => void patch({ active: true }, t('taxonomy.restored', { code: term.code }))}>
            {t('taxonomy.restore')} <span className="visually-hidden">{term.code}</span>
          </button>
        )}
      </div>
    </li>
  );
}

/** Vocabularies with both languages' labels: add a term, edit labels, retire (codes are never reused); region groups. */
export function TaxonomyPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const taxonomy = useBothLanguages();
  const regions = useRegions(i18n.language);
  const [vocabulary, setVocabulary] = useState<Vocabulary>('perpetrator_type');
  const [notice, setNotice] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [en, setEn] = useState('');
  const [ru, setRu] = useState('');
  const [termGroup, setTermGroup] = useState('');
  const [group, setGroup] = useState({ code: '', country: 'RU', en: '', ru: '', members: [] as string[] });
  const done = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: adminKeys.taxonomy });
    void queryClient.invalidateQueries({ queryKey: ['regions'] });
    void queryClient.invalidateQueries({ queryKey: ['taxonomy'] });
  };
  const terms = taxonomy.data?.en[vocabulary] ?? [];
  // The groups this vocabulary's terms use (abuses: physical, sexual, …): a new term joins one, so the question that asks about it covers it.
  const groups = [...new Set(terms.map((term) => term.group).filter((g): g is string => !!g))];
  const russian = new Map((taxonomy.data?.ru[vocabulary] ?? []).map((term) => [term.code, term.label]));

  async function addTerm(event: FormEvent) {
    event.preventDefault();
    if (groups.length > 0 && !termGroup) return setNotice(t('taxonomy.groupRequired'));
    const result = await postTerm(vocabulary, { code: code.trim(), labels: { en: en.trim(), ru: ru.trim() }, ...(groups.length > 0 && { group: termGroup }) });
    if (result.ok) (setCode(''), setEn(''), setRu(''), setTermGroup(''));
    done(result.ok ? t('taxonomy.added', { code }) : t('users.refused', { reason: result.problem.errors?.map((e) => fieldErrorText(e)).join('; ') ?? result.problem.detail }));
  }

  async function putGroup(event: FormEvent) {
    event.preventDefault();
    const result = await putRegionGroup(group.code.trim(), { country: group.country, labelEn: group.en.trim(), labelRu: group.ru.trim(), members: group.members });
    done(result.ok ? t('taxonomy.groupSaved', { code: group.code }) : t('users.refused', { reason: result.problem.errors?.map((e) => fieldErrorText(e)).join('; ') ?? result.problem.detail }));
  }

  return (
    <main id="main" className="page wide">
      <p>
        <Link to="/">{t('admin.home')}</Link>
      </p>
      <h1>{t('taxonomy.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Field id="vocabulary" label={t('taxonomy.vocabulary')}>
        {(props) => (
          <select {...props} value={vocabulary} onChange={(e) => setVocabulary(vocabularyOf(e.target.value) ?? vocabulary)}>
            {Object.keys(taxonomy.data?.en ?? {}).map((v) => (
              <option key={v} value={v}>
                {t(`taxonomy.vocabularies.${v}`, { defaultValue: v })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ul className="card-list">
        {terms.map((term) => (
          <TermRow key={`${vocabulary}-${term.code}`} vocabulary={vocabulary} term={term} ru={russian.get(term.code) ?? ''} onDone={done} />
        ))}
      </ul>
      <h2>{t('taxonomy.add')}</h2>
      <form onSubmit={(e) => void addTerm(e)} noValidate>
        <Field id="new-code" label={t('taxonomy.code')} hint={t('taxonomy.codeHint')}>
          {(props) => <input {...props} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <div className="row">
          <Field id="new-en" label={t('taxonomy.labelEn')}>
            {(props) => <input {...props} value={en} onChange={(e) => setEn(e.target.value)} />}
          </Field>
          <Field id="new-ru" label={t('taxonomy.labelRu')}>
            {(props) => <input {...props} lang="ru" value={ru} onChange={(e) => setRu(e.target.value)} />}
          </Field>
        </div>
        {groups.length > 0 && (
          <Choices id="new-group" legend={t('taxonomy.termGroup')} hint={t('taxonomy.termGroupHint')}>
            {groups.map((g) => (
              <label key={g} className="choice">
                <input type="radio" name="new-group" checked={termGroup === g} onChange={() => setTermGroup(g)} /> {t(`groups.${g}`, { defaultValue: g })}
              </label>
            ))}
          </Choices>
        )}
        <button className="button">{t('taxonomy.addButton')}</button>
      </form>

      <h2>{t('taxonomy.regionGroups')}</h2>
      <ul>
        {(regions.data?.groups ?? []).map((g) => (
          <li key={g.code}>
            {g.label} ({t(`countries.${g.country}`, { defaultValue: g.country })}): {g.members.map((m) => regions.data?.regions.find((r) => r.code === m)?.name ?? m).join(', ')}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void putGroup(e)} noValidate>
        <Field id="group-code" label={t('taxonomy.groupCode')} hint={t('taxonomy.codeHint')}>
          {(props) => <input {...props} value={group.code} onChange={(e) => setGroup({ ...group, code: e.target.value })} />}
        </Field>
        <Field id="group-country" label={t('taxonomy.groupCountry')}>
          {(props) => (
            <select {...props} value={group.country} onChange={(e) => setGroup({ ...group, country: e.target.value, members: [] })}>
              {COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {t(`countries.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="row">
          <Field id="group-en" label={t('taxonomy.labelEn')}>
            {(props) => <input {...props} value={group.en} onChange={(e) => setGroup({ ...group, en: e.target.value })} />}
          </Field>
          <Field id="group-ru" label={t('taxonomy.labelRu')}>
            {(props) => <input {...props} lang="ru" value={group.ru} onChange={(e) => setGroup({ ...group, ru: e.target.value })} />}
          </Field>
        </div>
        <Checkboxes
          id="group-members"
          legend={t('taxonomy.groupMembers')}
          options={regionOptions(regions.data?.regions, group.country, i18n.language)}
          chosen={group.members}
          onChange={(members) => setGroup({ ...group, members })}
        />
        <button className="button">{t('taxonomy.groupSave')}</button>
      </form>
    </main>
  );
}
