import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { type ChatAccount, openChat } from '../../../test/chat-fixtures.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { tasks } from '../tasks/tasks.table.js';
import { multipartBody, smallPng, svg } from '../files/test-images.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
let customer: ChatAccount;
let provider: ChatAccount;
let outsider: ChatAccount;

const t = useTestApp({ env: { UPLOADS_DIR: `/tmp/dastiyor-test-chat-${process.pid}` }, clock: clock.now });
beforeAll(async () => {
  customer = await signUp(t.app, t.db, { name: 'Фарида Каримова' });
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
  outsider = await signUp(t.app, t.db, { role: 'provider', name: 'Чужой' });
});

const newChat = () => openChat(t.app, t.db, clock.now(), { customer, provider });

async function upload(conversationId: string, who: ChatAccount | null, bytes?: Buffer) {
  const body = await multipartBody(bytes ?? (await smallPng()), { type: 'image/png', filename: 'photo.png' });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/conversations/${conversationId}/images`,
    headers: { ...body.headers, ...(who ? { cookie: who.cookie } : {}) },
    payload: body.payload,
  });
}
const send = (conversationId: string, who: ChatAccount, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conversationId}/messages`, headers: { cookie: who.cookie }, payload });
const load = (url: string, who: ChatAccount | null) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });

describe('chat images', () => {
  it('uploads a private image for one chat and sends it with a message', async () => {
    const chat = await newChat();
    const uploaded = await upload(chat.conversationId, customer);
    expect(uploaded.statusCode).toBe(201);
    const image = uploaded.json();
    expect(image).toMatchObject({ small: `/api/v1/files/${image.id}/small`, width: 300, height: 200 });

    // Not sent yet: only its uploader can load it.
    expect((await load(image.medium, customer)).statusCode).toBe(200);
    expect((await load(image.medium, provider)).statusCode).toBe(404);

    const sent = await send(chat.conversationId, customer, { attachmentId: image.id });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ text: null, image: { id: image.id, large: image.large } });

    const asProvider = await load(image.large, provider);
    expect(asProvider.statusCode).toBe(200);
    expect(asProvider.headers['content-type']).toBe('image/webp');
    expect(asProvider.headers['cache-control']).toMatch(/^private/);
    expect((await load(image.large, outsider)).statusCode).toBe(404);
    expect((await load(image.large, null)).statusCode).toBe(404);

    const history = await load(`/api/v1/conversations/${chat.conversationId}/messages`, provider);
    expect(history.json().items[0]).toMatchObject({ image: { id: image.id } });
  });

  it('refuses attachments that are not an unsent image of this sender for this chat (400)', async () => {
    const chat = await newChat();
    const other = await newChat();
    const mine = (await upload(chat.conversationId, customer)).json();
    const theirs = (await upload(chat.conversationId, provider)).json();
    const forOtherChat = (await upload(other.conversationId, customer)).json();
    for (const id of [theirs.id, forOtherChat.id, crypto.randomUUID()]) {
      const refused = await send(chat.conversationId, customer, { text: 'Фото', attachmentId: id });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({ path: 'body.attachmentId', code: 'invalid_attachment' });
    }
    expect((await send(chat.conversationId, customer, { text: 'Вот', attachmentId: mine.id })).statusCode).toBe(201);
    expect((await send(chat.conversationId, customer, { attachmentId: mine.id })).statusCode).toBe(400);
  });

  it('answers 401, 404, 400 and 409 where it should', async () => {
    const chat = await newChat();
    expect((await upload(chat.conversationId, null)).statusCode).toBe(401);
    expect((await upload(chat.conversationId, outsider)).statusCode).toBe(404);
    expect((await upload(chat.conversationId, customer, svg)).statusCode).toBe(415);
    const wrongField = await multipartBody(await smallPng(), { field: 'other' });
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${chat.conversationId}/images`,
      headers: { cookie: customer.cookie, ...wrongField.headers },
      payload: wrongField.payload,
    });
    expect(noFile.statusCode).toBe(400);
    await t.db.update(tasks).set({ status: 'cancelled', closedAt: clock.now() }).where(eq(tasks.id, chat.task.id));
    expect((await upload(chat.conversationId, customer)).statusCode).toBe(409);
  });
});
