import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { categories } from '../catalog/catalog.table.js';
import { forgetReferenceData } from '../catalog/reference-cache.js';
import { providerProfiles } from './profiles.table.js';

let dushanbe: { id: string; districts: { id: string }[] };
let khujand: { id: string; districts: { id: string }[] };
let topCategory: { id: string; children: { id: string }[] };

const t = useTestApp();
beforeAll(async () => {
  const cities = (await t.app.inject({ method: 'GET', url: '/api/v1/cities' })).json().items;
  dushanbe = cities.find((c: { slug: string }) => c.slug === 'dushanbe');
  khujand = cities.find((c: { slug: string }) => c.slug === 'khujand');
  topCategory = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json().items[0];
});

const getMe = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
const patchMe = (cookie: string, payload: object) => t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie }, payload });
const profileAudits = (userId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, userId), eq(auditLog.action, 'profile.updated')));

describe('without a session', () => {
  it('should answer 401 auth.required on every profile route', async () => {
    const fileId = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/v1/me'],
      ['PATCH', '/api/v1/me'],
      ['PUT', '/api/v1/me/avatar'],
      ['DELETE', '/api/v1/me/avatar'],
      ['POST', '/api/v1/me/portfolio'],
      ['DELETE', `/api/v1/me/portfolio/${fileId}`],
    ] as const) {
      const res = await t.app.inject({ method, url, ...(method === 'PATCH' ? { payload: { name: 'Никто' } } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('auth.required');
    }
  });
});

describe('GET /api/v1/me', () => {
  it('should return a customer their own profile with contacts and no provider part', async () => {
    const email = `me.customer.${Date.now()}@example.tj`;
    const { cookie, user } = await signUp(t.app, t.db, { email, name: 'Фарида Каримова' });
    const res = await getMe(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.json()).toEqual({
      id: user.id,
      role: 'customer',
      name: 'Фарида Каримова',
      email,
      emailVerified: true,
      phone: null,
      phoneVerified: false,
      locale: 'ru',
      city: null,
      avatar: null,
      createdAt: expect.any(String),
      provider: null,
    });
  });

  it('should give a provider who never edited the profile the empty defaults, and create no row on read', async () => {
    const { cookie, user } = await signUp(t.app, t.db, { role: 'provider' });
    const res = await getMe(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'provider', phoneVerified: true, email: null });
    expect(res.json().provider).toEqual({
      description: '',
      skills: [],
      categories: [],
      serviceCity: null,
      districts: [],
      portfolio: [],
      ratingAverage: null,
      reviewsCount: 0,
      completedCount: 0,
    });
    expect(await t.db.select().from(providerProfiles).where(eq(providerProfiles.userId, user.id))).toEqual([]);
  });
});

describe('PATCH /api/v1/me', () => {
  it('should update name, locale and city and audit only the changed fields', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    const res = await patchMe(cookie, { name: '  Фарида Р.  ', locale: 'tg', cityId: dushanbe.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Фарида Р.', locale: 'tg', city: { id: dushanbe.id, name: { ru: 'Душанбе' } } });
    expect((await getMe(cookie)).json()).toMatchObject({ name: 'Фарида Р.', locale: 'tg' });

    const [audit] = await profileAudits(user.id);
    expect(audit).toMatchObject({
      actorId: user.id,
      before: { name: 'Фарида Каримова', locale: 'ru', cityId: null },
      after: { name: 'Фарида Р.', locale: 'tg', cityId: dushanbe.id },
    });

    // Sending what is already stored changes nothing and logs nothing.
    expect((await patchMe(cookie, { locale: 'tg' })).statusCode).toBe(200);
    expect(await profileAudits(user.id)).toHaveLength(1);
  });

  it('should answer 400 with a body.cityId field error for an unknown city and store nothing', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    const res = await patchMe(cookie, { name: 'Новое Имя', cityId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'body.cityId', code: 'unknown_city' }] });
    expect((await getMe(cookie)).json().name).toBe('Фарида Каримова');
    expect(await profileAudits(user.id)).toEqual([]);
  });

  it('should answer 400 for malformed values before any rule runs', async () => {
    const { cookie } = await signUp(t.app, t.db, {});
    const res = await patchMe(cookie, { name: 'Ф', locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.locale', 'body.name']);
  });

  it('should answer 403 forbidden when a customer sends provider fields, naming them, and store nothing', async () => {
    const { cookie } = await signUp(t.app, t.db, {});
    const res = await patchMe(cookie, { name: 'Другое Имя', description: 'Мастер на все руки', categoryIds: [topCategory.id] });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.description', 'body.categoryIds']);
    expect((await getMe(cookie)).json()).toMatchObject({ name: 'Фарида Каримова', provider: null });
  });

  it("should store a provider's fields: skills trimmed and de-duplicated, categories with parents, districts of the service city", async () => {
    const { cookie, user } = await signUp(t.app, t.db, { role: 'provider' });
    const sub = topCategory.children[0]!;
    const res = await patchMe(cookie, {
      description: '  Сантехник с опытом 10 лет.  ',
      skills: [' Замена смесителя ', 'замена   СМЕСИТЕЛЯ', 'Прочистка труб', 'Прочистка труб'],
      categoryIds: [sub.id, topCategory.id, sub.id],
      serviceCityId: dushanbe.id,
      districtIds: [dushanbe.districts[1]!.id, dushanbe.districts[0]!.id],
    });
    expect(res.statusCode).toBe(200);
    const provider = res.json().provider;
    expect(provider).toMatchObject({
      description: 'Сантехник с опытом 10 лет.',
      skills: ['Замена смесителя', 'Прочистка труб'],
      serviceCity: { id: dushanbe.id, name: { ru: 'Душанбе', tg: 'Душанбе' } },
      ratingAverage: null,
      reviewsCount: 0,
      completedCount: 0,
    });
    // In the catalog's order, each with its parent.
    expect(provider.categories).toEqual([
      { id: topCategory.id, parentId: null, name: expect.objectContaining({ ru: expect.any(String), tg: expect.any(String) }) },
      { id: sub.id, parentId: topCategory.id, name: expect.objectContaining({ ru: expect.any(String) }) },
    ]);
    expect(provider.districts.map((d: { id: string }) => d.id)).toEqual([dushanbe.districts[0]!.id, dushanbe.districts[1]!.id]);
    expect((await getMe(cookie)).json().provider).toEqual(provider);

    const [audit] = await profileAudits(user.id);
    expect(Object.keys(audit!.after as object).sort()).toEqual(['categoryIds', 'description', 'districtIds', 'serviceCityId', 'skills']);
    expect(audit!.before).toMatchObject({ description: '', skills: [], categoryIds: [], serviceCityId: null, districtIds: [] });
  });

  it('should refuse unknown and inactive categories and districts outside the service city, storing nothing', async () => {
    const { cookie } = await signUp(t.app, t.db, { role: 'provider' });
    const inactive = topCategory.children[1]!;
    await t.db.update(categories).set({ isActive: false }).where(eq(categories.id, inactive.id));
    forgetReferenceData(t.db);
    try {
      const res = await patchMe(cookie, {
        description: 'Не должно сохраниться',
        categoryIds: [topCategory.id, inactive.id, '00000000-0000-4000-8000-000000000000'],
        serviceCityId: dushanbe.id,
        districtIds: [dushanbe.districts[0]!.id, khujand.districts[0]!.id],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ path: 'body.categoryIds.1', code: 'unknown_category' }),
        expect.objectContaining({ path: 'body.categoryIds.2', code: 'unknown_category' }),
        expect.objectContaining({ path: 'body.districtIds.1', code: 'district_outside_city' }),
      ]);
      expect((await getMe(cookie)).json().provider).toMatchObject({ description: '', categories: [], serviceCity: null, districts: [] });
    } finally {
      await t.db.update(categories).set({ isActive: true }).where(eq(categories.id, inactive.id));
      forgetReferenceData(t.db);
    }
  });

  it('should ask for a service city before districts', async () => {
    const { cookie } = await signUp(t.app, t.db, { role: 'provider' });
    const res = await patchMe(cookie, { districtIds: [dushanbe.districts[0]!.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body.districtIds', code: 'service_city_required' })]);
  });

  it('should keep only the districts that lie in a new service city', async () => {
    const { cookie } = await signUp(t.app, t.db, { role: 'provider' });
    await patchMe(cookie, { serviceCityId: dushanbe.id, districtIds: [dushanbe.districts[0]!.id] });
    const moved = await patchMe(cookie, { serviceCityId: khujand.id });
    expect(moved.json().provider).toMatchObject({ serviceCity: { id: khujand.id }, districts: [] });
    const cleared = await patchMe(cookie, { serviceCityId: null, districtIds: [] });
    expect(cleared.json().provider).toMatchObject({ serviceCity: null, districts: [] });
  });
});
