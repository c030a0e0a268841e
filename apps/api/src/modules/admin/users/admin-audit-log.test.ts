import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { recordAudit } from '../../audit/audit-repository.js';

let admin: { id: string; cookie: string };
const clock = createFakeClock('2026-12-01T10:00:00Z');
const origin = { ip: '10.0.0.7', userAgent: 'test' };

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const get = (query: string, cookie = admin.cookie) =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/audit-log${query}`, headers: cookie ? { cookie } : {} });
const actions = async (query: string) => ((await get(query)).json().items as Array<{ action: string }>).map((e) => e.action);

describe('GET /api/v1/admin/audit-log', () => {
  it('should answer 401 to a guest and 403 to a customer', async () => {
    expect((await get('', '')).json()).toMatchObject({ status: 401, code: 'auth.required' });
    const customer = await signUp(t.app, t.db, {});
    expect((await get('', customer.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('should show an admin action just taken first, with the actor, target, before, after and IP', async () => {
    const customer = await createUser(t.db, { name: 'Нигина' });
    clock.advance(1000);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${customer.id}/block`,
      headers: { cookie: admin.cookie },
      payload: { reason: 'Спам' },
    });
    const [entry] = (await get('')).json().items;
    expect(entry).toMatchObject({
      action: 'user.block',
      actor: { id: admin.id, name: 'Админ', role: 'admin' },
      targetType: 'user',
      targetId: customer.id,
      ip: expect.any(String),
      before: { status: 'active' },
      after: { status: 'blocked', blockReason: 'Спам' },
      meta: { reason: 'Спам' },
      createdAt: clock.now().toISOString(),
    });
  });

  it('should filter by actor, action prefix and target', async () => {
    const db = t.db;
    const actor = await createUser(db, { role: 'admin', name: 'Другой админ' });
    const target = randomUUID();
    clock.advance(1000);
    await recordAudit(db, clock.now(), origin, { actorId: actor.id, action: 'test.alpha', targetType: 'task', targetId: target });
    await recordAudit(db, clock.now(), origin, { actorId: actor.id, action: 'test.beta', targetType: 'user', targetId: randomUUID() });
    await recordAudit(db, clock.now(), origin, { actorId: admin.id, action: 'test.alpha', targetType: 'task', targetId: target });

    expect((await actions(`?actorId=${actor.id}`)).sort()).toEqual(['test.alpha', 'test.beta']);
    expect(await actions(`?actorId=${actor.id}&action=test.al`)).toEqual(['test.alpha']);
    expect(await actions('?action=test.')).toHaveLength(3);
    const byTarget = (await get(`?targetId=${target}`)).json().items;
    expect(byTarget.map((e: { actor: { id: string } }) => e.actor.id).sort()).toEqual([actor.id, admin.id].sort());
    expect(await actions('?action=test_')).toEqual([]);
  });

  it('should take from and to as whole Asia/Dushanbe days', async () => {
    const db = t.db;
    const action = `day.${randomUUID().slice(0, 8)}`;
    // 2026-11-10 in Dushanbe runs from 2026-11-09T19:00Z to 2026-11-10T19:00Z.
    for (const at of ['2026-11-09T18:59:59.999Z', '2026-11-09T19:00:00.000Z', '2026-11-10T18:59:59.999Z', '2026-11-10T19:00:00.000Z']) {
      await recordAudit(db, new Date(at), origin, { actorId: null, action, meta: { at } });
    }
    const times = async (query: string) =>
      ((await get(`?action=${action}${query}`)).json().items as Array<{ createdAt: string }>).map((e) => e.createdAt);
    expect(await times('&from=2026-11-10&to=2026-11-10')).toEqual(['2026-11-10T18:59:59.999Z', '2026-11-09T19:00:00.000Z']);
    expect(await times('&from=2026-11-11')).toEqual(['2026-11-10T19:00:00.000Z']);
    expect(await times('&to=2026-11-09')).toEqual(['2026-11-09T18:59:59.999Z']);
    const guestEntry = (await get(`?action=${action}&to=2026-11-09`)).json().items[0];
    expect(guestEntry.actor).toBeNull();
  });

  it('should page newest first by cursor through entries sharing one instant', async () => {
    const db = t.db;
    const action = `page.${randomUUID().slice(0, 8)}`;
    const at = new Date('2026-11-20T12:00:00Z');
    for (let i = 0; i < 5; i++)
      await recordAudit(db, i < 3 ? at : new Date(at.getTime() + i), origin, { actorId: null, action, meta: { i } });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`?action=${action}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...(res.json().items as Array<{ meta: { i: number } }>).map((e) => e.meta.i));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.slice(0, 2)).toEqual([4, 3]);
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('should answer 400 for a malformed date, an inverted range, a bad actor id or cursor', async () => {
    for (const query of ['?from=2026-13-01', '?from=yesterday', '?from=2026-11-10&to=2026-11-09', '?actorId=42', '?cursor=abc']) {
      const res = await get(query);
      expect([query, res.statusCode, res.json().code]).toEqual([query, 400, 'validation.failed']);
    }
  });
});
