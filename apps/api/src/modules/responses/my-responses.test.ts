import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { responses } from './responses.table.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
let provider: Account;
let rival: Account;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  [customer, provider, rival] = await Promise.all([
    signUp(t.app, t.db, {}),
    signUp(t.app, t.db, { role: 'provider' }),
    signUp(t.app, t.db, { role: 'provider' }),
  ]);
  await grantPlan(t.db, provider.user.id, 'standard', clock.now());
  await grantPlan(t.db, rival.user.id, 'standard', clock.now());
});

const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, who: Account | null, payload?: object) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });
const offer = (n: number) => ({ comment: `Сделаю аккуратно и быстро, вариант ${n}.`, price: 10_000 + n, etaMinutes: 60 });

async function respond(who: Account, n: number) {
  clock.advance(1000);
  const task = await createTask(t.db, customer.user.id, { publishedAt: clock.now() });
  const res = await inject('POST', `/api/v1/tasks/${task.id}/responses`, who, offer(n));
  expect(res.statusCode).toBe(201);
  return { taskId: task.id, responseId: res.json().id as string };
}

describe('GET /api/v1/me/responses', () => {
  it('shows each response with what became of it, newest first, filterable and paged by cursor', async () => {
    const pending = await respond(provider, 1);
    const chosen = await respond(provider, 2);
    const notChosen = await respond(provider, 3);
    const cancelled = await respond(provider, 4);
    const withdrawn = await respond(provider, 5);

    expect((await inject('POST', `/api/v1/responses/${chosen.responseId}/select`, customer)).statusCode).toBe(200);
    const rivalOnNotChosen = await inject('POST', `/api/v1/tasks/${notChosen.taskId}/responses`, rival, offer(9));
    expect((await inject('POST', `/api/v1/responses/${rivalOnNotChosen.json().id}/select`, customer)).statusCode).toBe(200);
    const cancel = await inject('POST', `/api/v1/tasks/${cancelled.taskId}/status`, customer, {
      status: 'cancelled',
      reason: 'Сделал сам',
    });
    expect(cancel.statusCode).toBe(200);
    expect((await inject('DELETE', `/api/v1/responses/${withdrawn.responseId}`, provider)).statusCode).toBe(200);

    const all = (await inject('GET', '/api/v1/me/responses', provider)).json();
    expect(all.items.map((r: { id: string; outcome: string }) => [r.id, r.outcome])).toEqual([
      [withdrawn.responseId, 'withdrawn'],
      [cancelled.responseId, 'task_cancelled'],
      [notChosen.responseId, 'not_chosen'],
      [chosen.responseId, 'selected'],
      [pending.responseId, 'pending'],
    ]);
    expect(all.items[3].task).toMatchObject({ id: chosen.taskId, status: 'in_progress' });

    const onlyPending = (await inject('GET', '/api/v1/me/responses?outcome=pending', provider)).json();
    expect(onlyPending.items.map((r: { id: string }) => r.id)).toEqual([pending.responseId]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await inject('GET', `/api/v1/me/responses?limit=2${cursor ? `&cursor=${cursor}` : ''}`, provider)
      ).json();
      seen.push(...page.items.map((r: { id: string }) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((r: { id: string }) => r.id));
  });

  it('is for providers: 401 for guests, 403 for customers, 400 for an unknown outcome', async () => {
    expect((await inject('GET', '/api/v1/me/responses', null)).statusCode).toBe(401);
    expect((await inject('GET', '/api/v1/me/responses', customer)).statusCode).toBe(403);
    expect((await inject('GET', '/api/v1/me/responses?outcome=lost', provider)).statusCode).toBe(400);
  });
});

describe('the copy-paste rule', () => {
  it('keeps but flags a response whose comment went to more than 10 tasks within an hour', async () => {
    const db = t.db;
    const spammer = await signUp(t.app, db, { role: 'provider' });
    await grantPlan(db, spammer.user.id, 'standard', clock.now());
    const owner = await createUser(db);
    const same = { comment: 'Недорого, качественно, звоните в любое время!', price: 5_000, etaMinutes: 60 };
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) {
      clock.advance(60_000);
      const task = await createTask(db, owner.id, { publishedAt: clock.now() });
      const res = await inject('POST', `/api/v1/tasks/${task.id}/responses`, spammer, same);
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    const flagged = async (id: string) => (await db.select().from(responses).where(eq(responses.id, id)))[0]!.flaggedAt;
    expect(await flagged(ids[9]!)).toBeNull();
    expect(await flagged(ids[10]!)).not.toBeNull();

    // An hour later the count starts over.
    clock.advance(3_600_000);
    const later = await createTask(db, owner.id, { publishedAt: clock.now() });
    const res = await inject('POST', `/api/v1/tasks/${later.id}/responses`, spammer, same);
    expect(await flagged(res.json().id)).toBeNull();
  });
});
