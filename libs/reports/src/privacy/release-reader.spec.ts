import { DomainError } from '@casebook/common';
import { seededSource } from './discrete-gaussian';
import { computeRelease, type ReleaseDomain, type ReleaseRespondent } from './release';
import { readReleases, releaseQuestion } from './release-reader';
import type { ReportParams } from '../report-params';

const DOMAIN: ReleaseDomain = {
  perpetratorTypes: ['client', 'police'],
  perpetratorGroups: ['private', 'state'],
  abuseTypes: ['physical_violence', 'rape'],
  abuseGroups: ['physical', 'sexual'],
  genders: ['female', 'male'],
  ageBands: ['18_24', '25_34'],
  workSettings: ['street'],
  locationTypes: ['street'],
  questions: ['perpetrators', 'physical', 'sexual'],
  countries: ['KG', 'RU'],
  regions: { KG: ['KG-GB'], RU: ['RU-NVS', 'RU-SPE'] },
};

const person = (country: string, region: string, pt: string, at: string): ReleaseRespondent => ({
  country,
  region,
  gender: 'female',
  ageBand: '25_34',
  workSetting: 'street',
  unasked: [],
  facts: [{ perpetratorType: pt, perpetratorGroup: pt === 'police' ? 'state' : 'private', abuseType: at, abuseGroup: at === 'rape' ? 'sexual' : 'physical', locationType: 'street' }],
});

const data = [
  ...Array.from({ length: 30 }, (_, i) => person('RU', i % 2 ? 'RU-NVS' : 'RU-SPE', i % 3 ? 'police' : 'client', i % 4 ? 'physical_violence' : 'rape')),
  ...Array.from({ length: 15 }, (_, i) => person('KG', 'KG-GB', i % 2 ? 'police' : 'client', 'physical_violence')),
];
const release = { period: '2024', rho: '20', figures: computeRelease(data, DOMAIN, { p: 20n, q: 1n }, seededSource('reader')) };
const params = (over: Partial<ReportParams> = {}): ReportParams => ({ perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null, source: 'release', ...over });
const context = { perpetratorGroupOf: (t: string) => (t === 'police' ? 'state' : 'private'), regionGroups: new Map([['siberia', ['RU-NVS']]]) };

function refusal(fn: () => unknown): { code: string; pointers: string[] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, pointers: ((e.details.errors as Array<{ pointer: string }>) ?? []).map((x) => x.pointer) };
    throw e;
  }
  throw new Error('not refused');
}

describe('reports read from releases', () => {
  it('sums units consistently: the countries add up to the whole, each figure with its variance', () => {
    const all = readReleases([release], params(), context);
    const kg = readReleases([release], params({ countries: ['KG'] }), context);
    const ru = readReleases([release], params({ countries: ['RU'] }), context);
    expect(kg.raw.total.respondents + ru.raw.total.respondents).toBe(all.raw.total.respondents);
    const sumOfBreakdown = all.raw.breakdowns.country.reduce((s, r) => s + r.respondents, 0);
    expect(sumOfBreakdown).toBe(all.raw.total.respondents);
    expect(all.raw.total.variance).toBeCloseTo(release.figures.variance.all);
    expect(kg.raw.total.variance).toBeCloseTo(release.figures.variance.country);
    const two = readReleases([release], params({ countries: ['KG', 'RU'] }), context);
    expect(two.raw.total.variance).toBeCloseTo(2 * release.figures.variance.country);
    expect(all.privacy).toMatchObject({ rho: 20, periods: ['2024'], releases: 1 });
    // The same question always gets the same answer.
    expect(readReleases([release], params(), context)).toEqual(all);
  });

  it('answers a region group, a region comparison and one perpetrator type from the region level', () => {
    const r = readReleases([release], params({ regionFilter: ['RU-NVS', 'RU-SPE'], abuses: 'group', perpetratorTypes: ['police'], compareBy: 'region_group' }), context);
    expect(r.raw.crossTab.every((c) => c.row === 'police')).toBe(true);
    expect(r.raw.comparison!.units.map((u) => u.unit)).toEqual(['siberia']);
    expect(r.unavailable).toEqual(['location_type']);
    const ru = readReleases([release], params({ countries: ['RU'] }), context);
    expect(r.raw.total.respondents).toBe(ru.raw.total.respondents);
  });

  it('refuses what the releases cannot answer, naming the field and why; 409 without a release', () => {
    expect(refusal(() => releaseQuestion(params({ from: '2024-02', to: '2024-11' }), ['2024']))).toEqual({ code: 'unprocessable', pointers: ['/from', '/to'] });
    expect(refusal(() => releaseQuestion(params({ genders: ['male'] }), ['2024'])).pointers).toEqual(['/genders']);
    expect(refusal(() => releaseQuestion(params({ perpetratorTypes: ['police', 'client'] }), ['2024'])).pointers).toEqual(['/perpetratorTypes']);
    expect(refusal(() => releaseQuestion(params({ regionFilter: ['RU-NVS'] }), ['2024'])).pointers).toEqual(['/abuses']);
    expect(refusal(() => releaseQuestion(params(), [])).code).toBe('conflict');
    expect(refusal(() => releaseQuestion(params({ from: '2023-01', to: '2024-12' }), ['2024'])).code).toBe('conflict');
    expect(releaseQuestion(params({ from: '2024-01', to: '2024-12' }), ['2023', '2024'])).toEqual({ years: ['2024'] });
  });
});
