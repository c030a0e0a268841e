import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { type ChatAccount, openChat } from '../../../test/chat-fixtures.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { tasks } from '../tasks/tasks.table.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
let customer: ChatAccount;
let provider: ChatAccount;
let outsider: ChatAccount;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  // Few sign-ups: registration is rate limited per IP, and every inject comes from one.
  customer = await signUp(t.app, t.db, { name: 'Фарида Каримова' });
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
  outsider = await signUp(t.app, t.db, { role: 'provider', name: 'Чужой' });
});

type Method = 'GET' | 'POST';
const call = (method: Method, url: string, who: ChatAccount | null, payload?: object) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });
const newChat = () => openChat(t.app, t.db, clock.now(), { customer, provider });
const send = (conversationId: string, who: ChatAccount, text: string) =>
  call('POST', `/api/v1/conversations/${conversationId}/messages`, who, { text });

describe('GET /api/v1/conversations', () => {
  it('lists my dialogs, most recently active first, with the last message, my unread count and the counterpart', async () => {
    const first = await newChat();
    clock.advance(1000);
    const second = await newChat();
    clock.advance(1000);
    expect((await send(first.conversationId, first.provider, 'Здравствуйте! Буду завтра в 10.')).statusCode).toBe(201);
    clock.advance(1000);
    expect((await send(first.conversationId, first.provider, 'Возьму свой инструмент.')).statusCode).toBe(201);

    const asCustomer = await call('GET', '/api/v1/conversations', first.customer);
    expect(asCustomer.statusCode).toBe(200);
    const items = asCustomer.json().items;
    expect(items.map((c: { id: string }) => c.id)).toEqual([first.conversationId, second.conversationId]);
    expect(items[0]).toMatchObject({
      task: { id: first.task.id, status: 'in_progress' },
      counterpart: { id: first.provider.user.id, name: 'Бахтиёр Раҳимов', avatar: null },
      lastMessage: { text: 'Возьму свой инструмент.', senderId: first.provider.user.id, image: null },
      unreadCount: 2,
      counterpartReadAt: null,
    });
    expect(items[1]).toMatchObject({ lastMessage: null, unreadCount: 0 });

    // My own messages are never unread for me.
    const asProvider = (await call('GET', '/api/v1/conversations', first.provider)).json().items;
    expect(asProvider[0]).toMatchObject({ id: first.conversationId, unreadCount: 0, counterpart: { id: first.customer.user.id } });

    const page1 = (await call('GET', '/api/v1/conversations?limit=1', first.customer)).json();
    expect(page1.items.map((c: { id: string }) => c.id)).toEqual([first.conversationId]);
    const page2 = (await call('GET', `/api/v1/conversations?limit=1&cursor=${page1.nextCursor}`, first.customer)).json();
    expect(page2).toEqual({ items: [expect.objectContaining({ id: second.conversationId })], nextCursor: null });

    expect((await call('GET', '/api/v1/conversations', outsider)).json().items).toEqual([]);
    expect((await call('GET', '/api/v1/conversations', null)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/conversations?cursor=nonsense', first.customer)).statusCode).toBe(400);
  });
});

describe('GET /api/v1/conversations/:id', () => {
  it('answers the two participants and 404 to everyone else', async () => {
    const chat = await newChat();
    const url = `/api/v1/conversations/${chat.conversationId}`;
    expect((await call('GET', url, chat.customer)).json()).toMatchObject({
      id: chat.conversationId,
      counterpart: { id: chat.provider.user.id },
    });
    expect((await call('GET', url, chat.provider)).json()).toMatchObject({ counterpart: { id: chat.customer.user.id } });
    expect((await call('GET', url, outsider)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/conversations/${crypto.randomUUID()}`, chat.customer)).statusCode).toBe(404);
    expect((await call('GET', url, null)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/conversations/not-a-uuid', chat.customer)).statusCode).toBe(400);
  });
});

describe('POST /api/v1/conversations/:id/messages', () => {
  it('stores the text exactly as written and answers 201 with the message', async () => {
    const chat = await newChat();
    clock.advance(1000);
    const text = '<b>Привет</b> & <script>alert(1)</script>';
    const sent = await send(chat.conversationId, chat.customer, text);
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ conversationId: chat.conversationId, senderId: chat.customer.user.id, text, image: null });
    expect(sent.json().createdAt).toBe(clock.now().toISOString());
    const listed = (await call('GET', `/api/v1/conversations/${chat.conversationId}`, chat.provider)).json();
    expect(listed).toMatchObject({ lastMessage: { text }, lastMessageAt: sent.json().createdAt, unreadCount: 1 });
  });

  it('refuses an empty or overlong message (400), strangers (404) and guests (401)', async () => {
    const chat = await newChat();
    const url = `/api/v1/conversations/${chat.conversationId}/messages`;
    const empty = await call('POST', url, chat.customer, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.text');
    expect((await call('POST', url, chat.customer, { text: '   ' })).statusCode).toBe(400);
    expect((await call('POST', url, chat.customer, { text: 'я'.repeat(4001) })).statusCode).toBe(400);
    expect((await call('POST', url, chat.customer, { text: 'я'.repeat(4000) })).statusCode).toBe(201);
    expect((await call('POST', url, outsider, { text: 'Привет' })).statusCode).toBe(404);
    expect((await call('POST', url, null, { text: 'Привет' })).statusCode).toBe(401);
  });

  it('keeps a completed task chat open for 30 days and closes a cancelled one (409)', async () => {
    const db = t.db;
    const start = clock.now().toISOString();
    const done = await newChat();
    await db.update(tasks).set({ status: 'completed', closedAt: clock.now() }).where(eq(tasks.id, done.task.id));
    clock.advance(29 * 86_400_000);
    expect((await send(done.conversationId, done.customer, 'Спасибо, всё работает!')).statusCode).toBe(201);
    clock.advance(2 * 86_400_000);
    // The customer's session slid forward with their last request; the provider's has expired by now.
    const late = await send(done.conversationId, done.customer, 'Как там кран?');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('conflict');
    clock.set(start);

    const cancelled = await newChat();
    await db.update(tasks).set({ status: 'cancelled', closedAt: clock.now() }).where(eq(tasks.id, cancelled.task.id));
    expect((await send(cancelled.conversationId, cancelled.provider, 'Жаль')).statusCode).toBe(409);
    // Still readable.
    expect((await call('GET', `/api/v1/conversations/${cancelled.conversationId}/messages`, cancelled.customer)).statusCode).toBe(200);
  });

  it('limits each account to 30 messages a minute (429), whatever its IP', async () => {
    // A pair of its own: the limit counts real minutes across all of an account's chats.
    const chat = await openChat(t.app, t.db, clock.now());
    for (let i = 0; i < 30; i += 1) {
      const remote = { remoteAddress: `10.0.0.${i + 1}` };
      const sent = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${chat.conversationId}/messages`,
        ...remote,
        headers: { cookie: chat.provider.cookie },
        payload: { text: `Сообщение ${i}` },
      });
      expect(sent.statusCode).toBe(201);
    }
    const limited = await send(chat.conversationId, chat.provider, 'Ещё одно');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    // The counterpart has a budget of their own.
    expect((await send(chat.conversationId, chat.customer, 'Хватит :)')).statusCode).toBe(201);
  });
});

describe('GET /api/v1/conversations/:id/messages', () => {
  it('pages history newest-first and catches up after a message id oldest-first', async () => {
    const chat = await newChat();
    const ids: string[] = [];
    // Same clock instant for all: the order must still be the order they were sent in.
    for (let i = 0; i < 5; i += 1) ids.push((await send(chat.conversationId, i % 2 ? chat.customer : chat.provider, `m${i}`)).json().id);
    const url = `/api/v1/conversations/${chat.conversationId}/messages`;

    const page1 = (await call('GET', `${url}?limit=2`, chat.customer)).json();
    expect(page1.items.map((m: { id: string }) => m.id)).toEqual([ids[4], ids[3]]);
    const page2 = (await call('GET', `${url}?limit=2&cursor=${page1.nextCursor}`, chat.customer)).json();
    expect(page2.items.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]]);
    const page3 = (await call('GET', `${url}?limit=2&cursor=${page2.nextCursor}`, chat.customer)).json();
    expect(page3).toMatchObject({ items: [{ id: ids[0], text: 'm0' }], nextCursor: null });

    const caughtUp = (await call('GET', `${url}?after=${ids[1]}&limit=2`, chat.provider)).json();
    expect(caughtUp.items.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[3]]);
    expect(caughtUp.nextCursor).toBe(ids[3]);
    const rest = (await call('GET', `${url}?after=${caughtUp.nextCursor}`, chat.provider)).json();
    expect(rest).toEqual({ items: [expect.objectContaining({ id: ids[4] })], nextCursor: null });

    const other = await newChat();
    const foreign = await call('GET', `${url}?after=${(await send(other.conversationId, other.customer, 'x')).json().id}`, chat.customer);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('query.after');
    expect((await call('GET', `${url}?after=nope`, chat.customer)).statusCode).toBe(400);
    expect((await call('GET', url, outsider)).statusCode).toBe(404);
    expect((await call('GET', url, null)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/conversations/:id/read', () => {
  it('moves my read mark, zeroes my unread count and shows the counterpart a receipt', async () => {
    const chat = await newChat();
    await send(chat.conversationId, chat.provider, 'Вы дома?');
    clock.advance(5000);
    const url = `/api/v1/conversations/${chat.conversationId}/read`;
    const read = await call('POST', url, chat.customer);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ unreadCount: 0, counterpartReadAt: null });

    const asProvider = (await call('GET', `/api/v1/conversations/${chat.conversationId}`, chat.provider)).json();
    expect(asProvider.counterpartReadAt).toBe(clock.now().toISOString());

    clock.advance(1000);
    await send(chat.conversationId, chat.provider, 'Я подъехал');
    expect((await call('GET', `/api/v1/conversations/${chat.conversationId}`, chat.customer)).json().unreadCount).toBe(1);

    expect((await call('POST', url, outsider)).statusCode).toBe(404);
    expect((await call('POST', url, null)).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/conversations/zzz/read', chat.customer)).statusCode).toBe(400);
  });
});
