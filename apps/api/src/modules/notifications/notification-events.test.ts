import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNotificationEvent } from '@dastiyor/contracts';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';

let base: string;
const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
let chosen: Account;
let waiting: Account;
let turnedDown: Account;
let bystander: Account;
const sockets: WebSocket[] = [];

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  base = (await t.app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
  const db = t.db;
  customer = await signUp(t.app, db, { name: 'Фарида Каримова' });
  chosen = await signUp(t.app, db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
  waiting = await signUp(t.app, db, { role: 'provider', name: 'Фаррух Саидов' });
  turnedDown = await signUp(t.app, db, { role: 'provider', name: 'Далер Назаров' });
  bystander = await signUp(t.app, db, { role: 'provider' });
  for (const p of [chosen, waiting, turnedDown, bystander]) await grantPlan(db, p.user.id, 'standard', clock.now());
});
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
});

const inject = (method: 'GET' | 'POST', url: string, who: Account, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
const offer = { comment: 'Приеду сегодня, все инструменты с собой.', price: 12_000, etaMinutes: 120 };

async function typesOf(who: Account): Promise<string[]> {
  const res = await inject('GET', '/api/v1/notifications?limit=50', who);
  return res.json().items.map((n: { type: string }) => n.type);
}

/** Opens a socket and waits for the first pong: from then on the server is subscribed. */
async function connect(who: Account): Promise<TNotificationEvent[]> {
  const ws = new WebSocket(`${base}/api/v1/ws`, { headers: { cookie: who.cookie, origin: 'http://localhost:3000' } });
  sockets.push(ws);
  const events: TNotificationEvent[] = [];
  const ponged = new Promise<void>((resolve, reject) => {
    ws.on('message', (data) => {
      const text = data.toString();
      if (text === 'pong') return resolve();
      const event = JSON.parse(text) as { type: string };
      if (event.type === 'notification') events.push(event as TNotificationEvent);
    });
    ws.once('error', reject);
  });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  ws.send('ping');
  await ponged;
  return events;
}

describe('notifications from the task flow', () => {
  it('tells exactly the right people at each step, live on the socket too, with no address or contacts', async () => {
    const live = await connect(customer);
    const task = await createTask(t.db, customer.user.id, {
      title: 'Починить кран',
      address: 'ул. Рудаки 15, кв. 7',
      publishedAt: clock.now(),
    });
    const ids: Record<string, string> = {};
    for (const [name, who] of [
      ['chosen', chosen],
      ['waiting', waiting],
      ['turnedDown', turnedDown],
    ] as const) {
      clock.advance(1000);
      const res = await inject('POST', `/api/v1/tasks/${task.id}/responses`, who, offer);
      expect(res.statusCode).toBe(201);
      ids[name] = res.json().id;
    }
    expect(await typesOf(customer)).toEqual(['response.new', 'response.new', 'response.new']);
    await expect.poll(() => live.length).toBe(3);
    expect(live.map((e) => e.unreadCount)).toEqual([1, 2, 3]);
    expect(live[0]!.notification).toMatchObject({
      type: 'response.new',
      link: `/tasks/${task.id}`,
      params: { taskTitle: 'Починить кран', providerName: 'Бахтиёр Раҳимов' },
    });

    clock.advance(1000);
    expect((await inject('POST', `/api/v1/responses/${ids.turnedDown}/reject`, customer, { reason: 'Дорого' })).statusCode).toBe(200);
    clock.advance(1000);
    expect((await inject('POST', `/api/v1/responses/${ids.chosen}/select`, customer)).statusCode).toBe(200);
    expect(await typesOf(turnedDown)).toEqual(['response.rejected']);
    expect(await typesOf(chosen)).toEqual(['response.selected']);
    expect(await typesOf(waiting)).toEqual(['response.not_chosen']);

    clock.advance(1000);
    expect((await inject('POST', `/api/v1/tasks/${task.id}/completion-request`, chosen)).statusCode).toBe(200);
    expect((await inject('POST', `/api/v1/tasks/${task.id}/completion-request`, chosen)).statusCode).toBe(200);
    expect((await typesOf(customer))[0]).toBe('task.completion_requested');
    expect((await typesOf(customer)).filter((x) => x === 'task.completion_requested')).toHaveLength(1);

    clock.advance(1000);
    expect((await inject('POST', `/api/v1/tasks/${task.id}/status`, customer, { status: 'completed' })).statusCode).toBe(200);
    clock.advance(1000);
    const review = await inject('POST', `/api/v1/tasks/${task.id}/review`, customer, { rating: 4, text: 'Всё сделал быстро и аккуратно.' });
    expect(review.statusCode).toBe(201);
    const forChosen = (await inject('GET', '/api/v1/notifications', chosen)).json();
    expect(forChosen.items.map((n: { type: string }) => n.type)).toEqual(['review.new', 'task.completed', 'response.selected']);
    expect(forChosen.items[0]).toMatchObject({
      link: `/providers/${chosen.user.id}/reviews`,
      params: { rating: 4, taskTitle: 'Починить кран' },
    });
    expect(forChosen.unreadCount).toBe(3);

    expect(await typesOf(turnedDown)).toEqual(['response.rejected']);
    expect(await typesOf(waiting)).toEqual(['response.not_chosen']);
    expect(await typesOf(bystander)).toEqual([]);
    expect(await typesOf(customer)).toEqual(['task.completion_requested', 'response.new', 'response.new', 'response.new']);

    const everything = JSON.stringify([...(await inject('GET', '/api/v1/notifications', customer)).json().items, ...forChosen.items]);
    expect(everything).not.toContain('Рудаки');
    for (const who of [customer, chosen]) expect(everything).not.toContain(who.login);
    await expect.poll(() => live.length).toBe(4);
    expect(live.at(-1)).toMatchObject({ notification: { type: 'task.completion_requested' }, unreadCount: 4 });
  });
});
