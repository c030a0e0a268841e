import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { signUp } from '../../../test/auth-helpers.js';
import { type ChatAccount, openChat } from '../../../test/chat-fixtures.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { outboxMessagesTo } from '../../../test/eventually.js';
import { createPresence } from '../conversations/presence.js';
import { notifications } from './notifications.table.js';
import { registerDeliveryJobs } from './delivery.js';
import { defaultNotificationSettings } from './notification-settings-defaults.js';

let wsBase: string;
// 10:00 in Dushanbe, outside quiet hours.
const clock = createFakeClock('2026-12-01T05:00:00Z');
let customer: ChatAccount & { email: string };
let provider: ChatAccount & { email: string };
const sockets: WebSocket[] = [];
const ownOrigin = 'http://localhost:3000';

async function person(role: 'customer' | 'provider', name: string) {
  const email = `n5-${randomUUID().slice(0, 8)}@example.tj`;
  return { ...(await signUp(t.app, t.db, { email, role, name })), email };
}

const presence = createPresence();
const t = useTestApp({ clock: clock.now, presence });
beforeAll(async () => {
  await t.platform.jobs.start();
  const db = t.db;
  await registerDeliveryJobs(t.platform.jobs, {
    db,
    mailer: t.platform.mailer,
    sms: t.platform.sms,
    push: t.platform.push,
    clock: clock.now,
    publicUrl: t.config.publicUrl,
    secret: t.config.appSecret,
  });
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  wsBase = address.replace(/^http/, 'ws');
  customer = await person('customer', 'Фарида Каримова');
  provider = await person('provider', 'Бахтиёр Раҳимов');
  // chat.message email is off by default: both switch it on.
  const settings = defaultNotificationSettings();
  settings.channels['chat.message'] = { email: true, sms: false, push: true };
  for (const who of [customer, provider]) {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-settings',
      headers: { cookie: who.cookie },
      payload: settings,
    });
    expect(put.statusCode).toBe(200);
  }
});
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await t.platform.jobs.stop();
});

const newChat = () => openChat(t.app, t.db, clock.now(), { customer, provider });
async function send(conversationId: string, who: ChatAccount, text: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/conversations/${conversationId}/messages`,
    headers: { cookie: who.cookie },
    payload: { text },
  });
  expect(res.statusCode).toBe(201);
}
const chatNotifications = (recipientId: string, conversationId: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.link, `/chat/${conversationId}`)));

async function emailJobsFor(notificationIds: string[]) {
  const { rows } = await t.database.executeSql(
    `select name from pgboss.job where name = 'notifications.deliver-email' and data->>'notificationId' = any($1::text[])`,
    [notificationIds],
  );
  return rows;
}

/** Opens the recipient's socket and waits for the first pong: from then on the server counts them online. */
async function goOnline(who: ChatAccount): Promise<WebSocket> {
  const ws = new WebSocket(`${wsBase}/api/v1/ws`, { headers: { cookie: who.cookie, origin: ownOrigin } });
  sockets.push(ws);
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  const ponged = new Promise<void>((resolve) => ws.on('message', (data) => data.toString() === 'pong' && resolve()));
  ws.send('ping');
  await ponged;
  return ws;
}

describe('chat.message notifications', () => {
  it('makes one notification per 15 minutes per conversation, never for the sender', async () => {
    const chat = await newChat();
    await send(chat.conversationId, provider, 'Здравствуйте!');
    clock.advance(5 * 60_000);
    await send(chat.conversationId, provider, 'Буду завтра в 10.');
    clock.advance(5 * 60_000);
    await send(chat.conversationId, provider, 'Возьму инструмент.');

    const first = await chatNotifications(customer.user.id, chat.conversationId);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      type: 'chat.message',
      params: { senderName: 'Бахтиёр Раҳимов', taskTitle: chat.task.title },
    });
    // The text may hold contacts: it is never copied into the notification.
    expect(JSON.stringify(first[0]!.params)).not.toContain('Здравствуйте');
    expect(await chatNotifications(provider.user.id, chat.conversationId)).toHaveLength(0);

    clock.advance(16 * 60_000);
    await send(chat.conversationId, provider, 'Вы на месте?');
    expect(await chatNotifications(customer.user.id, chat.conversationId)).toHaveLength(2);
    expect(await chatNotifications(provider.user.id, chat.conversationId)).toHaveLength(0);
  });

  it('emails an offline recipient through the outbox', async () => {
    clock.advance(60 * 60_000);
    const chat = await newChat();
    await send(chat.conversationId, provider, 'Когда удобно?');
    const rows = await chatNotifications(customer.user.id, chat.conversationId);
    expect(rows).toHaveLength(1);
    expect(await emailJobsFor(rows.map((r) => r.id))).toHaveLength(1);
    const mails = await outboxMessagesTo(t.db, customer.email, chat.task.title);
    expect(mails[0]!.text).not.toContain('Когда удобно?');
  });

  it('stores the in-app row but queues no email while the recipient has the app open', async () => {
    clock.advance(60 * 60_000);
    const chat = await newChat();
    const ws = await goOnline(customer);
    await send(chat.conversationId, provider, 'Я подъехал.');
    const rows = await chatNotifications(customer.user.id, chat.conversationId);
    expect(rows).toHaveLength(1);
    expect(await emailJobsFor(rows.map((r) => r.id))).toHaveLength(0);

    // Gone again: the next window's message is emailed.
    ws.close();
    await new Promise((resolve) => ws.once('close', resolve));
    await expect.poll(() => presence.isOnline(customer.user.id)).toBe(false);
    clock.advance(16 * 60_000);
    await send(chat.conversationId, provider, 'Жду у подъезда.');
    const later = await chatNotifications(customer.user.id, chat.conversationId);
    expect(later).toHaveLength(2);
    expect(await emailJobsFor(later.map((r) => r.id))).toHaveLength(1);
  });
});
