import { ZAdminCategoryUpdate, ZAdminPlanUpdate, ZUpdateMeRequest, ZUpdateResponseRequest, ZUpdateTaskRequest } from '@dastiyor/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../test/admin-fixtures.js';
import { signUp } from '../../test/auth-helpers.js';
import { createTask } from '../../test/factories.js';
import { createFakeClock } from '../../test/fake-clock.js';
import { grantPlan } from '../../test/subscription-fixtures.js';
import { taskBody } from '../../test/task-fixtures.js';
import { useTestApp } from '../../test/use-test-app.js';
import { responses } from './responses/responses.table.js';
import { cameraJpeg, multipartBody } from './files/test-images.js';

// Issue 14: a PATCH changes exactly the fields it names; every other field, and every related row, stays as it was.

const clock = createFakeClock('2026-12-01T06:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
let admin: { cookie: string };

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  customer = await signUp(t.app, t.db, {});
  admin = await signInAdmin(t.app, t.db, clock.now());
  clock.advance(2 * 86_400_000); // past the first-day publishing limit
});

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { cookie } });

describe('update schemas', () => {
  // A `.default()` left in an update schema fills in absent fields, and the service then overwrites them.
  it.each([
    ['tasks', ZUpdateTaskRequest, { title: 'Новый заголовок задачи' }],
    ['me', ZUpdateMeRequest, { name: 'Фарида' }],
    ['admin plans', ZAdminPlanUpdate, { price: 100 }],
    ['admin categories', ZAdminCategoryUpdate, { isActive: false }],
    ['responses', ZUpdateResponseRequest, { price: 12_000 }],
  ] as const)('%s: parsing a body with one field yields that field alone', (_name, schema, body) => {
    expect(schema.parse(body)).toEqual(body);
  });
});

describe('PATCH /api/v1/tasks/:id', () => {
  async function uploadPhoto(): Promise<string> {
    const { payload, headers } = await multipartBody(await cameraJpeg());
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/files', payload, headers: { ...headers, cookie: customer.cookie } });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  async function urgentTaskWithPhotos() {
    const photoIds = [await uploadPhoto(), await uploadPhoto()];
    const res = await inject(
      'POST',
      '/api/v1/tasks',
      customer.cookie,
      await taskBody(t.db, {
        title: `Собрать шкаф-купе ${crypto.randomUUID().slice(0, 8)}`,
        urgency: 'urgent',
        attachmentIds: photoIds,
        startsAt: '2026-12-10T10:00:00+05:00',
        endsAt: '2026-12-11T18:00:00+05:00',
      }),
    );
    expect(res.statusCode).toBe(201);
    return { task: res.json(), photoIds };
  }

  const editable = ({ updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

  it('keeps urgency, every photo and every other field when only the title changes', async () => {
    const { task, photoIds } = await urgentTaskWithPhotos();
    expect(task.urgency).toBe('urgent');
    expect(task.photos.map((p: { id: string }) => p.id)).toEqual(photoIds);

    const res = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, { title: 'Собрать шкаф-купе в спальне' });
    expect(res.statusCode).toBe(200);
    const after = (await inject('GET', `/api/v1/tasks/${task.id}`, customer.cookie)).json();
    expect(after.urgency).toBe('urgent');
    expect(after.photos.map((p: { id: string }) => p.id)).toEqual(photoIds);
    expect(editable(after)).toEqual({ ...editable(task), title: 'Собрать шкаф-купе в спальне' });
  });

  it('keeps the district when the city named is the one the task already has', async () => {
    const { task } = await urgentTaskWithPhotos();
    expect(task.district).not.toBeNull();
    const res = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, { cityId: task.city.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().district).toEqual(task.district);
  });

  it('removes every photo, and nothing else, when attachmentIds is an explicit empty list', async () => {
    const { task } = await urgentTaskWithPhotos();
    const res = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, { attachmentIds: [] });
    expect(res.statusCode).toBe(200);
    const after = (await inject('GET', `/api/v1/tasks/${task.id}`, customer.cookie)).json();
    expect(after.photos).toEqual([]);
    expect(editable(after)).toEqual({ ...editable(task), photos: [], thumbnailUrl: null });
  });

  it('clears a nullable field only when it is sent as null', async () => {
    const { task } = await urgentTaskWithPhotos();
    const res = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, { address: null });
    expect(res.statusCode).toBe(200);
    expect(editable(res.json())).toEqual({ ...editable(task), address: null });
  });

  it('moves only the end of a period when only endsAt is named, and refuses an edit that leaves the period inconsistent', async () => {
    const { task } = await urgentTaskWithPhotos();
    const later = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, { endsAt: '2026-12-12T18:00:00+05:00' });
    expect(later.statusCode).toBe(200);
    expect(later.json()).toMatchObject({ startsAt: task.startsAt, endsAt: '2026-12-12T13:00:00.000Z' });

    const cases = [
      [{ startsAt: '2026-12-13T10:00:00+05:00' }, 'body.endsAt'],
      [{ startsAt: null }, 'body.startsAt'],
    ] as const;
    for (const [body, path] of cases) {
      const res = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    expect((await inject('GET', `/api/v1/tasks/${task.id}`, customer.cookie)).json()).toMatchObject({
      startsAt: task.startsAt,
      endsAt: '2026-12-12T13:00:00.000Z',
    });
  });

  it('keeps the amount of a fixed budget when budgetType fixed is named again without it', async () => {
    const { task } = await urgentTaskWithPhotos();
    const res = await inject('PATCH', `/api/v1/tasks/${task.id}`, customer.cookie, { budgetType: 'fixed' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ budgetType: 'fixed', budgetAmount: task.budgetAmount });
  });
});

describe('PATCH /api/v1/me', () => {
  it("keeps a provider's city, description, skills, categories, service city and districts when only the name changes", async () => {
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    const cities = (await t.app.inject({ method: 'GET', url: '/api/v1/cities' })).json().items;
    const dushanbe = cities.find((c: { slug: string }) => c.slug === 'dushanbe');
    const category = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json().items[0];
    const full = await inject('PATCH', '/api/v1/me', provider.cookie, {
      locale: 'tg',
      cityId: dushanbe.id,
      description: 'Сантехник с опытом десять лет',
      skills: ['смесители', 'трубы'],
      categoryIds: [category.id, category.children[0].id],
      serviceCityId: dushanbe.id,
      districtIds: [dushanbe.districts[0].id, dushanbe.districts[1].id],
    });
    expect(full.statusCode).toBe(200);
    const before = full.json();
    expect(before.provider.districts).toHaveLength(2);
    expect(before.provider.categories).toHaveLength(2);

    const res = await inject('PATCH', '/api/v1/me', provider.cookie, { name: 'Рустам Назаров' });
    expect(res.statusCode).toBe(200);
    const after = (await inject('GET', '/api/v1/me', provider.cookie)).json();
    expect(after).toEqual({ ...before, name: 'Рустам Назаров' });
  });

  it("keeps a customer's name and city when only the language changes", async () => {
    const person = await signUp(t.app, t.db, { name: 'Зарина Алиева' });
    const cities = (await t.app.inject({ method: 'GET', url: '/api/v1/cities' })).json().items;
    const before = (await inject('PATCH', '/api/v1/me', person.cookie, { cityId: cities[0].id })).json();
    const res = await inject('PATCH', '/api/v1/me', person.cookie, { locale: 'tg' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...before, locale: 'tg' });
  });
});

describe('PATCH /api/v1/admin/plans/:id', () => {
  it('keeps every other term of the plan when only the price changes', async () => {
    const created = await inject('POST', '/api/v1/admin/plans', admin.cookie, {
      code: 'patch-keeps',
      name: { ru: 'Проверка', tg: 'Санҷиш' },
      description: { ru: 'Описание', tg: 'Тавсиф' },
      durationDays: 14,
      dailyResponseLimit: 7,
      priority: true,
      highlighted: true,
      price: 9_900,
      trialDays: 3,
      isActive: false,
      sortOrder: 42,
    });
    expect(created.statusCode).toBe(201);
    const res = await inject('PATCH', `/api/v1/admin/plans/${created.json().id}`, admin.cookie, { price: 12_000 });
    expect(res.statusCode).toBe(200);
    const { updatedAt: _before, ...before } = created.json();
    const { updatedAt: _after, ...after } = res.json();
    expect(after).toEqual({ ...before, price: 12_000 });
  });
});

describe('PATCH /api/v1/admin/categories/:id', () => {
  type AdminCategory = { id: string; icon: string | null; isActive: boolean; name: object; children: { id: string }[] };
  const adminTree = async (): Promise<AdminCategory[]> => (await inject('GET', '/api/v1/admin/categories', admin.cookie)).json().items;

  it('keeps the icon and the active flag when only the name changes, and the name and icon when only the flag does', async () => {
    const top = (await adminTree()).find((c) => c.icon !== null)!;
    const { children: _c, ...before } = top;
    const renamed = await inject('PATCH', `/api/v1/admin/categories/${top.id}`, admin.cookie, { name: { ru: 'Ремонт', tg: 'Таъмир' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ ...before, name: { ru: 'Ремонт', tg: 'Таъмир' } });

    const off = await inject('PATCH', `/api/v1/admin/categories/${top.id}`, admin.cookie, { isActive: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ ...before, name: { ru: 'Ремонт', tg: 'Таъмир' }, isActive: false, takesNewTasks: false });
    // Its subcategories keep their own rows untouched.
    expect((await adminTree()).find((c) => c.id === top.id)!.children.map((c) => c.id)).toEqual(top.children.map((c) => c.id));
  });
});

describe('PATCH /api/v1/responses/:id', () => {
  it('keeps the comment and the estimate when only the price changes', async () => {
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, provider.user.id, 'standard', clock.now());
    const task = await createTask(t.db, customer.user.id, { publishedAt: clock.now() });
    const body = { comment: 'Сделаю сегодня вечером, свои инструменты.', price: 12_000, etaMinutes: 120 };
    const created = await inject('POST', `/api/v1/tasks/${task.id}/responses`, provider.cookie, body);
    expect(created.statusCode).toBe(201);
    const res = await inject('PATCH', `/api/v1/responses/${created.json().id}`, provider.cookie, { price: 15_000 });
    expect(res.statusCode).toBe(200);
    const [row] = await t.db.select().from(responses).where(eq(responses.id, created.json().id));
    expect(row).toMatchObject({ comment: body.comment, etaMinutes: 120, price: 15_000, status: 'pending' });
    const { updatedAt: _before, ...before } = created.json();
    const { updatedAt: _after, ...after } = res.json();
    expect(after).toEqual({ ...before, price: 15_000 });
  });
});
