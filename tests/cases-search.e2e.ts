import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody, cloneCasesSql } from './support/cases';
import { signIn, type SignedIn } from './support/identity';

/**
 * The interviewer's case list at more than a thousand cases (issue 27): the reference search runs on the
 * server (so an old case is found without paging to it), paging by cursor visits each case once, and the
 * record rules hold in SQL for the search as for the list.
 */
describe('the case list at 1,000+ cases: search by reference on the server, paging by cursor', () => {
  let api: RunningApi;
  let db: DataSource;
  let interviewer: SignedIn;
  let other: SignedIn;
  let admin: SignedIn;
  /** The interviewer's cases, oldest first (1,050 seeded, then the one sent through the API). */
  let mine: Array<{ id: string; reference: string }>;
  let theirs: Array<{ id: string; reference: string }>;
  const get = (path: string, who: SignedIn) => http(`${api.url}/api/v1${path}`, { token: who.accessToken });
  type Page = { items: Array<{ id: string; reference: string; status: string }>; nextCursor: string | null };

  /** Every page of a listing, following the cursor; the ids in the order served. */
  async function everyPage(query: string, who: SignedIn): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(`/cases?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, who);
      expect(response.status).toBe(200);
      const page = response.body as Page;
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      pages++;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    return { ids, pages };
  }

  const seed = async (who: SignedIn, count: number) => {
    const template = caseBody();
    expect((await http(`${api.url}/api/v1/cases`, { method: 'POST', body: template, token: who.accessToken })).status).toBe(201);
    const [{ reference }] = await db.query(`SELECT reference FROM cases WHERE id = $1`, [template.id]);
    const clone = cloneCasesSql(template.id, 'KZ', count);
    await db.query(clone.query, clone.values);
    return [...clone.cases, { id: template.id, reference: reference as string }];
  };

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    interviewer = await signIn(api, 'interviewer', 'Search NGO');
    other = await signIn(api, 'interviewer', 'Search NGO');
    admin = await signIn(api, 'admin', 'Search NGO');
    mine = await seed(interviewer, 1050);
    theirs = await seed(other, 30);
  });
  afterAll(async () => {
    await api.close();
  });

  it('finds the oldest of 1,051 cases by its reference, whole or without the country, in any case', async () => {
    const oldest = mine[0];
    // Not on the first page: the client cannot find it among what it has loaded.
    expect(((await get('/cases?limit=20', interviewer)).body as Page).items.map((c) => c.id)).not.toContain(oldest.id);
    for (const typed of [oldest.reference, oldest.reference.toLowerCase(), oldest.reference.slice(3), oldest.reference.slice(3, 7).toLowerCase()]) {
      const found = (await get(`/cases?limit=20&reference=${encodeURIComponent(typed)}`, interviewer)).body as Page;
      expect(found.items.map((c) => c.id)).toContain(oldest.id);
      for (const c of found.items) expect(c.reference.startsWith(typed.toUpperCase()) || c.reference.slice(3).startsWith(typed.toUpperCase())).toBe(true);
    }
    const exact = (await get(`/cases?reference=${oldest.reference}`, interviewer)).body as Page;
    expect(exact.items.map((c) => c.id)).toEqual([oldest.id]);
    expect(exact.nextCursor).toBeNull();
    // With a status: the case is published, so not among the withdrawn ones.
    expect(((await get(`/cases?reference=${oldest.reference}&status=published`, interviewer)).body as Page).items).toHaveLength(1);
    expect(((await get(`/cases?reference=${oldest.reference}&status=withdrawn`, interviewer)).body as Page).items).toHaveLength(0);
  });

  it('pages by cursor through all 1,051 cases, each exactly once, newest first, and the same while searching', async () => {
    const all = await everyPage('limit=50', interviewer);
    expect(all.ids).toHaveLength(mine.length);
    expect(new Set(all.ids).size).toBe(mine.length);
    expect(all.ids).toEqual([...mine].reverse().map((c) => c.id));
    // The search pages too: every reference starts with the country, so "KZ-" matches them all, 20 at a time.
    const searched = await everyPage('limit=20&reference=KZ-', interviewer);
    expect(searched.pages).toBe(Math.ceil(mine.length / 20));
    expect(new Set(searched.ids).size).toBe(mine.length);
    expect(searched.ids.sort()).toEqual(mine.map((c) => c.id).sort());
    // A narrower search pages as well, with nothing it should not match.
    const prefix = mine[500].reference.slice(0, 4);
    const narrow = await everyPage(`limit=5&reference=${prefix}`, interviewer);
    const expected = mine.filter((c) => c.reference.startsWith(prefix) || c.reference.slice(3).startsWith(prefix)).map((c) => c.id);
    expect(narrow.ids.sort()).toEqual(expected.sort());
  });

  it("never finds another interviewer's case, by reference or by paging; an admin of the organisation does", async () => {
    for (const c of [theirs[0], theirs[theirs.length - 1]]) {
      expect(((await get(`/cases?reference=${c.reference}`, interviewer)).body as Page).items).toHaveLength(0);
      expect(((await get(`/cases?reference=${c.reference.slice(3)}`, interviewer)).body as Page).items.map((x) => x.id)).not.toContain(c.id);
      expect(((await get(`/cases?reference=${c.reference}`, other)).body as Page).items.map((x) => x.id)).toEqual([c.id]);
      expect(((await get(`/cases?reference=${c.reference}`, admin)).body as Page).items.map((x) => x.id)).toEqual([c.id]);
    }
    const seenByOther = await everyPage('limit=200&reference=KZ', other);
    expect(seenByOther.ids.sort()).toEqual(theirs.map((c) => c.id).sort());
    expect(seenByOther.ids.some((id) => mine.some((c) => c.id === id))).toBe(false);
  });

  it('refuses a search that is not the start of a reference, naming the parameter, never 5xx', async () => {
    for (const bad of ['%', 'KZ_', "KZ'--", '-KZ', 'KZ-ABCDEFGHIJK', ' ', 'KZ%25']) {
      const response = await get(`/cases?reference=${encodeURIComponent(bad)}`, interviewer);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors).toEqual([expect.objectContaining({ parameter: 'reference', code: 'not-a-reference' })]);
    }
    // The Russian reader gets the message in Russian.
    const ru = await http(`${api.url}/api/v1/cases?reference=%25`, { token: interviewer.accessToken, headers: { 'accept-language': 'ru' } });
    expect(ru.body.errors[0].detail).toMatch(/номера случая/);
  });
});
