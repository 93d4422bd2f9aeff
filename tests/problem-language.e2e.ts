import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';

/**
 * Field errors in the reader's language: every field error has a machine code
 * (never the generic one for what a client can send through the web app) and a
 * detail in the language of Accept-Language, with no English word on a Russian
 * screen.
 */
describe('problem documents in the reader language', () => {
  let api: RunningApi;
  let interviewer: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    api = await startApi();
    interviewer = await signIn(api, 'interviewer', 'Language NGO');
    admin = await signIn(api, 'admin', 'Language NGO');
  });
  afterAll(async () => {
    await api.close();
  });

  const nextYear = new Date().getUTCFullYear() + 1;
  const badCase = () =>
    caseBody({
      interviewMonth: `${nextYear}-01`,
      city: 'x'.repeat(500),
      consent: { research: false, advocacy: true, publicQuotation: false, recordedOn: `${nextYear}-01-02` },
      respondent: { gender: 'not-a-gender', ageBand: '25_34', workSetting: 'street', migrantStatus: 'internal_migrant' },
      incidents: [],
      surprise: 1,
    });

  const send = (path: string, who: SignedIn, body: unknown, language?: string, method = 'POST') =>
    http(`${api.url}/api/v1${path}`, { method, body, token: who.accessToken, headers: language ? { 'accept-language': language } : {} });

  /** Latin-script words outside codes and proper names: what a Russian reader should never see. */
  const latinWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['NUL'].includes(w));

  it('names each bad field of a case with a code, in Russian when asked', async () => {
    const body = badCase();
    const ru = await send('/cases', interviewer, body, 'ru-RU,ru;q=0.9,en;q=0.5');
    expect([400, 422]).toContain(ru.status);
    expect(ru.headers.get('content-language')).toBe('ru');
    const errors = ru.body.errors as Array<{ pointer?: string; code: string; message: string; detail: string }>;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.code).toMatch(/^[a-z-]+$/);
      expect(e.code).not.toBe('invalid');
      expect(latinWords(e.detail)).toEqual([]);
      // The English message stays for clients that read it.
      expect(e.message).toMatch(/[a-z]/);
    }
    expect(latinWords(ru.body.detail)).toEqual([]);

    const en = await send('/cases', interviewer, body, 'en-GB');
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.body.errors.map((e: { code: string }) => e.code)).toEqual(errors.map((e) => e.code));
    for (const e of en.body.errors as Array<{ message: string; detail: string }>) expect(e.detail).toBe(e.message);
  });

  it('codes the rules the domain checks after validation, with their parameters', async () => {
    const future = await send('/cases', interviewer, caseBody({ interviewMonth: `${nextYear}-03` }), 'ru');
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/interviewMonth', code: 'in-future', detail: 'Дата не может быть в будущем' })]));

    const longCity = await send('/cases', interviewer, caseBody({ city: 'x'.repeat(500) }), 'ru');
    expect((longCity.body.errors as Array<{ pointer: string; code: string }>).find((e) => e.pointer === '/city')).toMatchObject({ code: 'not-a-coarse-place' });

    const unknownRegion = await send('/cases', interviewer, caseBody({ regionCode: 'KG-C' }), 'ru');
    expect(unknownRegion.status).toBe(422);
    expect(unknownRegion.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '/regionCode', code: 'region-of-another-country', params: { of: 'KG', country: 'KZ' }, detail: 'Этот регион относится к другой стране' })]),
    );
  });

  it('translates the admin forms too (users, taxonomy)', async () => {
    const user = await send('/users', admin, { email: 'not-an-email', role: 'overlord' }, 'ru');
    expect(user.status).toBe(400);
    for (const e of user.body.errors as Array<{ code: string; detail: string }>) {
      expect(e.code).not.toBe('invalid');
      expect(latinWords(e.detail)).toEqual([]);
    }
  });
});
