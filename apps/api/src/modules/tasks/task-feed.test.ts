import { beforeAll, describe, expect, it } from 'vitest';
import { createTask, createUser } from '../../../test/factories.js';
import { useTestApp } from '../../../test/use-test-app.js';

const base = Date.parse('2026-11-20T10:00:00Z');

const t = useTestApp();
beforeAll(async () => {
  const db = t.db;
  const customer = await createUser(db);
  for (let i = 0; i < 5; i++) {
    await createTask(db, customer.id, {
      title: `Открытая задача ${i}`,
      publishedAt: new Date(base + i * 60_000),
      address: 'ул. Рудаки 10, кв. 5',
    });
  }
  // Two tasks in the same second: the id breaks the tie, so no page skips or repeats one.
  await createTask(db, customer.id, { title: 'Срочная A', urgency: 'urgent', publishedAt: new Date(base + 10 * 60_000) });
  await createTask(db, customer.id, { title: 'Срочная B', urgency: 'urgent', publishedAt: new Date(base + 10 * 60_000) });
  await createTask(db, customer.id, { title: 'Черновик', status: 'draft', publishedAt: null });
  await createTask(db, customer.id, { title: 'Уже в работе', status: 'in_progress' });
  await createTask(db, customer.id, {
    title: 'Договорная',
    budgetType: 'negotiable',
    budgetAmount: null,
    publishedAt: new Date(base - 60_000),
  });
});

describe('GET /api/v1/tasks', () => {
  it('lists only open tasks, newest first, without private fields', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' });
    expect(res.statusCode).toBe(200);
    const { items, nextCursor } = res.json();
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(8);
    expect(items.map((i: { title: string }) => i.title)).not.toContain('Черновик');
    expect(items.map((i: { title: string }) => i.title)).not.toContain('Уже в работе');
    expect(items.at(-1).title).toBe('Договорная');
    expect(items.at(-1).budgetAmount).toBeNull();
    expect(res.body).not.toContain('Рудаки');
    expect(items[0]).toMatchObject({
      thumbnailUrl: null,
      category: { slug: expect.any(String), name: { ru: expect.any(String), tg: expect.any(String) } },
      city: { name: expect.any(Object) },
    });
  });

  it('pages by cursor without skipping or repeating a task', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { statusCode: number; json(): { items: Array<{ id: string }>; nextCursor: string | null } } = await t.app.inject({
        method: 'GET',
        url: `/api/v1/tasks?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
  });

  it('filters by urgency', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tasks?urgency=urgent' });
    expect(
      res
        .json()
        .items.map((i: { title: string }) => i.title)
        .sort(),
    ).toEqual(['Срочная A', 'Срочная B']);
  });

  it('refuses a forged cursor with 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tasks?cursor=bm90LWEtY3Vyc29y' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'query.cursor' }] });
  });
});
