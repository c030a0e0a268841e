import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/client.js';
import { startSession } from '../../src/modules/auth/sessions-service.js';
import { signUnsubscribeToken } from '../../src/modules/notifications/unsubscribe-token.js';
import { signSandboxWebhook } from '../../src/platform/payments/sandbox-provider.js';
import { cameraJpeg, multipartBody, smallPng } from '../../src/modules/files/test-images.js';
import { signInAdmin } from '../admin-fixtures.js';
import { signUp } from '../auth-helpers.js';
import { openChat } from '../chat-fixtures.js';
import { createTask } from '../factories.js';
import type { createFakeClock } from '../fake-clock.js';
import { grantPlan } from '../subscription-fixtures.js';
import type { TestApp } from '../test-app.js';
import { crawl } from './crawl.js';
import { KnownValues } from './known-values.js';
import type { Operation } from './openapi-operations.js';
import { type FuzzRequest, type RequestContext, type Role, roles } from './request-arbitrary.js';
import type { FuzzResponse } from './response-checks.js';

type Clock = ReturnType<typeof createFakeClock>;
interface Account {
  id: string;
  cookie: string;
  /** Set when an answer said the session is gone (logged out, ended, blocked): renewed before the next request. */
  stale: boolean;
}

/** The world every fuzzed request lands in: one account per role, real rows of every kind, and ways back from what requests undo. */
export interface ApiWorld {
  known: KnownValues;
  contextFor(op: Operation): RequestContext;
  send(request: FuzzRequest): Promise<FuzzResponse>;
  /** Undoes what the last operation's requests may have broken for the next: sessions, the subscription, maintenance. */
  heal(): Promise<void>;
}

const healAddress = '10.99.0.1';

export async function buildApiWorld(t: TestApp, db: Db, clock: Clock, operations: Operation[]): Promise<ApiWorld> {
  const app: FastifyInstance = t.app;
  const known = new KnownValues();
  const now = clock.now;

  const customer = await signUp(app, db, { email: `fuzz-customer-${process.pid}@test.dastiyor.tj`, name: 'Фарида Каримова' });
  const provider = await signUp(app, db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
  const subscriber = await signUp(app, db, { role: 'provider', name: 'Зарина Назарова' });
  const admin = await signInAdmin(app, db, now());
  await grantPlan(db, subscriber.user.id, 'premium', now(), 3650);
  const accounts: Record<Exclude<Role, 'guest'>, Account> = {
    customer: { id: customer.user.id, cookie: customer.cookie, stale: false },
    provider: { id: provider.user.id, cookie: provider.cookie, stale: false },
    subscriber: { id: subscriber.user.id, cookie: subscriber.cookie, stale: false },
    admin: { id: admin.id, cookie: admin.cookie, stale: false },
  };
  for (const account of [customer, provider, subscriber]) known.addText(account.login.includes('@') ? 'email' : 'phone', account.login);
  for (const account of [customer, provider, subscriber, admin]) {
    known.addText('login', 'login' in account ? account.login : account.email);
    known.addText('to', 'login' in account ? account.login : account.email);
  }
  known.addText('email', admin.email);
  // A fuzzed password change is harmless: lost sessions come back through startSession, not a login.
  for (const password of [customer.password, admin.password]) {
    known.addText('password', password);
    known.addText('currentPassword', password);
  }
  known.addText('provider', 'sandbox');
  known.addText('token', signUnsubscribeToken(t.config.appSecret, customer.user.id, 'chat.message'));
  known.addText('token', signUnsubscribeToken(t.config.appSecret, subscriber.user.id, 'task.matching'));

  const inject = async (role: Exclude<Role, 'guest'>, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await app.inject({
      method,
      url,
      headers: { cookie: accounts[role].cookie },
      remoteAddress: healAddress,
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 200 && res.statusCode < 300 && res.body) known.learn(url.split('?')[0]!, res.json());
    return res;
  };

  // Rows of every kind, made as people make them, so ids in requests are real ones.
  let chat = await openChat(app, db, now(), { customer, provider: subscriber });
  const open = await createTask(db, customer.user.id);
  await createTask(db, customer.user.id, { status: 'draft', publishedAt: null });
  await createTask(db, customer.user.id, { status: 'cancelled' });
  const completed = await createTask(db, customer.user.id, { status: 'completed', selectedProviderId: subscriber.user.id });
  for (const task of [chat.task, open, completed]) known.addId('task', task.id);
  await inject('subscriber', 'POST', `/api/v1/tasks/${open.id}/responses`, {
    comment: 'Сделаю сегодня, опыт 10 лет',
    price: 12_000,
    etaMinutes: 120,
  });
  await inject('customer', 'POST', `/api/v1/conversations/${chat.conversationId}/messages`, { text: 'Салом! Когда придёте?' });
  await inject('customer', 'POST', `/api/v1/tasks/${completed.id}/review`, { rating: 5, text: 'Всё сделал быстро и аккуратно' });
  await inject('customer', 'POST', '/api/v1/complaints', { targetType: 'user', targetId: provider.user.id, reason: 'spam' });
  await inject('admin', 'POST', '/api/v1/admin/stop-words', { word: 'мошенник', locale: 'ru' });
  const images = [await smallPng(), await cameraJpeg({ width: 400, height: 300 })];
  const upload = await multipartBody(images[0]!, { type: 'image/png', filename: 'photo.png' });
  for (const [role, url] of [
    ['customer', '/api/v1/files'],
    ['subscriber', '/api/v1/me/portfolio'],
  ] as const) {
    const res = await app.inject({
      method: 'POST',
      url,
      payload: upload.payload,
      headers: { ...upload.headers, cookie: accounts[role].cookie },
    });
    if (res.statusCode === 201) known.addId('file', res.json().id as string);
  }
  const plans = await inject('provider', 'GET', '/api/v1/plans');
  const planId = (plans.json().items as { id: string }[])[0]!.id;
  await inject('provider', 'POST', '/api/v1/subscriptions/checkout', { planId });
  for (const id of Object.values(accounts).map((a) => a.id)) known.addId('user', id);
  known.addId('conversation', chat.conversationId);

  async function renew(role: Exclude<Role, 'guest'>) {
    const account = accounts[role];
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: account.cookie }, remoteAddress: healAddress });
    if (me.statusCode === 200) return void (account.stale = false);
    // An admin's fuzzed block is lifted the way an admin lifts it; a new session stands in for a login (whose attempts the fuzzer locks).
    await app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${account.id}/unblock`,
      headers: { cookie: accounts.admin.cookie },
      remoteAddress: healAddress,
    });
    const { token } = await startSession(db, account.id, now(), { ip: healAddress, userAgent: 'fuzz' });
    account.cookie = `dastiyor_session=${token}`;
    account.stale = false;
  }

  async function send(request: FuzzRequest): Promise<FuzzResponse> {
    const account = request.role === 'guest' ? null : accounts[request.role];
    if (account?.stale) await renew(request.role as Exclude<Role, 'guest'>);
    const res = await app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: { ...request.headers, ...(account ? { cookie: account.cookie } : {}) },
      remoteAddress: request.remoteAddress,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
    const contentType = String(res.headers['content-type'] ?? '');
    if (account && (res.statusCode === 401 || /"code":"auth\.blocked"/.test(res.body))) account.stale = true;
    if (res.statusCode >= 200 && res.statusCode < 300 && contentType.startsWith('application/json')) {
      known.learn(request.route, JSON.parse(res.body));
    }
    return { status: res.statusCode, contentType, body: res.body };
  }

  await crawl(operations, send, roles);

  return {
    known,
    contextFor(op) {
      return {
        publicUrl: t.config.publicUrl,
        now,
        idsFor: (name) => known.idsFor(name),
        textsFor: (name) => (name === 'cursor' ? known.cursorsFor(op.path) : known.textsFor(name)),
        recordsFor: (keys) => known.recordsFor(keys),
        signWebhook: (body) => signSandboxWebhook(t.config.payments.sandbox!.secret, body, now()),
        images,
      };
    },
    send,
    async heal() {
      for (const role of ['admin', 'customer', 'provider', 'subscriber'] as const) await renew(role);
      const subscription = await inject('subscriber', 'GET', '/api/v1/me/subscription');
      if (subscription.json().status !== 'active') await grantPlan(db, subscriber.user.id, 'premium', now(), 3650);
      // Fuzzed status changes and the passing days close the chat; messages need one that takes them.
      const conversation = await inject('customer', 'GET', `/api/v1/conversations/${chat.conversationId}`);
      if (conversation.json().task?.status !== 'in_progress') {
        chat = await openChat(app, db, now(), { customer, provider: subscriber });
        known.addId('conversation', chat.conversationId);
        known.addId('task', chat.task.id);
      }
      const settings = await inject('admin', 'GET', '/api/v1/admin/settings');
      if (settings.json().maintenance?.enabled) await inject('admin', 'PUT', '/api/v1/admin/settings', { maintenance: { enabled: false } });
    },
  };
}
