import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createTask } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { taskBody } from '../../../../test/task-fixtures.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { auditLog } from '../../audit/audit.table.js';
import { categories } from '../../catalog/catalog.table.js';
import { seedReferenceData } from '../../catalog/seed-reference-data.js';

let admin: { id: string; cookie: string };
let customer: Awaited<ReturnType<typeof signUp>>;
const clock = createFakeClock('2026-12-01T10:00:00Z');
const unknownId = '00000000-0000-4000-8000-000000000000';

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
  customer = await signUp(t.app, t.db, {});
});

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });

type AdminCategory = { id: string; slug: string; isActive: boolean; takesNewTasks: boolean; tasksCount: number; children: AdminCategory[] };
const adminTree = async (): Promise<AdminCategory[]> => (await inject('GET', '/api/v1/admin/categories', admin.cookie)).json().items;
const publicTree = async (): Promise<AdminCategory[]> => (await inject('GET', '/api/v1/categories')).json().items;
const auditsOf = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

describe('GET /admin/categories', () => {
  it('401 guest, 403 customer; the two-level tree with task counts and flags (200)', async () => {
    expect((await inject('GET', '/api/v1/admin/categories')).statusCode).toBe(401);
    expect((await inject('GET', '/api/v1/admin/categories', customer.cookie)).statusCode).toBe(403);
    const body = await taskBody(t.db);
    await createTask(t.db, customer.user.id, { categoryId: body.categoryId, subcategoryId: body.subcategoryId });
    const tree = await adminTree();
    expect(tree.map((c) => c.slug)).toEqual((await publicTree()).map((c) => c.slug));
    const top = tree.find((c) => c.id === body.categoryId)!;
    expect(top).toMatchObject({ isActive: true, takesNewTasks: true, tasksCount: 1 });
    expect(top.children.find((c) => c.id === body.subcategoryId)).toMatchObject({ tasksCount: 1, parentId: top.id });
  });
});

describe('POST /admin/categories', () => {
  it('creates a top-level category with a slug made from the name, and a subcategory under it (201), placed last; audited', async () => {
    const res = await inject('POST', '/api/v1/admin/categories', admin.cookie, {
      name: { ru: 'Уход за животными', tg: 'Нигоҳубини ҳайвонот' },
      icon: 'garden',
    });
    expect(res.statusCode).toBe(201);
    const top = res.json();
    expect(top).toMatchObject({ slug: 'ukhod-za-zhivotnymi', parentId: null, icon: 'garden', isActive: true, tasksCount: 0 });
    const sub = await inject('POST', '/api/v1/admin/categories', admin.cookie, {
      parentId: top.id,
      slug: 'dog-walking',
      name: { ru: 'Выгул собак', tg: 'Сайругашти сагҳо' },
    });
    expect(sub.statusCode).toBe(201);
    expect(sub.json()).toMatchObject({ parentId: top.id, slug: 'dog-walking', icon: null });
    const tree = await publicTree();
    expect(tree.at(-1)).toMatchObject({ id: top.id, children: [{ id: sub.json().id, name: { tg: 'Сайругашти сагҳо' } }] });
    const audits = await auditsOf('admin.category_created');
    expect(audits.map((a) => a.targetId).sort()).toEqual([top.id, sub.json().id].sort());
    expect(audits[0]).toMatchObject({ actorId: admin.id, targetType: 'category' });
    // The same name again gets a free slug of its own.
    const again = await inject('POST', '/api/v1/admin/categories', admin.cookie, { name: { ru: 'Уход за животными', tg: 'Ҳайвонот' } });
    expect(again.json().slug).toBe('ukhod-za-zhivotnymi-2');
  });

  it('409 on a slug taken; 400 on a bad slug, icon, empty name or a parent that is a subcategory or unknown', async () => {
    const body = await taskBody(t.db);
    const name = { ru: 'Новая', tg: 'Нав' };
    expect((await inject('POST', '/api/v1/admin/categories', admin.cookie, { name, slug: 'dog-walking' })).json()).toMatchObject({
      status: 409,
      code: 'catalog.slug_taken',
    });
    for (const payload of [
      { name, slug: 'Bad Slug' },
      { name, icon: 'rocket' },
      { name: { ru: '', tg: 'Нав' } },
      { name, parentId: body.subcategoryId },
      { name, parentId: unknownId },
    ]) {
      const res = await inject('POST', '/api/v1/admin/categories', admin.cookie, payload);
      expect([payload, res.statusCode, res.json().code]).toEqual([payload, 400, 'validation.failed']);
    }
  });
});

describe('PATCH /admin/categories/:id', () => {
  it('renames and changes the icon (200, audited with before and after); 404 unknown; 400 empty', async () => {
    const [top] = await t.db.select().from(categories).where(isNull(categories.parentId)).limit(1);
    const res = await inject('PATCH', `/api/v1/admin/categories/${top!.id}`, admin.cookie, {
      name: { ru: 'Ремонт и отделка', tg: 'Таъмир ва ороиш' },
      icon: 'design',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: { ru: 'Ремонт и отделка' }, icon: 'design' });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.category_updated'), eq(auditLog.targetId, top!.id)));
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: { name: top!.name, icon: top!.icon },
      after: { name: { ru: 'Ремонт и отделка', tg: 'Таъмир ва ороиш' }, icon: 'design' },
    });
    // A restart's seed leaves the admin's edit alone.
    await seedReferenceData(t.db);
    expect((await adminTree()).find((c) => c.id === top!.id)).toMatchObject({ name: { ru: 'Ремонт и отделка' }, icon: 'design' });
    expect((await inject('PATCH', `/api/v1/admin/categories/${unknownId}`, admin.cookie, { icon: 'auto' })).statusCode).toBe(404);
    expect((await inject('PATCH', `/api/v1/admin/categories/${top!.id}`, admin.cookie, {})).statusCode).toBe(400);
  });

  it('deactivating takes a category and its subcategories off the public list and new tasks; old tasks keep it', async () => {
    const body = await taskBody(t.db);
    const old = await createTask(t.db, customer.user.id, { categoryId: body.categoryId, subcategoryId: body.subcategoryId });
    const draft = await inject('POST', '/api/v1/tasks', customer.cookie, { ...body, title: 'Черновик до отключения', status: 'draft' });
    expect(draft.statusCode).toBe(201);

    const off = await inject('PATCH', `/api/v1/admin/categories/${body.categoryId}`, admin.cookie, { isActive: false });
    expect(off.json()).toMatchObject({ isActive: false, takesNewTasks: false });
    expect((await publicTree()).map((c) => c.id)).not.toContain(body.categoryId);
    const top = (await adminTree()).find((c) => c.id === body.categoryId)!;
    expect(top.children.find((c) => c.id === body.subcategoryId)).toMatchObject({ isActive: true, takesNewTasks: false });

    const refused = await inject('POST', '/api/v1/tasks', customer.cookie, { ...body, title: 'Новое задание после отключения' });
    expect(refused.json()).toMatchObject({
      status: 400,
      code: 'validation.failed',
      errors: [{ path: 'body.subcategoryId', code: 'category_inactive' }],
    });
    const publish = await inject('POST', `/api/v1/tasks/${draft.json().id}/status`, customer.cookie, { status: 'new' });
    expect(publish.json()).toMatchObject({ status: 400, errors: [{ code: 'category_inactive' }] });

    // The old task keeps its category, its page still names it, and its customer can still edit other fields.
    const page = await inject('GET', `/api/v1/tasks/${old.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().category).toMatchObject({ id: body.categoryId, name: { ru: expect.any(String) } });
    const edit = await inject('PATCH', `/api/v1/tasks/${draft.json().id}`, customer.cookie, { title: 'Черновик, поправленный' });
    expect(edit.statusCode).toBe(200);

    // Only the subcategory off: the parent stays listed, the subcategory goes.
    await inject('PATCH', `/api/v1/admin/categories/${body.categoryId}`, admin.cookie, { isActive: true });
    await inject('PATCH', `/api/v1/admin/categories/${body.subcategoryId}`, admin.cookie, { isActive: false });
    const listed = (await publicTree()).find((c) => c.id === body.categoryId)!;
    expect(listed.children.map((c) => c.id)).not.toContain(body.subcategoryId);
    expect((await inject('POST', '/api/v1/tasks', customer.cookie, { ...body, title: 'Ещё одно новое задание' })).statusCode).toBe(400);
    await inject('PATCH', `/api/v1/admin/categories/${body.subcategoryId}`, admin.cookie, { isActive: true });
    expect((await inject('POST', '/api/v1/tasks', customer.cookie, { ...body, title: 'Задание после включения' })).statusCode).toBe(201);
  });
});

describe('POST /admin/categories/reorder', () => {
  it('puts a level in the given order (200, audited); 400 unless ids are exactly that level; 404 unknown parent', async () => {
    const tops = await publicTree();
    const reversed = tops.map((c) => c.id).reverse();
    const res = await inject('POST', '/api/v1/admin/categories/reorder', admin.cookie, { parentId: null, ids: reversed });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual(
      // Inactive ones (none now) would be in the admin list too: every top-level category is in `reversed`.
      reversed,
    );
    expect((await publicTree()).map((c) => c.id)).toEqual(reversed);
    const [audit] = await auditsOf('admin.categories_reordered');
    expect(audit).toMatchObject({ actorId: admin.id, targetId: null, after: { ids: reversed } });

    const parent = tops[0]!;
    const kids = parent.children.map((c) => c.id);
    const swapped = [kids[1]!, kids[0]!, ...kids.slice(2)];
    const sub = await inject('POST', '/api/v1/admin/categories/reorder', admin.cookie, { parentId: parent.id, ids: swapped });
    expect(sub.statusCode).toBe(200);
    expect((await publicTree()).find((c) => c.id === parent.id)!.children.map((c) => c.id)).toEqual(swapped);

    for (const ids of [reversed.slice(1), [...reversed, reversed[0]], [...reversed.slice(1), kids[0]]]) {
      const bad = await inject('POST', '/api/v1/admin/categories/reorder', admin.cookie, { parentId: null, ids });
      expect(bad.json()).toMatchObject({ status: 400, code: 'validation.failed', errors: [{ path: 'body.ids', code: 'not_siblings' }] });
    }
    expect((await inject('POST', '/api/v1/admin/categories/reorder', admin.cookie, { parentId: unknownId, ids: kids })).statusCode).toBe(
      404,
    );
    expect((await inject('POST', '/api/v1/admin/categories/reorder', admin.cookie, { parentId: null, ids: [] })).statusCode).toBe(400);
  });
});
