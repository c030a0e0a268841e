import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { signUp } from '../../../test/auth-helpers.js';
import { type ChatSocketClient, connectChatSocket, listenForSockets } from '../../../test/chat-socket-client.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories } from '../catalog/catalog.table.js';
import { matchingTaskChannel } from './matching-task-broadcast.js';
import { registerTaskMatchingJob } from './task-matching.js';

// Live: one broadcast per published task; each instance forwards it to its own connected providers whose
// profile takes it, so their bell moves at once. Nobody else's socket hears it.

let base: string;
const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let matching: Account;
let other: Account;
let customer: Account;
let body: Awaited<ReturnType<typeof taskBody>>;
let otherCategoryId: string;
const sockets: WebSocket[] = [];
const broadcasts: unknown[] = [];

async function setProfile(who: Account, profile: object) {
  const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: who.cookie }, payload: profile });
  expect(res.statusCode).toBe(200);
}
async function connect(who: Account): Promise<ChatSocketClient> {
  const client = await connectChatSocket(base, who);
  sockets.push(client.ws);
  return client;
}
/** Publishes through the API, each task by a customer of its own (a new account posts 3 tasks a day at most). */
async function publish(title: string): Promise<string> {
  customer = await signUp(t.app, t.db, {});
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    headers: { cookie: customer.cookie },
    payload: { ...body, title, status: 'new' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}
const alertsOf = (client: ChatSocketClient) => client.events.filter((e) => e.type === 'matching_task');
/** A ping round trip: the socket is alive and past anything sent before it. */
async function roundTrip(client: ChatSocketClient) {
  await new Promise<void>((resolve) => {
    client.ws.once('message', () => resolve());
    client.ws.send('ping');
  });
}

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  base = await listenForSockets(t.app);
  const db = t.db;
  await t.platform.jobs.start();
  await registerTaskMatchingJob(t.platform.jobs, { db, clock: clock.now, bus: t.platform.bus, log: t.app.log });
  await t.platform.bus.subscribe(matchingTaskChannel, (message) => broadcasts.push(message));

  const subs = await db.select().from(categories).where(isNotNull(categories.parentId));
  const home = subs[0]!;
  otherCategoryId = subs.find((s) => s.parentId !== home.parentId)!.parentId!;
  body = await taskBody(db, { categoryId: home.parentId, subcategoryId: home.id, districtId: undefined });
  matching = await signUp(t.app, db, { role: 'provider' });
  await setProfile(matching, { categoryIds: [body.categoryId], serviceCityId: body.cityId, districtIds: [] });
  other = await signUp(t.app, db, { role: 'provider' });
  await setProfile(other, { categoryIds: [otherCategoryId], serviceCityId: body.cityId, districtIds: [] });
});
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await t.platform.jobs.stop();
});

describe('the live new-task alert', () => {
  it('reaches every socket of a matching provider from one broadcast, and no socket of anyone else', async () => {
    const [tab1, tab2, otherTab, customerTab] = await Promise.all([
      connect(matching),
      connect(matching),
      connect(other),
      connect(matching),
    ]);
    const watcher = await signUp(t.app, t.db, {});
    const customerSocket = await connect(watcher);
    customerTab.ws.close();

    const taskId = await publish('Починить кран в ванной');
    const expected = {
      type: 'matching_task',
      task: { id: taskId, title: 'Починить кран в ванной', publishedAt: clock.now().toISOString() },
    };
    await expect.poll(() => alertsOf(tab1), { timeout: 20_000, interval: 100 }).toEqual([expected]);
    await expect.poll(() => alertsOf(tab2), { timeout: 5_000, interval: 100 }).toEqual([expected]);
    expect(broadcasts.filter((b) => (b as { id: string }).id === taskId)).toHaveLength(1);

    await Promise.all([roundTrip(otherTab), roundTrip(customerSocket)]);
    expect(alertsOf(otherTab)).toEqual([]);
    expect(customerSocket.events).toEqual([]);
  });

  it('follows a profile change: the provider’s open socket hears tasks of the line they just took up', async () => {
    const tab = await connect(other);
    await setProfile(other, { categoryIds: [otherCategoryId, body.categoryId] });
    // The reload runs after the change is announced; a profile read is one query.
    const taskId = await publish('Собрать шкаф-купе');
    await expect.poll(() => alertsOf(tab).map((e) => e.task.id), { timeout: 20_000, interval: 100 }).toEqual([taskId]);
  });
});
