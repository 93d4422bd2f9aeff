import { http, startApi, type RunningApi } from './support/api';
import { signIn, type SignedIn } from './support/identity';

describe('taxonomy', () => {
  let api: RunningApi;
  let admin: SignedIn;
  let interviewer: SignedIn;
  beforeAll(async () => {
    api = await startApi();
    admin = await signIn(api, 'admin');
    interviewer = await signIn(api, 'interviewer');
  });
  afterAll(() => api.close());

  it('serves the seeded vocabularies in English and Russian', async () => {
    const en = await http(`${api.url}/api/v1/taxonomy`, { token: interviewer.accessToken });
    expect(en.body.lang).toBe('en');
    expect(en.body.vocabularies.perpetrator_type.find((t: { code: string }) => t.code === 'police')).toMatchObject({ group: 'state', label: 'Police (uniformed)' });
    expect(en.body.vocabularies.abuse_category).toHaveLength(25);
    const ru = await http(`${api.url}/api/v1/taxonomy`, { token: interviewer.accessToken, headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    expect(ru.body.lang).toBe('ru');
    expect(ru.body.vocabularies.abuse_category.find((t: { code: string }) => t.code === 'condom_confiscation').label).toBe('Изъятие презервативов как «улики»');
    expect((await http(`${api.url}/api/v1/taxonomy?lang=de`, { token: interviewer.accessToken })).body.lang).toBe('en');
  });

  it('lets admins add, relabel and retire terms, never reusing a code', async () => {
    const code = `test_${Date.now().toString(36)}`;
    const added = await http(`${api.url}/api/v1/taxonomy/perpetrator_type/terms`, {
      body: { code, group: 'non_state', labels: { en: 'Fake police', ru: 'Лжеполицейские' } },
      token: admin.accessToken,
    });
    expect(added.status).toBe(201);
    const relabel = await http(`${api.url}/api/v1/taxonomy/perpetrator_type/terms/${code}`, {
      method: 'PATCH',
      body: { labels: { en: 'People posing as police' } },
      token: admin.accessToken,
    });
    expect(relabel.body.label).toBe('People posing as police');
    await http(`${api.url}/api/v1/taxonomy/perpetrator_type/terms/${code}`, { method: 'PATCH', body: { active: false }, token: admin.accessToken });
    const list = await http(`${api.url}/api/v1/taxonomy`, { token: interviewer.accessToken });
    expect(list.body.vocabularies.perpetrator_type.map((t: { code: string }) => t.code)).not.toContain(code);
    const reuse = await http(`${api.url}/api/v1/taxonomy/perpetrator_type/terms`, { body: { code, labels: { en: 'Other thing' } }, token: admin.accessToken });
    expect(reuse.status).toBe(409);
    const noEnglish = await http(`${api.url}/api/v1/taxonomy/gender/terms`, { body: { code: `${code}_x`, labels: { ru: 'только' } }, token: admin.accessToken });
    expect(noEnglish.status).toBe(422);
    expect(noEnglish.body.errors).toEqual([expect.objectContaining({ pointer: '/labels/en', message: 'is required' })]);
    const badVocabulary = await http(`${api.url}/api/v1/taxonomy/planets/terms`, { body: { code: 'x', labels: { en: 'x' } }, token: admin.accessToken });
    expect(badVocabulary.status).toBe(400);
  });
});
