import type { CaseInput } from '@casebook/cases';

/** A small, seedable PRNG (mulberry32): the same seed gives the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

export function pick<T>(random: () => number, items: Weighted<T>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** Countries of the region with ISO 3166-2 regions and coarse places, weighted roughly by where documentation happens. */
export const COUNTRIES: Weighted<{ code: string; places: Array<[string, string]> }> = [
  [{ code: 'KZ', places: [['KZ-75', 'Almaty'], ['KZ-71', 'Astana'], ['KZ-35', 'Karaganda'], ['KZ-79', 'Shymkent']] }, 30],
  [{ code: 'KG', places: [['KG-GB', 'Bishkek'], ['KG-GO', 'Osh']] }, 14],
  [{ code: 'UZ', places: [['UZ-TK', 'Tashkent'], ['UZ-SA', 'Samarkand']] }, 10],
  [{ code: 'TJ', places: [['TJ-DU', 'Dushanbe'], ['TJ-SU', 'Khujand']] }, 7],
  [{ code: 'RU', places: [['RU-MOW', 'Moscow'], ['RU-SPE', 'Saint Petersburg'], ['RU-NVS', 'Novosibirsk']] }, 14],
  [{ code: 'UA', places: [['UA-30', 'Kyiv'], ['UA-51', 'Odesa']] }, 9],
  [{ code: 'MD', places: [['MD-CU', 'Chisinau']] }, 4],
  [{ code: 'GE', places: [['GE-TB', 'Tbilisi'], ['GE-AJ', 'Batumi']] }, 4],
  [{ code: 'AM', places: [['AM-ER', 'Yerevan']] }, 3],
  [{ code: 'AZ', places: [['AZ-BA', 'Baku']] }, 3],
  [{ code: 'BY', places: [['BY-HM', 'Minsk']] }, 2],
];

/** Abuses of the groups a respondent is sometimes not asked about or declines (default taxonomy). */
const SEXUAL = new Set(['rape', 'sexual_assault', 'coerced_sex']);
const PHYSICAL = new Set(['physical_violence', 'killing']);

const PERPETRATORS: Weighted<string> = [
  ['police', 34], ['police_special', 7], ['client', 22], ['fake_client', 5], ['manager', 7], ['trafficker', 3], ['partner', 4],
  ['family', 2], ['community', 2], ['vigilante', 2], ['health_worker', 4], ['border_migration', 2], ['landlord', 1], ['private_security', 2],
  ['other_law_enforcement', 2], ['stranger', 3], ['unknown', 1],
];

/** Which abuses go with which perpetrators, so the cross-tab looks like the reports it imitates. */
const ABUSES_BY_PERPETRATOR: Record<string, Weighted<string>> = {
  police: [['extortion', 30], ['arbitrary_detention', 22], ['physical_violence', 20], ['condom_confiscation', 12], ['coerced_sex', 10], ['verbal_abuse', 18], ['threats', 10], ['rape', 5], ['refusal_to_act', 6], ['document_seizure', 5], ['raid', 6], ['outing', 4]],
  police_special: [['raid', 25], ['arbitrary_detention', 20], ['extortion', 15], ['outing', 8], ['forced_testing', 6], ['physical_violence', 10]],
  other_law_enforcement: [['refusal_to_act', 20], ['extortion', 10], ['retaliation', 8], ['arbitrary_detention', 8]],
  client: [['physical_violence', 30], ['rape', 15], ['theft_robbery', 25], ['verbal_abuse', 15], ['threats', 10], ['sexual_assault', 10]],
  fake_client: [['theft_robbery', 25], ['physical_violence', 20], ['rape', 15], ['outing', 10], ['threats', 10]],
  manager: [['trafficking', 20], ['document_seizure', 15], ['threats', 15], ['extortion', 15], ['physical_violence', 10], ['abduction', 5]],
  trafficker: [['trafficking', 35], ['document_seizure', 20], ['abduction', 15], ['threats', 10]],
  partner: [['physical_violence', 35], ['threats', 20], ['verbal_abuse', 15], ['theft_robbery', 5]],
  family: [['verbal_abuse', 25], ['threats', 20], ['physical_violence', 15], ['custody_threat', 10]],
  community: [['verbal_abuse', 30], ['outing', 20], ['threats', 15], ['discrimination', 15]],
  vigilante: [['physical_violence', 30], ['outing', 25], ['threats', 20], ['verbal_abuse', 15]],
  health_worker: [['forced_testing', 25], ['status_disclosure', 20], ['denial_of_health_care', 30], ['verbal_abuse', 10]],
  border_migration: [['deportation', 30], ['extortion', 20], ['arbitrary_detention', 20], ['document_seizure', 10]],
  landlord: [['discrimination', 25], ['extortion', 15], ['threats', 15]],
  private_security: [['physical_violence', 25], ['extortion', 15], ['verbal_abuse', 15]],
  stranger: [['physical_violence', 25], ['theft_robbery', 25], ['rape', 10], ['verbal_abuse', 15]],
  unknown: [['physical_violence', 10], ['other', 10], ['threats', 5]],
};

const LOCATION_BY_PERPETRATOR: Record<string, Weighted<string>> = {
  police: [['street', 35], ['police_vehicle', 20], ['police_station', 30], ['sauna', 5], ['hotel', 5]],
  police_special: [['workplace', 30], ['sauna', 20], ['police_station', 25], ['respondent_home', 10]],
  client: [['client_home', 35], ['hotel', 20], ['street', 15], ['sauna', 10], ['workplace', 10]],
  border_migration: [['transit_border', 70], ['detention_facility', 20]],
  health_worker: [['medical_facility', 90]],
};
const ANY_LOCATION: Weighted<string> = [['street', 30], ['workplace', 20], ['respondent_home', 15], ['client_home', 10], ['hotel', 10], ['online', 5], ['other', 5]];

const GENDERS: Weighted<string> = [['female', 70], ['trans_woman', 14], ['male', 10], ['non_binary', 2], ['trans_man', 1], ['not_stated', 3]];
const AGE_BANDS: Weighted<string> = [['18_24', 26], ['25_34', 38], ['35_44', 22], ['45_plus', 9], ['under_18', 2], ['not_stated', 3]];
const SETTINGS: Weighted<string> = [['street', 30], ['apartment', 22], ['sauna', 14], ['hotel', 8], ['club_bar', 7], ['massage_parlour', 5], ['online', 8], ['roadside', 5], ['other', 1]];
const MIGRANT: Weighted<string> = [['not_migrant', 52], ['internal_migrant', 28], ['international_migrant', 15], ['not_stated', 5]];
const REPORTED: Weighted<string> = [['no_fear_retaliation', 34], ['no_distrust', 30], ['no', 18], ['yes', 12], ['not_stated', 6]];
const INVOLVEMENT: Weighted<string> = [['carried_out', 80], ['present', 8], ['ordered', 5], ['failed_to_protect', 5], ['unknown', 2]];

/** Fictional names and numbers for demo narratives: there is something for the redaction to find. */
const NAMES = ['Aigerim', 'Dana', 'Madina', 'Svetlana', 'Gulnara', 'Olga', 'Nodira', 'Zarina', 'Irina', 'Aliya'];
const PATRONYMIC = ['Nurlanovna', 'Sergeevna', 'Bakhytovna', 'Ivanovna'];

function narrativeFor(random: () => number, perpetrator: string, abuse: string, place: string): string {
  const friend = `${NAMES[Math.floor(random() * NAMES.length)]} ${PATRONYMIC[Math.floor(random() * PATRONYMIC.length)]}`;
  const phone = `+7 70${Math.floor(random() * 10)} ${100 + Math.floor(random() * 900)} ${10 + Math.floor(random() * 90)} ${10 + Math.floor(random() * 90)}`;
  const who = perpetrator.replace(/_/g, ' ');
  const what = abuse.replace(/_/g, ' ');
  return (
    `The respondent described an incident in ${place} involving a ${who}. ` +
    `She reported ${what} and said she did not trust anyone to help. ` +
    `Her friend ${friend} (phone ${phone}) was with her afterwards. ` +
    `She asked that the outreach team keep documenting similar cases in the area.`
  );
}

/**
 * A realistic fictional case: the distributions follow the kinds of findings
 * in "Arrest the Violence" (police as the most frequent perpetrators, extortion,
 * arbitrary detention and violence most common). Used for demo data and
 * synthetic benchmark data.
 */
export function syntheticCase(random: () => number, now: Date, withNarrative = true): CaseInput {
  const country = pick(random, COUNTRIES);
  const [regionCode, city] = country.places[Math.floor(random() * country.places.length)];
  const currentYear = now.getUTCFullYear();
  const monthsBack = Math.floor(random() * 36);
  const interview = new Date(Date.UTC(currentYear, now.getUTCMonth() - monthsBack, 1));
  const interviewMonth = interview.toISOString().slice(0, 7);
  const incidentCount = 1 + (random() < 0.35 ? 1 : 0) + (random() < 0.1 ? 1 : 0);
  const incidents: CaseInput['incidents'] = [];
  let firstPerpetrator = 'police';
  let firstAbuse = 'extortion';
  for (let i = 0; i < incidentCount; i++) {
    const when = new Date(Date.UTC(interview.getUTCFullYear(), interview.getUTCMonth() - Math.floor(random() * 12), 1));
    const type = pick(random, PERPETRATORS);
    const abusePool = ABUSES_BY_PERPETRATOR[type] ?? ABUSES_BY_PERPETRATOR.unknown;
    const abuses = new Set<string>([pick(random, abusePool)]);
    while (random() < 0.45 && abuses.size < 4) abuses.add(pick(random, abusePool));
    const perpetrators = [{ type, count: random() < 0.6 ? 1 + Math.floor(random() * 3) : undefined, involvement: pick(random, INVOLVEMENT) }];
    if (type === 'police' && random() < 0.2) perpetrators.push({ type: 'police_special', count: undefined, involvement: 'present' });
    if (i === 0) [firstPerpetrator, firstAbuse] = [type, [...abuses][0]];
    incidents.push({
      year: when.getUTCFullYear(),
      month: random() < 0.85 ? when.getUTCMonth() + 1 : undefined,
      country: country.code,
      place: city,
      locationType: pick(random, LOCATION_BY_PERPETRATOR[type] ?? ANY_LOCATION),
      perpetrators,
      abuses: [...abuses],
      reportedToAuthorities: pick(random, REPORTED),
      medicalCareNeeded: random() < 0.8 ? random() < 0.3 : null,
    });
  }
  const recorded = new Date(Date.UTC(interview.getUTCFullYear(), interview.getUTCMonth(), 1 + Math.floor(random() * 27)));
  const synthetic: CaseInput = {
    interviewMonth,
    country: country.code,
    regionCode,
    city,
    consent: {
      research: true,
      advocacy: random() < 0.8,
      publicQuotation: random() < 0.3,
      recordedOn: (recorded > now ? now : recorded).toISOString().slice(0, 10),
    },
    respondent: { gender: pick(random, GENDERS), ageBand: pick(random, AGE_BANDS), workSetting: pick(random, SETTINGS), migrantStatus: pick(random, MIGRANT) },
    incidents,
    narrative: withNarrative ? narrativeFor(random, firstPerpetrator, firstAbuse, city) : undefined,
  };
  // About one respondent in ten declined the questions on sexual violence, one in fifteen was not asked about
  // physical violence (never when they reported it), derived from the consent day so no draw changes.
  const day = recorded.getUTCDate();
  const abuses = new Set(incidents.flatMap((i) => i.abuses));
  const questions: Record<string, string> = {};
  if (day <= 3 && ![...abuses].some((a) => SEXUAL.has(a))) questions.sexual = 'declined';
  if (day >= 26 && ![...abuses].some((a) => PHYSICAL.has(a))) questions.physical = 'not_asked';
  if (Object.keys(questions).length) synthetic.questions = questions;
  // Some international migrants report an incident in another country of the region.
  if (synthetic.respondent.migrantStatus === 'international_migrant' && incidentCount > 1 && random() < 0.4) {
    const abroad = pick(random, COUNTRIES);
    const last = incidents[incidents.length - 1];
    if (abroad.code !== country.code) Object.assign(last, { country: abroad.code, place: abroad.places[0][1] });
  }
  return synthetic;
}
