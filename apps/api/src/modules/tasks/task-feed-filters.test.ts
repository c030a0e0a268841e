import fc from 'fast-check';
import { isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFeedSort } from '@dastiyor/contracts';
import { createTask, createUser } from '../../../test/factories.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories, cities, districts } from '../catalog/catalog.table.js';
import { startOfDushanbeDay } from '../../platform/time/dushanbe-day.js';

interface Seeded {
  id: string;
  categoryId: string;
  subcategoryId: string;
  cityId: string;
  districtId: string | null;
  urgency: 'normal' | 'urgent';
  budgetAmount: number | null;
  startsAt: Date | null;
  publishedAt: Date;
  status: 'new' | 'draft' | 'cancelled';
}
const seeded: Seeded[] = [];
let subs: Array<{ id: string; parentId: string }> = [];
let places: Array<{ cityId: string; districtId: string | null }> = [];
const base = Date.parse('2026-12-01T00:00:00Z');

const t = useTestApp();
beforeAll(async () => {
  const db = t.db;
  subs = (await db.select({ id: categories.id, parentId: categories.parentId }).from(categories).where(isNotNull(categories.parentId)))
    .slice(0, 6)
    .map((s) => ({ id: s.id, parentId: s.parentId! }));
  const ds = await db.select().from(districts).limit(3);
  const [lonely] = await db.select().from(cities).limit(1);
  places = [...ds.map((d) => ({ cityId: d.cityId, districtId: d.id })), { cityId: lonely!.id, districtId: null }];
  const customer = await createUser(db);
  // Deterministic pseudo-random data, with deliberate ties in time and budget.
  const rand = fc.sample(
    fc.record({
      sub: fc.nat(subs.length - 1),
      place: fc.nat(places.length - 1),
      urgent: fc.boolean(),
      budget: fc.option(fc.constantFrom(5_000, 10_000, 15_000, 50_000, 120_000), { nil: null }),
      start: fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: null }),
      minute: fc.integer({ min: 0, max: 40 }),
      status: fc.constantFrom('new', 'new', 'new', 'new', 'draft', 'cancelled'),
    }),
    { numRuns: 70, seed: 42 },
  );
  for (const r of rand) {
    const sub = subs[r.sub]!;
    const place = places[r.place]!;
    const row = await createTask(db, customer.id, {
      categoryId: sub.parentId,
      subcategoryId: sub.id,
      cityId: place.cityId,
      districtId: place.districtId,
      urgency: r.urgent ? 'urgent' : 'normal',
      budgetType: r.budget === null ? 'negotiable' : 'fixed',
      budgetAmount: r.budget,
      startsAt: r.start === null ? null : new Date(base + r.start * 3_600_000),
      publishedAt: r.status === 'draft' ? null : new Date(base - 86_400_000 + r.minute * 60_000),
      status: r.status as Seeded['status'],
    });
    seeded.push({
      ...row,
      districtId: row.districtId,
      startsAt: row.startsAt,
      publishedAt: row.publishedAt!,
      status: r.status as Seeded['status'],
    } as Seeded);
  }
}, 120_000);

interface Filter {
  categoryId?: string;
  subcategoryId?: string;
  cityId?: string;
  districtId?: string;
  urgency?: 'normal' | 'urgent';
  budgetMin?: number;
  budgetMax?: number;
  dateFrom?: string;
  dateTo?: string;
  sort: TFeedSort;
}

const day = (iso: string) => startOfDushanbeDay(new Date(`${iso}T12:00:00+05:00`)).getTime();
const cmpId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The feed's rules, restated in plain JavaScript. */
function expected(filter: Filter): string[] {
  const rows = seeded.filter(
    (s) =>
      s.status === 'new' &&
      (!filter.categoryId || s.categoryId === filter.categoryId) &&
      (!filter.subcategoryId || s.subcategoryId === filter.subcategoryId) &&
      (!filter.cityId || s.cityId === filter.cityId) &&
      (!filter.districtId || s.districtId === filter.districtId) &&
      (!filter.urgency || s.urgency === filter.urgency) &&
      (filter.budgetMin === undefined || (s.budgetAmount !== null && s.budgetAmount >= filter.budgetMin)) &&
      (filter.budgetMax === undefined || (s.budgetAmount !== null && s.budgetAmount <= filter.budgetMax)) &&
      (!filter.dateFrom || (s.startsAt !== null && s.startsAt.getTime() >= day(filter.dateFrom))) &&
      (!filter.dateTo || (s.startsAt !== null && s.startsAt.getTime() < day(filter.dateTo) + 86_400_000)),
  );
  const key = (s: Seeded) =>
    ({
      newest: -s.publishedAt.getTime(),
      budget_desc: -(s.budgetAmount ?? -1),
      budget_asc: s.budgetAmount ?? 2147483647,
      date: s.startsAt?.getTime() ?? Number.MAX_SAFE_INTEGER,
    })[filter.sort];
  const descending = filter.sort === 'newest' || filter.sort === 'budget_desc';
  return rows.sort((a, b) => key(a) - key(b) || (descending ? -cmpId(a.id, b.id) : cmpId(a.id, b.id))).map((s) => s.id);
}

async function walk(filter: Filter, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const params = new URLSearchParams(
      Object.entries({ ...filter, limit: String(limit) }).flatMap(([k, v]): Array<[string, string]> =>
        v === undefined ? [] : [[k, String(v)]],
      ),
    );
    if (cursor) params.set('cursor', cursor);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks?${params}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: Array<{ id: string }>; nextCursor: string | null };
    ids.push(...body.items.map((i) => i.id));
    cursor = body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('paging did not end');
}

describe('GET /api/v1/tasks filters and sorts (property-based)', () => {
  it('returns exactly what a plain filter and sort over the data return, page after page', async () => {
    const dates = ['2026-12-01', '2026-12-03', '2026-12-07', '2026-12-12', '2026-12-21'];
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            sub: fc.nat(subs.length - 1),
            useSub: fc.boolean(),
            place: fc.nat(places.length - 1),
            useDistrict: fc.boolean(),
            urgency: fc.constantFrom('normal', 'urgent') as fc.Arbitrary<'normal' | 'urgent'>,
            budgetMin: fc.constantFrom(5_000, 10_000, 50_000),
            budgetMax: fc.constantFrom(10_000, 50_000, 150_000),
            dateFrom: fc.constantFrom(...dates),
            dateTo: fc.constantFrom(...dates),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom<TFeedSort>('newest', 'budget_desc', 'budget_asc', 'date'),
        fc.integer({ min: 1, max: 9 }),
        async (r, sort, limit) => {
          const sub = r.sub !== undefined ? subs[r.sub] : undefined;
          const place = r.place !== undefined ? places[r.place] : undefined;
          const filter: Filter = {
            sort,
            ...(sub ? (r.useSub ? { subcategoryId: sub.id } : { categoryId: sub.parentId }) : {}),
            ...(place ? (r.useDistrict && place.districtId ? { districtId: place.districtId } : { cityId: place.cityId }) : {}),
            ...(r.urgency ? { urgency: r.urgency } : {}),
            ...(r.budgetMin !== undefined ? { budgetMin: r.budgetMin } : {}),
            ...(r.budgetMax !== undefined && (r.budgetMin === undefined || r.budgetMax >= r.budgetMin) ? { budgetMax: r.budgetMax } : {}),
            ...(r.dateFrom ? { dateFrom: r.dateFrom } : {}),
            ...(r.dateTo && (!r.dateFrom || r.dateTo >= r.dateFrom) ? { dateTo: r.dateTo } : {}),
          };
          expect(await walk(filter, limit)).toEqual(expected(filter));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  }, 120_000);

  it('refuses an empty budget range and a cursor of another sort', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tasks?budgetMin=500&budgetMax=100' })).statusCode).toBe(400);
    const first = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=1&sort=budget_desc' })).json();
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tasks?cursor=${first.nextCursor}&sort=newest` })).statusCode).toBe(400);
  });
});

describe('keyset pagination under concurrent inserts', () => {
  it('never repeats or skips a task while new ones are being published', async () => {
    const db = t.db;
    const customer = await createUser(db);
    const before = expected({ sort: 'newest' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let i = 0;
    do {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks?limit=4${cursor ? `&cursor=${cursor}` : ''}` });
      const body = res.json() as { items: Array<{ id: string }>; nextCursor: string | null };
      seen.push(...body.items.map((x) => x.id));
      cursor = body.nextCursor;
      // Someone publishes right now (newer than anything paged so far).
      await createTask(db, customer.id, { title: `Свежая задача ${i}`, publishedAt: new Date(base + 30 * 86_400_000 + i++) });
    } while (cursor);
    expect(seen).toEqual(before);
  });
});
