import { isNotNull, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { categories, cities, districts } from '../catalog/catalog.table.js';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';

// A Premium provider's feed pins fresh tasks of their line of work and area on page 1; nobody else's does.

const clock = createFakeClock('2026-11-24T08:00:00Z');
const start = clock.now().getTime();
const minute = 60_000;

type Account = Awaited<ReturnType<typeof signUp>>;
type Card = { id: string; title: string; pinned: boolean };
type Page = { items: Card[]; nextCursor: string | null };
let premium: Account;
let premiumWholeCity: Account;
let premiumBySubcategory: Account;
let standard: Account;
let customer: Account;
const ids: Record<string, string> = {};

/** Two subcategories of one parent, one of another parent; a city with two districts and another city. */
async function reference() {
  const db = t.db;
  const subs = await db.select().from(categories).where(isNotNull(categories.parentId));
  const home = subs[0]!;
  const sibling = subs.find((s) => s.parentId === home.parentId && s.id !== home.id)!;
  const foreign = subs.find((s) => s.parentId !== home.parentId)!;
  const allDistricts = await db.select().from(districts);
  const cityId = allDistricts.find((d) => allDistricts.filter((o) => o.cityId === d.cityId).length >= 2)!.cityId;
  const [near, far] = allDistricts.filter((d) => d.cityId === cityId);
  const [otherCity] = await db.select().from(cities).where(ne(cities.id, cityId)).limit(1);
  return { home, sibling, foreign, cityId, near: near!, far: far!, otherCityId: otherCity!.id };
}
let ref: Awaited<ReturnType<typeof reference>>;

const get = async (url: string, who: Account | null): Promise<Page> => {
  const res = await t.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const pinnedTitles = (page: Page) => page.items.filter((i) => i.pinned).map((i) => i.title);

async function setProfile(who: Account, body: object) {
  const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: who.cookie }, payload: body });
  expect(res.statusCode).toBe(200);
}

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  const db = t.db;
  ref = await reference();
  [premium, premiumWholeCity, premiumBySubcategory, standard, customer] = await Promise.all([
    signUp(t.app, db, { role: 'provider', name: 'Бахтиёр Раҳимов' }),
    signUp(t.app, db, { role: 'provider', name: 'Фаррух Саидов' }),
    signUp(t.app, db, { role: 'provider', name: 'Сино Юсуфов' }),
    signUp(t.app, db, { role: 'provider', name: 'Далер Назаров' }),
    signUp(t.app, db, {}),
  ]);
  const lineAndArea = { categoryIds: [ref.home.parentId], serviceCityId: ref.cityId, districtIds: [ref.near.id] };
  await setProfile(premium, lineAndArea);
  await setProfile(standard, lineAndArea);
  await setProfile(premiumWholeCity, { categoryIds: [ref.home.parentId], serviceCityId: ref.cityId, districtIds: [] });
  await setProfile(premiumBySubcategory, { categoryIds: [ref.sibling.id], serviceCityId: ref.cityId, districtIds: [] });
  for (const who of [premium, premiumWholeCity, premiumBySubcategory]) await grantPlan(db, who.user.id, 'premium', clock.now());
  await grantPlan(db, standard.user.id, 'standard', clock.now());

  const owner = await createUser(db);
  const inHome = { categoryId: ref.home.parentId!, subcategoryId: ref.home.id, cityId: ref.cityId };
  const task = async (key: string, fields: Parameters<typeof createTask>[2]) => {
    ids[key] = (await createTask(db, owner.id, { title: key, ...fields })).id;
  };
  // Yesterday's tasks fill pages 2+; none of them is fresh.
  for (let i = 0; i < 8; i++)
    await task(`old-${i}`, { ...inHome, districtId: ref.near.id, publishedAt: new Date(start - 86_400_000 + i * minute) });
  await task('match', { ...inHome, districtId: ref.near.id, publishedAt: new Date(start) });
  await task('no-district', { ...inHome, districtId: null, publishedAt: new Date(start - minute) });
  await task('far-district', { ...inHome, districtId: ref.far.id, publishedAt: new Date(start - 2 * minute) });
  await task('other-city', { ...inHome, districtId: null, cityId: ref.otherCityId, publishedAt: new Date(start - 3 * minute) });
  await task('sibling-sub', {
    categoryId: ref.sibling.parentId!,
    subcategoryId: ref.sibling.id,
    cityId: ref.cityId,
    districtId: ref.near.id,
    publishedAt: new Date(start - 4 * minute),
  });
  await task('foreign-category', {
    categoryId: ref.foreign.parentId!,
    subcategoryId: ref.foreign.id,
    cityId: ref.cityId,
    districtId: ref.near.id,
    publishedAt: new Date(start - 5 * minute),
  });
  await task('draft', { ...inHome, districtId: ref.near.id, status: 'draft', publishedAt: null });
});

describe('GET /api/v1/tasks, pinned for Premium providers', () => {
  it('pins fresh tasks of the line of work and served districts, and nothing else', async () => {
    clock.set(new Date(start + 30 * minute).toISOString());
    const page = await get('/api/v1/tasks?limit=20', premium);
    // "sibling-sub" is in the served parent category; a task without a district lies in any part of the city.
    expect(pinnedTitles(page)).toEqual(['match', 'no-district', 'sibling-sub']);
    expect(page.items.slice(0, 3).every((i) => i.pinned)).toBe(true);
    expect(page.items.slice(3).some((i) => i.pinned)).toBe(false);
    expect(page.items.map((i) => i.title)).toEqual(expect.arrayContaining(['far-district', 'other-city', 'foreign-category']));
  });

  it('pins a task for the first hour after it is published only', async () => {
    clock.set(new Date(start + 59 * minute).toISOString());
    expect(pinnedTitles(await get('/api/v1/tasks?limit=20', premium))).toEqual(['match']);
    clock.set(new Date(start + 61 * minute).toISOString());
    const later = await get('/api/v1/tasks?limit=20', premium);
    expect(pinnedTitles(later)).toEqual([]);
    expect(later.items[0]!.title).toBe('match');
  });

  it('matches any district when the provider serves the whole city, and a served subcategory alone', async () => {
    clock.set(new Date(start + 30 * minute).toISOString());
    expect(pinnedTitles(await get('/api/v1/tasks?limit=20', premiumWholeCity))).toEqual([
      'match',
      'no-district',
      'far-district',
      'sibling-sub',
    ]);
    expect(pinnedTitles(await get('/api/v1/tasks?limit=20', premiumBySubcategory))).toEqual(['sibling-sub']);
  });

  it('pins nothing for a Standard provider, a customer or a guest', async () => {
    clock.set(new Date(start + 30 * minute).toISOString());
    for (const who of [standard, customer, null]) {
      const page = await get('/api/v1/tasks?limit=20', who);
      expect(page.items.some((i) => i.pinned)).toBe(false);
      expect(page.items[0]!.title).toBe('match');
    }
  });

  it('keeps to the request: its filters, the default order and the first page only', async () => {
    clock.set(new Date(start + 30 * minute).toISOString());
    expect(pinnedTitles(await get(`/api/v1/tasks?limit=20&districtId=${ref.near.id}`, premium))).toEqual(['match', 'sibling-sub']);
    expect(pinnedTitles(await get(`/api/v1/tasks?limit=20&subcategoryId=${ref.sibling.id}`, premium))).toEqual(['sibling-sub']);
    expect(pinnedTitles(await get('/api/v1/tasks?limit=20&urgency=urgent', premium))).toEqual([]);
    expect(pinnedTitles(await get('/api/v1/tasks?limit=20&sort=budget_desc', premium))).toEqual([]);
    const guestFirst = await get('/api/v1/tasks?limit=3', null);
    expect(pinnedTitles(await get(`/api/v1/tasks?limit=3&cursor=${guestFirst.nextCursor}`, premium))).toEqual([]);
  });

  it('shows a pinned task once on page 1 and leaves the pages after it as a guest sees them', async () => {
    clock.set(new Date(start + 30 * minute).toISOString());
    const mine = await get('/api/v1/tasks?limit=5', premium);
    const guest = await get('/api/v1/tasks?limit=5', null);
    const ids = mine.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(mine.items.map((i) => i.title)).toEqual(['match', 'no-district', 'sibling-sub', 'far-district', 'other-city']);
    expect(mine.nextCursor).toBe(guest.nextCursor);

    let [mineCursor, guestCursor] = [mine.nextCursor, guest.nextCursor];
    let pages = 0;
    while (guestCursor && pages < 10) {
      const [a, b] = await Promise.all([
        get(`/api/v1/tasks?limit=5&cursor=${mineCursor}`, premium),
        get(`/api/v1/tasks?limit=5&cursor=${guestCursor}`, null),
      ]);
      expect(a).toEqual(b);
      [mineCursor, guestCursor] = [a.nextCursor, b.nextCursor];
      pages++;
    }
    expect(pages).toBe(2);
  });

  it('pins a fresh task even when newer ones push it off page 1, where it then shows in its own place', async () => {
    clock.set(new Date(start + 30 * minute).toISOString());
    const first = await get('/api/v1/tasks?limit=2', premium);
    expect(first.items.map((i) => [i.title, i.pinned])).toEqual([
      ['match', true],
      ['no-district', true],
      ['sibling-sub', true],
    ]);
    const second = await get(`/api/v1/tasks?limit=2&cursor=${first.nextCursor}`, premium);
    expect(second.items.map((i) => [i.title, i.pinned])).toEqual([
      ['far-district', false],
      ['other-city', false],
    ]);
    const third = await get(`/api/v1/tasks?limit=2&cursor=${second.nextCursor}`, premium);
    expect(third.items.map((i) => [i.title, i.pinned])).toEqual([
      ['sibling-sub', false],
      ['foreign-category', false],
    ]);
  });
});
