import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { openChat } from '../../../test/chat-fixtures.js';
import { createTask } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { complaints } from '../complaints/complaints.table.js';
import { stopWords } from './moderation.table.js';

let admin: { id: string; cookie: string };
const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const db = () => t.db;
const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const addWord = (word: string, locale: 'ru' | 'tg' = 'ru') => inject('POST', '/api/v1/admin/stop-words', admin.cookie, { word, locale });
const flagsOf = (targetType: 'task' | 'response' | 'message', targetId: string) =>
  db()
    .select()
    .from(complaints)
    .where(and(eq(complaints.targetType, targetType), eq(complaints.targetId, targetId), eq(complaints.source, 'stop_word')));

describe('admin stop words', () => {
  it('adds a word stored folded (201, audited), refuses the same word in another spelling (409), empty or too long (400)', async () => {
    const res = await addWord('  Ҷевон ', 'tg');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ word: 'чевон', locale: 'tg' });
    expect((await addWord('ЧЕВОН')).json()).toMatchObject({ status: 409, code: 'conflict' });
    expect((await addWord('')).statusCode).toBe(400);
    expect((await addWord('x'.repeat(61))).statusCode).toBe(400);
    expect((await addWord('!!!')).json()).toMatchObject({ status: 400, errors: [{ path: 'body.word', code: 'no_letters' }] });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'stop_word.create'), eq(auditLog.targetId, res.json().id)));
    expect(audit).toMatchObject({ actorId: admin.id, after: { word: 'чевон', locale: 'tg' } });
  });

  it('lists by language newest first and deletes (204, audited; 404 the second time); 401 guest, 403 provider', async () => {
    const provider = await signUp(t.app, db(), { role: 'provider' });
    const word = (await addWord('удалить-меня')).json();
    expect(word.word).toBe('удалить меня');
    const ru = await inject('GET', '/api/v1/admin/stop-words?locale=ru', admin.cookie);
    expect(ru.json().items[0]).toMatchObject({ id: word.id, locale: 'ru' });
    expect(ru.json().items.every((w: { locale: string }) => w.locale === 'ru')).toBe(true);
    expect((await inject('GET', '/api/v1/admin/stop-words')).statusCode).toBe(401);
    expect((await inject('DELETE', `/api/v1/admin/stop-words/${word.id}`, provider.cookie)).statusCode).toBe(403);

    expect((await inject('DELETE', `/api/v1/admin/stop-words/${word.id}`, admin.cookie)).statusCode).toBe(204);
    expect((await inject('DELETE', `/api/v1/admin/stop-words/${word.id}`, admin.cookie)).statusCode).toBe(404);
    expect(await db().select().from(stopWords).where(eq(stopWords.id, word.id))).toEqual([]);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'stop_word.delete'), eq(auditLog.targetId, word.id)));
    expect(audit).toMatchObject({ actorId: admin.id, before: { word: 'удалить меня', locale: 'ru' } });
  });
});

describe('stop-word flagging', () => {
  beforeAll(async () => {
    await addWord('предоплата');
    await addWord('перевод на карту');
  });

  it('flags a task published with a stop word (folded: "Ҷевон" in the text matches the word "чевон"), which stays published', async () => {
    const customer = await signUp(t.app, db(), {});
    const res = await inject('POST', '/api/v1/tasks', customer.cookie, {
      ...(await taskBody(db(), { title: 'Нужен мастер, ҶЕВОН собрать', description: 'Шкаф-купе, три двери, всё есть.' })),
      status: 'new',
    });
    expect(res.statusCode).toBe(201);
    const flags = await flagsOf('task', res.json().id);
    expect(flags).toEqual([
      expect.objectContaining({
        reason: 'stop_word',
        reporterId: null,
        targetUserId: customer.user.id,
        matchedWords: ['чевон'],
        status: 'open',
      }),
    ]);
    expect((await inject('GET', `/api/v1/tasks/${res.json().id}`)).json()).toMatchObject({ status: 'new' });

    const queue = await inject('GET', '/api/v1/admin/complaints?source=stop_word', admin.cookie);
    expect(queue.json().items.find((c: { targetId: string }) => c.targetId === res.json().id)).toMatchObject({
      matchedWords: ['чевон'],
      author: { id: customer.user.id },
      context: { title: 'Нужен мастер, ҶЕВОН собрать' },
    });
  });

  it('does not flag clean text, a word inside a longer word, or a draft; flags the draft when it is published', async () => {
    const customer = await signUp(t.app, db(), {});
    const clean = await inject('POST', '/api/v1/tasks', customer.cookie, {
      ...(await taskBody(db(), { title: 'Собрать шкаф', description: 'Без предоплаты нельзя? Можно: предоплатами не занимаемся.' })),
      status: 'new',
    });
    expect(await flagsOf('task', clean.json().id)).toEqual([]);

    const draft = await inject('POST', '/api/v1/tasks', customer.cookie, {
      ...(await taskBody(db(), { title: 'Покрасить забор', description: 'Нужна предоплата 50%, материалы мои.' })),
      status: 'draft',
    });
    expect(await flagsOf('task', draft.json().id)).toEqual([]);
    const published = await inject('POST', `/api/v1/tasks/${draft.json().id}/status`, customer.cookie, { status: 'new' });
    expect(published.statusCode).toBe(200);
    expect(await flagsOf('task', draft.json().id)).toEqual([expect.objectContaining({ matchedWords: ['предоплата'] })]);
  });

  it('flags an edit of a published task that brings a stop phrase in, once while the flag is open', async () => {
    const customer = await signUp(t.app, db(), {});
    const task = await inject('POST', '/api/v1/tasks', customer.cookie, {
      ...(await taskBody(db(), { title: 'Помыть окна' })),
      status: 'new',
    });
    expect(await flagsOf('task', task.json().id)).toEqual([]);
    const edit = (description: string) => inject('PATCH', `/api/v1/tasks/${task.json().id}`, customer.cookie, { description });
    expect((await edit('Оплата: Перевод на карту, заранее. Окна на третьем этаже.')).statusCode).toBe(200);
    expect((await edit('Оплата: перевод  на  карту. Окна на третьем этаже, пять штук.')).statusCode).toBe(200);
    expect(await flagsOf('task', task.json().id)).toEqual([expect.objectContaining({ matchedWords: ['перевод на карту'] })]);
  });

  it('flags a response comment with a stop word, not a clean one', async () => {
    const customer = await signUp(t.app, db(), {});
    const provider = await signUp(t.app, db(), { role: 'provider' });
    await grantPlan(db(), provider.user.id, 'premium', clock.now());
    const dirtyTask = await createTask(db(), customer.user.id);
    const cleanTask = await createTask(db(), customer.user.id);
    const respond = (taskId: string, comment: string) =>
      inject('POST', `/api/v1/tasks/${taskId}/responses`, provider.cookie, { comment, price: 20_000, etaMinutes: 120 });
    const dirty = await respond(dirtyTask.id, 'Сделаю сегодня, предоплата 100%.');
    expect(dirty.statusCode).toBe(201);
    const clean = await respond(cleanTask.id, 'Сделаю сегодня, оплата по факту.');
    expect(await flagsOf('response', dirty.json().id)).toEqual([
      expect.objectContaining({ targetUserId: provider.user.id, matchedWords: ['предоплата'] }),
    ]);
    expect(await flagsOf('response', clean.json().id)).toEqual([]);

    const queue = await inject('GET', '/api/v1/admin/complaints?source=stop_word&targetType=response', admin.cookie);
    expect(queue.json().items.find((c: { targetId: string }) => c.targetId === dirty.json().id)).toMatchObject({
      context: { excerpt: 'Сделаю сегодня, предоплата 100%.', adminPath: `/admin/tasks/${dirtyTask.id}` },
    });
  });

  it('flags a chat message with a stop word, not a clean one; the message is delivered either way', async () => {
    const { customer, conversationId } = await openChat(t.app, db(), clock.now());
    const send = (text: string) => inject('POST', `/api/v1/conversations/${conversationId}/messages`, customer.cookie, { text });
    const dirty = await send('Сделайте ПЕРЕВОД на карту, пожалуйста');
    const clean = await send('Жду вас в десять');
    expect([dirty.statusCode, clean.statusCode]).toEqual([201, 201]);
    expect(await flagsOf('message', dirty.json().id)).toEqual([
      expect.objectContaining({ targetUserId: customer.user.id, matchedWords: ['перевод на карту'] }),
    ]);
    expect(await flagsOf('message', clean.json().id)).toEqual([]);
  });

  it('stops flagging a word as soon as it is deleted', async () => {
    const word = (await addWord('временное')).json();
    const { provider, conversationId } = await openChat(t.app, db(), clock.now());
    const send = (text: string) => inject('POST', `/api/v1/conversations/${conversationId}/messages`, provider.cookie, { text });
    const before = await send('Это временное решение');
    expect(await flagsOf('message', before.json().id)).toHaveLength(1);
    await inject('DELETE', `/api/v1/admin/stop-words/${word.id}`, admin.cookie);
    const after = await send('Это временное решение');
    expect(await flagsOf('message', after.json().id)).toEqual([]);
  });
});
