import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { notifications } from './notifications.table.js';
import { notify } from './notify.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let me: Account;
let other: Account;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  [me, other] = await Promise.all([signUp(t.app, t.db, {}), signUp(t.app, t.db, {})]);
});

const inject = (method: 'GET' | 'POST', url: string, who: Account | null, payload?: object) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });

/** Stores one notification for `userId` a second after the previous one. */
async function seed(userId: string, key: string) {
  clock.advance(1000);
  const [row] = await notify(
    t.db,
    { clock: clock.now },
    {
      eventKey: key,
      recipients: [{ userId, type: 'response.new', link: '/tasks/x', params: { taskTitle: key, providerName: 'Бахтиёр' } }],
    },
  );
  return row!;
}

describe('notify()', () => {
  it('stores the same event for the same person once, and answers only what it inserted', async () => {
    const recipients = [
      { userId: me.user.id, type: 'review.new' as const, link: '/providers/p/reviews', params: { rating: 5 } },
      { userId: other.user.id, type: 'review.new' as const, link: '/providers/p/reviews', params: { rating: 5 } },
    ];
    const db = t.db;
    const first = await notify(db, { clock: clock.now }, { eventKey: 'review.new:idem', recipients });
    const again = await notify(db, { clock: clock.now }, { eventKey: 'review.new:idem', recipients });
    expect(first).toHaveLength(2);
    expect(again).toEqual([]);
    expect(await db.select().from(notifications).where(eq(notifications.eventKey, 'review.new:idem'))).toHaveLength(2);
    await db.delete(notifications).where(eq(notifications.eventKey, 'review.new:idem'));
  });
});

describe('GET /api/v1/notifications and POST /api/v1/notifications/read', () => {
  it('refuses guests and bad input', async () => {
    expect((await inject('GET', '/api/v1/notifications', null)).statusCode).toBe(401);
    expect((await inject('POST', '/api/v1/notifications/read', null, { all: true })).statusCode).toBe(401);
    expect((await inject('GET', '/api/v1/notifications?cursor=nonsense', me)).statusCode).toBe(400);
    expect((await inject('GET', '/api/v1/notifications?limit=500', me)).statusCode).toBe(400);
    expect((await inject('POST', '/api/v1/notifications/read', me, {})).statusCode).toBe(400);
    expect((await inject('POST', '/api/v1/notifications/read', me, { ids: ['not-a-uuid'] })).statusCode).toBe(400);
    const both = await inject('POST', '/api/v1/notifications/read', me, { all: true, ids: ['00000000-0000-4000-8000-000000000000'] });
    expect(both.statusCode).toBe(400);
  });

  it('pages newest first, filters unread, and marks only one’s own read', async () => {
    const [n1, n2, n3] = [await seed(me.user.id, 'list:1'), await seed(me.user.id, 'list:2'), await seed(me.user.id, 'list:3')];
    const theirs = await seed(other.user.id, 'list:theirs');

    const page1 = await inject('GET', '/api/v1/notifications?limit=2', me);
    expect(page1.statusCode).toBe(200);
    expect(page1.json()).toMatchObject({ unreadCount: 3 });
    expect(page1.json().items.map((n: { id: string }) => n.id)).toEqual([n3!.id, n2!.id]);
    expect(page1.json().items[0]).toEqual({
      id: n3!.id,
      type: 'response.new',
      link: '/tasks/x',
      params: { taskTitle: 'list:3', providerName: 'Бахтиёр' },
      createdAt: n3!.createdAt.toISOString(),
      readAt: null,
    });
    const page2 = (await inject('GET', `/api/v1/notifications?limit=2&cursor=${page1.json().nextCursor}`, me)).json();
    expect(page2.items.map((n: { id: string }) => n.id)).toEqual([n1!.id]);
    expect(page2.nextCursor).toBeNull();

    // Someone else's id is simply not touched.
    const read = await inject('POST', '/api/v1/notifications/read', me, { ids: [n2!.id, theirs.id] });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ unreadCount: 2, matchingTasks: null });
    expect((await inject('GET', '/api/v1/notifications', other)).json()).toMatchObject({ unreadCount: 1, items: [{ readAt: null }] });

    const unread = (await inject('GET', '/api/v1/notifications?unread=true', me)).json();
    expect(unread.items.map((n: { id: string }) => n.id)).toEqual([n3!.id, n1!.id]);
    const all = (await inject('GET', '/api/v1/notifications', me)).json();
    expect(all.items.find((n: { id: string }) => n.id === n2!.id).readAt).toBe(clock.now().toISOString());

    expect((await inject('POST', '/api/v1/notifications/read', me, { all: true })).json()).toEqual({ unreadCount: 0, matchingTasks: null });
    expect((await inject('GET', '/api/v1/notifications?unread=true', me)).json()).toEqual({
      items: [],
      nextCursor: null,
      unreadCount: 0,
      matchingTasks: null,
    });
    expect((await inject('GET', '/api/v1/notifications', other)).json().unreadCount).toBe(1);
  });

  it('answers an empty list to a newcomer', async () => {
    const fresh = await signUp(t.app, t.db, { role: 'provider' });
    expect((await inject('GET', '/api/v1/notifications', fresh)).json()).toEqual({
      items: [],
      nextCursor: null,
      unreadCount: 0,
      matchingTasks: { count: 0, capped: false, latest: [], seenUpTo: null },
    });
  });
});
