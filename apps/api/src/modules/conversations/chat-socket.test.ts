import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { signUp } from '../../../test/auth-helpers.js';
import { type ChatAccount, openChat } from '../../../test/chat-fixtures.js';
import { type ChatSocketClient, connectChatSocket, roundTrip } from '../../../test/chat-socket-client.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { buildTestApp } from '../../../test/test-app.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { redisUp, redisUrl } from '../../../test/redis.js';
import { sessionPlugin } from '../auth/session-plugin.js';
import { chatSocketRoutes } from './chat-socket.js';

let base: string;
const clock = createFakeClock('2026-12-01T10:00:00Z');
const ownOrigin = 'http://localhost:3000';
let customer: ChatAccount;
let provider: ChatAccount;
let outsider: ChatAccount;
const sockets: WebSocket[] = [];

async function listen(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return address.replace(/^http/, 'ws');
}

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  base = await listen(t.app);
  customer = await signUp(t.app, t.db, { name: 'Фарида Каримова' });
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
  outsider = await signUp(t.app, t.db, { role: 'provider', name: 'Чужой' });
});
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
});

/** Opens a socket (closed after the test) and waits for the first pong: from then on nothing is missed. */
async function connect(url: string, who: ChatAccount): Promise<ChatSocketClient> {
  const client = await connectChatSocket(url, who, ownOrigin);
  sockets.push(client.ws);
  return client;
}

/** The HTTP status of a refused upgrade. */
function refusedWith(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${base}/api/v1/ws`, { headers });
    // Terminating a refused handshake reports an error of its own; the status is what is checked.
    ws.on('error', () => undefined);
    ws.once('unexpected-response', (_req, res) => (resolve(res.statusCode ?? 0), ws.terminate()));
    ws.once('open', () => (ws.terminate(), reject(new Error('the socket opened'))));
  });
}

const send = (app: FastifyInstance, conversationId: string, who: ChatAccount, text: string) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/conversations/${conversationId}/messages`,
    headers: { cookie: who.cookie },
    payload: { text },
  });
/** Message events only: the recipient's socket also carries their `chat.message` notification. */
const messagesOf = (c: ChatSocketClient) => c.events.filter((e) => e.type === 'message');
const closed = (ws: WebSocket) => new Promise((resolve) => (ws.readyState === ws.CLOSED ? resolve(null) : ws.once('close', resolve)));

describe('WS /api/v1/ws', () => {
  it('refuses a foreign Origin (403) and a guest (401) before upgrading', async () => {
    expect(await refusedWith({ cookie: customer.cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await refusedWith({ origin: ownOrigin })).toBe(401);
    expect(await refusedWith({ cookie: 'dastiyor_session=forged', origin: ownOrigin })).toBe(401);
  });

  it('delivers a message live to the counterpart and the sender, never to a third user', async () => {
    const chat = await openChat(t.app, t.db, clock.now(), { customer, provider });
    const [asCustomer, asProvider, asOutsider] = await Promise.all([
      connect(base, customer),
      connect(base, provider),
      connect(base, outsider),
    ]);

    const sent = await send(t.app, chat.conversationId, provider, 'Я у подъезда');
    expect(sent.statusCode).toBe(201);
    await expect.poll(() => messagesOf(asCustomer)).toEqual([{ type: 'message', message: sent.json() }]);
    await expect
      .poll(() => asCustomer.events.find((e) => e.type === 'notification'))
      .toMatchObject({ type: 'notification', notification: { type: 'chat.message', link: `/chat/${chat.conversationId}` } });
    // The sender gets their own message back (other tabs) and no notification.
    await expect.poll(() => asProvider.events).toHaveLength(1);

    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${chat.conversationId}/read`,
      headers: { cookie: customer.cookie },
    });
    expect(read.statusCode).toBe(200);
    await expect
      .poll(() => asProvider.events.at(-1))
      .toMatchObject({ type: 'read', conversationId: chat.conversationId, readerId: customer.user.id });

    // The outsider's socket stays silent; a ping round trip proves it is alive and already past both events.
    await roundTrip(asOutsider);
    expect(asOutsider.events).toEqual([]);
    for (const c of [asCustomer, asProvider, asOutsider]) c.ws.close();
  });

  it('lets a client that reconnects fetch exactly the messages it missed, in order', async () => {
    const chat = await openChat(t.app, t.db, clock.now(), { customer, provider });
    const first = await connect(base, customer);
    const seen = await send(t.app, chat.conversationId, provider, 'Первое');
    await expect.poll(() => messagesOf(first)).toHaveLength(1);
    first.ws.close();
    await closed(first.ws);

    const missed = [];
    for (const text of ['Второе', 'Третье', 'Четвёртое']) missed.push((await send(t.app, chat.conversationId, provider, text)).json());
    const again = await connect(base, customer);
    const caughtUp = await t.app.inject({
      method: 'GET',
      url: `/api/v1/conversations/${chat.conversationId}/messages?after=${seen.json().id}`,
      headers: { cookie: customer.cookie },
    });
    expect(caughtUp.json()).toEqual({ items: missed, nextCursor: null });
    const live = await send(t.app, chat.conversationId, provider, 'Пятое');
    await expect.poll(() => messagesOf(again)).toEqual([{ type: 'message', message: live.json() }]);
    again.ws.close();
  });

  it('closes the socket of a session that signed out (4401) at the next heartbeat', async () => {
    const session = await signUp(t.app, t.db, { name: 'Ушедший' });
    // The same plugins with a short heartbeat, over the same database.
    const app = Fastify();
    await app.register(cookie);
    await app.register(sessionPlugin, { db: t.db, clock: clock.now });
    await app.register(chatSocketRoutes, {
      db: t.db,
      clock: clock.now,
      bus: t.platform.bus,
      allowedOrigins: [ownOrigin],
      heartbeatMs: 50,
    });
    try {
      const client = await connect(await listen(app), session);
      const code = new Promise((resolve) => client.ws.once('close', (c) => resolve(c)));
      const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
      expect(logout.statusCode).toBeLessThan(300);
      expect(await code).toBe(4401);
    } finally {
      await app.close();
    }
  });

  it.runIf(redisUp)('carries a message posted on one instance to a socket on another through Redis', async () => {
    const env = { REDIS_URL: redisUrl };
    const a = await buildTestApp(t.database, env, undefined, clock.now);
    const b = await buildTestApp(t.database, env, undefined, clock.now);
    try {
      const bUrl = await listen(b.app);
      await listen(a.app);
      const chat = await openChat(t.app, t.db, clock.now(), { customer, provider });
      const onB = await connect(bUrl, customer);
      const outsiderOnB = await connect(bUrl, outsider);
      const sent = await send(a.app, chat.conversationId, provider, 'Через Redis');
      expect(sent.statusCode).toBe(201);
      // The customer also gets their chat.message notification on the same socket.
      await expect.poll(() => messagesOf(onB)).toEqual([{ type: 'message', message: sent.json() }]);
      expect(outsiderOnB.events).toEqual([]);
      onB.ws.close();
      outsiderOnB.ws.close();
    } finally {
      for (const instance of [a, b]) {
        await instance.app.close();
        await instance.platform.bus.close();
      }
    }
  });
});
