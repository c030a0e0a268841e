import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { reviews } from './reviews.table.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
let provider: Account;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  [customer, provider] = await Promise.all([signUp(t.app, t.db, { name: 'Нигора Юсупова' }), signUp(t.app, t.db, { role: 'provider' })]);
  await grantPlan(t.db, provider.user.id, 'standard', clock.now());
});

const inject = (method: 'GET' | 'POST', url: string, who: Account | null, payload?: object) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });
const review = { rating: 5, text: 'Пришёл вовремя, всё сделал аккуратно.' };

/** A task of `customer` with `provider` selected, in progress. */
async function taskInProgress() {
  const task = await createTask(t.db, customer.user.id, { publishedAt: clock.now() });
  const response = await inject('POST', `/api/v1/tasks/${task.id}/responses`, provider, {
    comment: 'Сделаю сегодня же, опыт десять лет.',
    price: 20_000,
    etaMinutes: 180,
  });
  expect((await inject('POST', `/api/v1/responses/${response.json().id}/select`, customer)).statusCode).toBe(200);
  return task.id;
}

describe('completing a task', () => {
  it('lets the selected provider ask for completion, and counts the task once the customer confirms', async () => {
    const taskId = await taskInProgress();
    const stranger = await signUp(t.app, t.db, { role: 'provider' });
    expect((await inject('POST', `/api/v1/tasks/${taskId}/completion-request`, stranger)).statusCode).toBe(404);
    expect((await inject('POST', `/api/v1/tasks/${taskId}/completion-request`, customer)).statusCode).toBe(404);
    const asked = await inject('POST', `/api/v1/tasks/${taskId}/completion-request`, provider);
    expect(asked.statusCode).toBe(200);
    expect(asked.json().completionRequestedAt).toBe(clock.now().toISOString());
    expect((await inject('GET', `/api/v1/tasks/${taskId}`, stranger)).json().completionRequestedAt).toBeNull();

    expect((await inject('POST', `/api/v1/tasks/${taskId}/status`, customer, { status: 'completed' })).statusCode).toBe(200);
    expect((await inject('POST', `/api/v1/tasks/${taskId}/completion-request`, provider)).statusCode).toBe(409);
    const profile = (await inject('GET', `/api/v1/providers/${provider.user.id}`, null)).json();
    expect(profile.provider.completedCount).toBeGreaterThanOrEqual(1);
  });
});

describe('POST /api/v1/tasks/:id/review', () => {
  it('takes one review from the customer of a completed task and updates the rating at once', async () => {
    const taskId = await taskInProgress();
    expect((await inject('POST', `/api/v1/tasks/${taskId}/review`, customer, review)).statusCode).toBe(409);
    await inject('POST', `/api/v1/tasks/${taskId}/status`, customer, { status: 'completed' });

    expect((await inject('POST', `/api/v1/tasks/${taskId}/review`, null, review)).statusCode).toBe(401);
    expect((await inject('POST', `/api/v1/tasks/${taskId}/review`, provider, review)).statusCode).toBe(404);
    const bad = await inject('POST', `/api/v1/tasks/${taskId}/review`, customer, { rating: 6, text: '' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.rating', 'body.text']);

    const created = await inject('POST', `/api/v1/tasks/${taskId}/review`, customer, review);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ rating: 5, author: { name: 'Нигора Юсупова' }, task: { id: taskId } });
    expect((await inject('POST', `/api/v1/tasks/${taskId}/review`, customer, { ...review, rating: 1 })).statusCode).toBe(409);

    const page = (await inject('GET', `/api/v1/tasks/${taskId}`, provider)).json();
    expect(page.review).toMatchObject({ rating: 5 });
    const profile = (await inject('GET', `/api/v1/providers/${provider.user.id}`, null)).json();
    expect(profile.provider).toMatchObject({ ratingAverage: 5, reviewsCount: 1 });
  });

  it("answers 404 for an unknown task and for someone else's", async () => {
    expect((await inject('POST', `/api/v1/tasks/${crypto.randomUUID()}/review`, customer, review)).statusCode).toBe(404);
    const other = await signUp(t.app, t.db, {});
    const taskId = await taskInProgress();
    expect((await inject('POST', `/api/v1/tasks/${taskId}/review`, other, review)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/providers/:id/reviews', () => {
  it('recomputes the rating exactly over many reviews and breaks it down by stars', async () => {
    const db = t.db;
    const graded = await signUp(t.app, db, { role: 'provider' });
    await grantPlan(db, graded.user.id, 'standard', clock.now());
    // 60 earlier reviews written straight into the table: 12 of each star.
    const author = await createUser(db);
    for (let i = 0; i < 60; i++) {
      const task = await createTask(db, author.id, { status: 'completed', selectedProviderId: graded.user.id });
      await db.insert(reviews).values({
        taskId: task.id,
        customerId: author.id,
        providerId: graded.user.id,
        rating: (i % 5) + 1,
        text: `Отзыв номер ${i}`,
        createdAt: new Date(clock.now().getTime() - (60 - i) * 60_000),
      });
    }
    // One more through the API: the figure is recomputed from all 61 rows, not nudged.
    const task = await createTask(db, customer.user.id, { publishedAt: clock.now() });
    const response = await inject('POST', `/api/v1/tasks/${task.id}/responses`, graded, {
      comment: 'Сделаю качественно и в срок.',
      price: 10_000,
      etaMinutes: 60,
    });
    await inject('POST', `/api/v1/responses/${response.json().id}/select`, customer);
    await inject('POST', `/api/v1/tasks/${task.id}/status`, customer, { status: 'completed' });
    await inject('POST', `/api/v1/tasks/${task.id}/review`, customer, { rating: 5, text: 'Отлично, рекомендую!' });

    const list = (await inject('GET', `/api/v1/providers/${graded.user.id}/reviews?limit=20`, null)).json();
    expect(list.summary).toEqual({
      ratingAverage: Math.round(((12 * 15 + 5) / 61) * 100) / 100,
      reviewsCount: 61,
      breakdown: { 1: 12, 2: 12, 3: 12, 4: 12, 5: 13 },
    });
    expect(list.items[0]).toMatchObject({ rating: 5, text: 'Отлично, рекомендую!' });
    expect(list.items).toHaveLength(20);
    expect(JSON.stringify(list)).not.toContain(customer.login);

    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await inject('GET', `/api/v1/providers/${graded.user.id}/reviews?limit=25${cursor ? `&cursor=${cursor}` : ''}`, null)
      ).json();
      for (const item of page.items) ids.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.size).toBe(61);

    expect((await inject('GET', `/api/v1/providers/${customer.user.id}/reviews`, null)).statusCode).toBe(404);
  });
});
