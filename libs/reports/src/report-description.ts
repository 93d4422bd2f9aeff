import type { ReportParams } from './report-params';
import type { ReleasePrivacy } from './privacy/release-privacy';
import { reportNumber } from './report-numbers';

/**
 * What a report covers, in words, in the report's language: every export
 * (JSON, CSV header block, XLSX description sheet, SVG) carries it, so that a
 * file passed on keeps its meaning. Pure.
 */
export interface ReportDescription {
  title: string;
  /** One line per filter: its name and its values in words ("all", and `open`, when not filtered). */
  filters: Array<{ name: string; value: string; open?: boolean }>;
  period: string;
  /** How the percentages are based, and each column's base (n). */
  bases: string;
  /** The disclosure policy applied, in words. */
  policy: string;
  extractedAt: string;
  dataVersion: string;
  casebookVersion: string;
  /** A short source note for charts: Casebook, period, policy. */
  source: string;
}

export interface DescriptionFacts {
  extractedAt: string;
  dataVersion: string;
  casebookVersion: string;
  total: number | null;
  bases: Array<{ label: string; respondents: number | null }>;
  rowBase: number | null;
}


/**
 * A period as the form asks for it, in whole calendar years ("2024"–"2025") when it runs from
 * January to December (as every release-based report does); an admin's exact report over
 * months keeps its months (whole = false). Pure.
 */
export function inYears(from?: string, to?: string): [string | undefined, string | undefined, boolean] {
  const whole = (!from || from.endsWith('-01')) && (!to || to.endsWith('-12'));
  return [from?.slice(0, 4), to?.slice(0, 4), whole];
}
const en = (value: number) => reportNumber('en', value);
const ru = (value: number) => reportNumber('ru', value);

/** Every word of a description, in each report language (a test compares the keys); figures in that language's format. */
export const DESCRIPTION_TEXT = {
  en: {
    title: 'Human-rights violations against sex workers documented in Casebook',
    countries: 'Countries',
    regions: 'Regions',
    regionGroups: 'Region groups',
    genders: 'Gender',
    ageBands: 'Age',
    workSettings: 'Work setting',
    organisation: 'Organisation',
    perpetrators: 'Perpetrators',
    abuses: 'Abuses',
    byType: 'each type',
    byGroup: 'by group',
    only: 'only',
    all: 'all',
    period: (from?: string, to?: string) => {
      const [a, b, whole] = inYears(from, to);
      if (!whole) return from && to ? `incidents from ${from} to ${to}` : from ? `incidents from ${from}` : to ? `incidents up to ${to}` : 'all incidents documented';
      return a && b ? `incidents in ${a === b ? a : `${a}–${b}`}` : a ? `incidents from ${a}` : b ? `incidents up to ${b}` : 'all incidents documented';
    },
    bases: (total: string, rowBase: string, columns: string) =>
      `Respondents are counted once per cell. Percentages of a column are of the respondents who were asked that question (n below), ` +
      `not of all respondents: those not asked or who declined are left out, never counted as "no". ` +
      `Total respondents: ${total}; asked about perpetrators: ${rowBase}. Bases by column: ${columns}.`,
    withheld: 'withheld',
    policy: (k: number, noise: string) => `Counts below ${en(k)} are suppressed; ${noise}.`,
    noise: (max: number, variance: number) => `every count is perturbed by at most ±${en(max)} (variance ${en(variance)})`,
    exact: 'counts are exact (administrator)',
    privacy: (k: number, p: ReleasePrivacy) =>
      `Read from protected releases (zero-concentrated differential privacy, discrete Gaussian noise; ρ = ${en(p.rho)}, ε = ${en(p.epsilon)} at δ = ${en(p.delta)}); each figure carries its standard deviation (sd); counts below ${en(k)} are not shown.`,
    source: (period: string, policy: string, version: string) => `Source: Casebook ${version}; ${period}. ${policy}`,
  },
  ru: {
    title: 'Нарушения прав человека в отношении секс-работников, задокументированные в Casebook',
    countries: 'Страны',
    regions: 'Регионы',
    regionGroups: 'Группы регионов',
    genders: 'Гендер',
    ageBands: 'Возраст',
    workSettings: 'Место работы',
    organisation: 'Организация',
    perpetrators: 'Нарушители',
    abuses: 'Нарушения',
    byType: 'по видам',
    byGroup: 'по группам',
    only: 'только',
    all: 'все',
    period: (from?: string, to?: string) => {
      const [a, b, whole] = inYears(from, to);
      if (!whole) return from && to ? `случаи с ${from} по ${to}` : from ? `случаи с ${from}` : to ? `случаи по ${to}` : 'все задокументированные случаи';
      return a && b ? (a === b ? `случаи за ${a} г.` : `случаи за ${a}–${b} гг.`) : a ? `случаи с ${a} г.` : b ? `случаи по ${b} г.` : 'все задокументированные случаи';
    },
    bases: (total: string, rowBase: string, columns: string) =>
      `Каждый респондент учитывается в ячейке один раз. Проценты столбца рассчитаны от числа респондентов, которым задавали этот вопрос (n ниже), ` +
      `а не от всех респондентов: тех, кого не спрашивали или кто отказался отвечать, не считают ответившими «нет». ` +
      `Всего респондентов: ${total}; спрошены о нарушителях: ${rowBase}. Базы по столбцам: ${columns}.`,
    withheld: 'не публикуется',
    policy: (k: number, noise: string) => `Значения меньше ${ru(k)} скрыты; ${noise}.`,
    noise: (max: number, variance: number) => `каждое значение искажено не более чем на ±${ru(max)} (дисперсия ${ru(variance)})`,
    exact: 'значения точные (администратор)',
    privacy: (k: number, p: ReleasePrivacy) =>
      `Из защищённых выпусков (нуль-концентрированная дифференциальная приватность, дискретный гауссов шум; ρ = ${ru(p.rho)}, ε = ${ru(p.epsilon)} при δ = ${ru(p.delta)}); у каждого значения указано стандартное отклонение (sd); значения меньше ${ru(k)} не показываются.`,
    source: (period: string, policy: string, version: string) => `Источник: Casebook ${version}; ${period}. ${policy}`,
  },
} as const;

export const descriptionText = (lang: string) => (lang === 'ru' ? DESCRIPTION_TEXT.ru : DESCRIPTION_TEXT.en);

export function describeReport(
  params: ReportParams,
  rule: { k: number; privacy?: ReleasePrivacy | null },
  labels: (vocabulary: string, code: string) => string,
  facts: DescriptionFacts,
): ReportDescription {
  const t = descriptionText(params.lang);
  const filter = (name: string, vocabulary: string, codes?: string[]) =>
    codes?.length ? { name, value: codes.map((c) => labels(vocabulary, c)).join(', ') } : { name, value: t.all, open: true };
  const n = (value: number | null) => (value === null ? t.withheld : reportNumber(params.lang, value));
  const filters = [
    filter(t.countries, 'country', params.countries),
    filter(t.regions, 'region', params.regions),
    filter(t.regionGroups, 'region_group', params.regionGroups),
    filter(t.genders, 'gender', params.genders),
    filter(t.ageBands, 'age_band', params.ageBands),
    filter(t.workSettings, 'work_setting', params.workSettings),
    ...(params.organisationId ? [{ name: t.organisation, value: params.organisationId }] : []),
    // "Only some perpetrators" narrows the cells: said beside the breakdown, so no file reads as covering all of them.
    {
      name: t.perpetrators,
      value: (params.perpetrators === 'group' ? t.byGroup : t.byType) + (params.perpetratorTypes?.length ? `; ${t.only} ${params.perpetratorTypes.map((c) => labels('perpetrator_type', c)).join(', ')}` : ''),
    },
    { name: t.abuses, value: params.abuses === 'group' ? t.byGroup : t.byType },
  ];
  const period = t.period(params.from, params.to);
  const p = params.perturbation;
  const policy = rule.privacy ? t.privacy(rule.k, rule.privacy) : t.policy(rule.k, p ? t.noise(p.maxNoise, p.variance) : t.exact);
  return {
    title: t.title,
    filters,
    period,
    bases: t.bases(n(facts.total), n(facts.rowBase), facts.bases.map((b) => `${b.label} n = ${n(b.respondents)}`).join('; ')),
    policy,
    extractedAt: facts.extractedAt,
    dataVersion: facts.dataVersion,
    casebookVersion: facts.casebookVersion,
    source: t.source(period, policy, facts.casebookVersion),
  };
}
