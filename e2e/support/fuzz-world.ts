import { crawl } from '../../apps/api/test/fuzz/crawl.js';
import { KnownValues } from '../../apps/api/test/fuzz/known-values.js';
import type { Operation } from '../../apps/api/test/fuzz/openapi-operations.js';
import type { FuzzRequest, RequestContext, Role } from '../../apps/api/test/fuzz/request-arbitrary.js';
import type { FuzzResponse } from '../../apps/api/test/fuzz/response-checks.js';
import { createAdminAccount } from './admin-account.js';
import { e2e } from './context.js';
import { subscribe } from './marketplace.js';
import { createAccount, logIn } from './test-accounts.js';

/** A signed-in caller of the running product: how to sign in again when a fuzzed request ended the session. */
interface Caller {
  login: string;
  password: string;
  token: string;
  stale: boolean;
}

/** The journey's fuzz world: accounts of every role made through the origin, and the ids the product hands out. */
export interface OriginWorld {
  known: KnownValues;
  contextFor(op: Operation): RequestContext;
  send(request: FuzzRequest): Promise<FuzzResponse>;
}

const isAddress = (text: string) => /^[\d.]+$|^[\da-f:]+$/i.test(text);

export async function buildOriginWorld(operations: Operation[]): Promise<OriginWorld> {
  const base = e2e!.baseUrl;
  const known = new KnownValues();
  const customer = await createAccount({ role: 'customer', name: 'Фарида Каримова' });
  const provider = await createAccount({ role: 'provider', name: 'Бахтиёр Раҳимов' });
  const subscriber = await createAccount({ role: 'provider', name: 'Зарина Назарова' });
  // The free trial needs a verified phone; the sandbox acquirer sells a plan to anyone.
  await subscribe(subscriber);
  const callers: Partial<Record<Role, Caller>> = {};
  for (const [role, account] of [
    ['customer', customer],
    ['provider', provider],
    ['subscriber', subscriber],
  ] as const) {
    callers[role] = { login: account.email, password: account.password, token: account.token, stale: false };
    known.addId('user', account.id);
  }
  // An admin needs the CLI against PostgreSQL; on the embedded database admin requests go as a guest.
  if (e2e!.databaseUrl) {
    const admin = createAdminAccount();
    const session = await logIn(admin.email, admin.password);
    if (!session.token) throw new Error(`the admin could not sign in (${session.status})`);
    callers.admin = { login: admin.email, password: admin.password, token: session.token, stale: false };
  }
  known.addText('provider', 'sandbox');

  /**
   * Next answers a path ending in `/` with a 308 to the same path without it, before any route: the
   * origin's URL normalisation, as a browser would follow it. Followed once, to check the API's answer
   * there; any other redirect is the response under test.
   */
  const trailingSlashTarget = (url: string, res: Response) => {
    const location = res.headers.get('location');
    if (res.status !== 308 || !location) return null;
    const from = new URL(url, base);
    const to = new URL(location, base);
    return from.pathname.endsWith('/') && to.pathname === from.pathname.replace(/\/+$/, '') ? `${to.pathname}${to.search}` : null;
  };

  async function send(request: FuzzRequest): Promise<FuzzResponse> {
    const answer = await sendOnce(request);
    const target = trailingSlashTarget(request.url, answer.raw);
    return target ? (await sendOnce({ ...request, url: target })).result : answer.result;
  }

  async function sendOnce(request: FuzzRequest): Promise<{ raw: Response; result: FuzzResponse }> {
    const caller = callers[request.role];
    if (caller?.stale) {
      const session = await logIn(caller.login, caller.password);
      if (session.token) caller.token = session.token;
      caller.stale = false;
    }
    // fetch sends no body with GET; the origin's proxy chain says who the caller is (TRUST_PROXY=loopback).
    const payload = request.method === 'GET' ? undefined : request.payload;
    const res = await fetch(`${base}${request.url}`, {
      method: request.method,
      headers: {
        ...request.headers,
        ...(caller ? { cookie: `dastiyor_session=${caller.token}` } : {}),
        ...(isAddress(request.remoteAddress) ? { 'x-forwarded-for': request.remoteAddress } : {}),
      },
      ...(payload !== undefined ? { body: typeof payload === 'string' ? payload : new Uint8Array(payload) } : {}),
      redirect: 'manual',
    });
    const body = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    if (caller && res.status === 401) caller.stale = true;
    if (res.ok && contentType.startsWith('application/json')) known.learn(request.route, JSON.parse(body));
    return { raw: res, result: { status: res.status, contentType, body } };
  }

  // Real ids (demo tasks, categories, cities, plans, one's own rows) and cursors, from every list.
  await crawl(operations, send, ['guest', ...(Object.keys(callers) as Role[])]);

  return {
    known,
    send,
    contextFor(op) {
      return {
        publicUrl: base,
        now: () => new Date(),
        idsFor: (name) => known.idsFor(name),
        textsFor: (name) => (name === 'cursor' ? known.cursorsFor(op.path) : known.textsFor(name)),
        recordsFor: (keys) => known.recordsFor(keys),
        // The product's sandbox secret is its own; unsigned and forged webhooks still reach the check.
        signWebhook: null,
        images: [],
        // Oversize bodies and URLs through the origin have their own journey (request-limits.e2e.ts).
        limits: { urlLength: 2000, bodyBytes: 32 * 1024 },
      };
    },
  };
}
