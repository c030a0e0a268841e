import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { responses } from '../responses/responses.table.js';
import { reviews } from '../reviews/reviews.table.js';
import { users } from '../users/users.table.js';
import { refreshProviderStanding } from '../reviews/provider-standing.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
let provider: Account;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  customer = await signUp(t.app, t.db, { name: 'Фарида Каримова' });
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });

  // The provider answered four tasks: two chose them (one done and reviewed, one in progress).
  const db = t.db;
  const other = await createUser(db);
  const done = await createTask(db, customer.user.id, { status: 'completed', selectedProviderId: provider.user.id });
  const working = await createTask(db, customer.user.id, { status: 'in_progress', selectedProviderId: provider.user.id });
  const open = await createTask(db, customer.user.id, { status: 'new' });
  await createTask(db, customer.user.id, { status: 'draft', publishedAt: null });
  const elsewhere = await createTask(db, other.id, { status: 'new' });
  const offer = { comment: 'Сделаю аккуратно и быстро.', price: 10_000, etaMinutes: 60, createdAt: clock.now(), updatedAt: clock.now() };
  await db.insert(responses).values([
    { ...offer, taskId: done.id, providerId: provider.user.id, status: 'selected' },
    { ...offer, taskId: working.id, providerId: provider.user.id, status: 'selected' },
    { ...offer, taskId: open.id, providerId: provider.user.id },
    { ...offer, taskId: elsewhere.id, providerId: provider.user.id },
  ]);
  const secondDone = await createTask(db, customer.user.id, {
    status: 'completed',
    selectedProviderId: other.id,
    title: 'Покрасить забор',
  });
  await db.insert(reviews).values([
    {
      taskId: done.id,
      customerId: customer.user.id,
      providerId: provider.user.id,
      rating: 4,
      text: 'Хорошо, но опоздал.',
      createdAt: clock.now(),
    },
    {
      taskId: secondDone.id,
      customerId: customer.user.id,
      providerId: other.id,
      rating: 5,
      text: 'Отлично!',
      createdAt: new Date(clock.now().getTime() + 1000),
    },
  ]);
  await refreshProviderStanding(db, provider.user.id, clock.now());
});

const get = (url: string, who: Account | null) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });

describe('GET /api/v1/me/stats', () => {
  it('gives a provider their responses, work and rating, and a customer their tasks and reviews', async () => {
    const asProvider = await get('/api/v1/me/stats', provider);
    expect(asProvider.statusCode).toBe(200);
    expect(asProvider.json()).toEqual({
      role: 'provider',
      responsesSent: 4,
      selected: 2,
      inProgress: 1,
      completed: 1,
      ratingAverage: 4,
      reviewsCount: 1,
    });
    expect((await get('/api/v1/me/stats', customer)).json()).toEqual({
      role: 'customer',
      tasksPosted: 4,
      open: 1,
      inProgress: 1,
      completed: 2,
      reviewsGiven: 2,
    });
    expect((await get('/api/v1/me/stats', null)).statusCode).toBe(401);
  });

  it('answers 403 to an admin, whose figures live in the admin area', async () => {
    const admin = await signUp(t.app, t.db, { name: 'Админ' });
    await t.db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.user.id));
    expect((await get('/api/v1/me/stats', admin)).statusCode).toBe(403);
  });
});

describe('GET /api/v1/me/reviews', () => {
  it("lists the customer's reviews newest first with the provider each is about", async () => {
    const page1 = await get('/api/v1/me/reviews?limit=1', customer);
    expect(page1.statusCode).toBe(200);
    expect(page1.json().items).toEqual([
      expect.objectContaining({ rating: 5, text: 'Отлично!', task: expect.objectContaining({ title: 'Покрасить забор' }) }),
    ]);
    const page2 = (await get(`/api/v1/me/reviews?limit=1&cursor=${page1.json().nextCursor}`, customer)).json();
    expect(page2).toEqual({
      items: [
        expect.objectContaining({
          rating: 4,
          author: expect.objectContaining({ id: customer.user.id }),
          provider: { id: provider.user.id, name: 'Бахтиёр Раҳимов' },
        }),
      ],
      nextCursor: null,
    });
  });

  it('answers 401 to guests, 403 to providers and 400 to a broken cursor', async () => {
    expect((await get('/api/v1/me/reviews', null)).statusCode).toBe(401);
    expect((await get('/api/v1/me/reviews', provider)).statusCode).toBe(403);
    expect((await get('/api/v1/me/reviews?cursor=%%%', customer)).statusCode).toBe(400);
    expect((await get('/api/v1/me/reviews?limit=500', customer)).statusCode).toBe(400);
  });
});
