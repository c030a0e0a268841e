import { createHmac, randomInt } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback double of Alif Bank's acquiring (WebCheckout), built from ../shared/payments-alif.md and
// nothing else: it must never import our own code, so a misreading of the protocol in the adapter
// shows up as a refusal here instead of being copied into both sides.

export type AlifStatus = 'pending' | 'ok' | 'failed' | 'canceled';

export interface AlifOrder {
  orderId: string;
  transactionId: string;
  /** As the merchant sent it: somoni with two decimals, "150.00". */
  amount: string;
  gate: string;
  callbackUrl: string;
  returnUrl: string;
  info: string | null;
  email: string | null;
  phone: string | null;
  status: AlifStatus;
  createdAt: Date;
}

export interface CallbackPolicy {
  /** ms before the callback is sent after the payer decides (default 0). */
  delayMs: number;
  /** how many times the same callback is sent (default 1; 2 = duplicated). */
  copies: number;
  /** true: the callback is never sent (lost). */
  lost: boolean;
}

export interface LoggedRequest {
  path: string;
  /** The parsed JSON body, or the raw text when it was not JSON (null when too large to read). */
  body: unknown;
  /** Why the bank refused it (or that an injected answer was given); null when it was served. */
  refused: string | null;
  at: Date;
}

export interface SentCallback {
  orderId: string;
  body: Record<string, unknown>;
  /** Our server's HTTP status; null when no answer came. */
  status: number | null;
  /** What went wrong instead of an answer (connection refused, timeout). */
  error: string | null;
}

export interface AlifBank {
  /** http://127.0.0.1:<port>, no trailing slash. */
  baseUrl: string;
  /** By orderId. */
  orders: Map<string, AlifOrder>;
  /** Every API call received (not the hosted page). */
  requests: LoggedRequest[];
  /** Every callback attempt, in order, with our server's HTTP status. */
  callbacks: SentCallback[];
  /** Mutable; tests change it (or replace it). */
  policy: CallbackPolicy;
  /**
   * The payer's decision, as the hosted page's buttons do it: sets the status, sends the callback per
   * policy. Resolves once the callbacks are sent (at once when delayMs > 0: they are scheduled).
   * Throws for an unknown order or one that is no longer pending.
   */
  decide(orderId: string, outcome: 'ok' | 'failed'): Promise<void>;
  /** Changes the bank-side status without a callback (e.g. paid but the callback lost). */
  setStatus(orderId: string, status: AlifStatus): void;
  /**
   * Sends one callback now. `options.status` signs a different status consistently (a stale one, for
   * out-of-order); `overrides` replace fields after signing (a forged token, a wrong amount; an
   * undefined value drops the field). Returns our HTTP status; rejects when no answer came.
   */
  sendCallback(orderId: string, overrides?: Partial<Record<string, unknown>>, options?: { status?: AlifStatus }): Promise<number>;
  /** The next `times` (default 1) calls to `path` ('/v2/', '/checktxn', '/cancel/standard') get this raw answer instead. */
  failNext(path: string, answer: { httpStatus: number; body: string }, times?: number): void;
  /** Ends every injected answer still queued (the outage is over). */
  clearFailures(): void;
  /** Resolves when `n` callbacks have been attempted in total (default timeout 5 s). */
  waitForCallbacks(n: number, timeoutMs?: number): Promise<void>;
  /** Clears scheduled callbacks, waits for those in flight, closes the server and its connections. */
  close(): Promise<void>;
}

/** The signing the sheet specifies: secret = HMAC_SHA256(key=terminalId, message=password) hex; token = HMAC_SHA256(key=secret, message=data) hex. */
export function alifToken(terminalId: string, password: string, data: string): string {
  const secret = createHmac('sha256', terminalId).update(password).digest('hex');
  return createHmac('sha256', secret).update(data).digest('hex');
}

const API_PATHS = ['/v2/', '/checktxn', '/cancel/standard'] as const;
const MAX_BODY_BYTES = 64 * 1024;
const CALLBACK_TIMEOUT_MS = 5_000;
const AMOUNT = /^\d+\.\d{2}$/;
const GATE_NAMES: Record<string, string> = { korti_milli: 'Корти Милли', wallet: 'Alif Mobi', vsa: 'Visa', mcr: 'Mastercard' };
const STATUS_NAMES: Record<AlifStatus, string> = {
  pending: 'Ожидает оплаты',
  ok: 'Оплачено',
  failed: 'Оплата отклонена',
  canceled: 'Платёж отменён',
};

interface Terminal {
  terminalId: string;
  password: string;
  gates: string[];
  orders: Map<string, AlifOrder>;
  baseUrl: string;
}

interface Answer {
  httpStatus: number;
  body: unknown;
  refused: string | null;
}

const served = (body: unknown): Answer => ({ httpStatus: 200, body, refused: null });
const refusal = (httpStatus: number, message: string, code = httpStatus): Answer => ({
  httpStatus,
  body: { code, message },
  refused: message,
});

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';
const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const sign = (t: Terminal, data: string) => alifToken(t.terminalId, t.password, data);

function newTransactionId(orders: Map<string, AlifOrder>): string {
  const taken = new Set([...orders.values()].map((o) => o.transactionId));
  for (;;) {
    const id = String(randomInt(100_000_000_000, 999_999_999_999));
    if (!taken.has(id)) return id;
  }
}

function startPayment(t: Terminal, body: Record<string, unknown>, gateHeader: string | undefined): Answer {
  if (body.key !== t.terminalId) return refusal(401, 'unknown terminal key');
  const { order_id: orderId, amount, callback_url: callbackUrl, return_url: returnUrl } = body;
  if (!nonEmpty(orderId)) return refusal(400, 'order_id is required');
  if (typeof amount !== 'string' || !AMOUNT.test(amount) || Number(amount) <= 0)
    return refusal(400, 'amount must be a positive string with two decimals');
  if (!isHttpUrl(callbackUrl)) return refusal(400, 'callback_url must be an absolute http(s) URL');
  if (!isHttpUrl(returnUrl)) return refusal(400, 'return_url must be an absolute http(s) URL');
  for (const name of ['email', 'phone', 'info'])
    if (body[name] !== undefined && body[name] !== null && typeof body[name] !== 'string') return refusal(400, `${name} must be a string`);
  if (body.token !== sign(t, t.terminalId + orderId + amount + callbackUrl)) return refusal(401, 'invalid token');
  if (!gateHeader) return refusal(400, 'gate header is required');
  if (body.gate !== undefined && body.gate !== gateHeader) return refusal(400, 'gate header and body gate differ');
  if (!t.gates.includes(gateHeader)) return refusal(403, `gate ${gateHeader} is not enabled for this terminal`);
  if (t.orders.has(orderId)) return refusal(200, 'order already exists', 208);
  t.orders.set(orderId, {
    orderId,
    transactionId: newTransactionId(t.orders),
    amount,
    gate: gateHeader,
    callbackUrl,
    returnUrl,
    info: optionalText(body.info),
    email: optionalText(body.email),
    phone: optionalText(body.phone),
    status: 'pending',
    createdAt: new Date(),
  });
  return served({ code: 200, message: 'success', url: `${t.baseUrl}/pay/${encodeURIComponent(orderId)}` });
}

/**
 * The fields the bank signs a status with, in the callback and the status check alike. The token is the
 * sheet's callback scheme (the 2018 manual's `orderId + status + transactionId`, no terminal id).
 */
function signedStatus(t: Terminal, order: AlifOrder, status: AlifStatus) {
  return {
    orderId: order.orderId,
    transactionId: order.transactionId,
    status,
    amount: Number(order.amount),
    phone: order.phone,
    token: sign(t, order.orderId + status + order.transactionId),
  };
}

function checkPayment(t: Terminal, body: Record<string, unknown>): Answer {
  if (body.key !== t.terminalId) return refusal(401, 'unknown terminal key');
  // The 2018 manual spells it orderId; both are accepted.
  const orderId = body.order_id ?? body.orderId;
  if (!nonEmpty(orderId)) return refusal(400, 'order_id is required');
  if (body.token !== sign(t, t.terminalId + orderId)) return refusal(401, 'invalid token');
  const order = t.orders.get(orderId);
  return served(order ? signedStatus(t, order, order.status) : { status: 'not found' });
}

function cancelPayment(t: Terminal, body: Record<string, unknown>): Answer {
  if (body.key !== t.terminalId) return refusal(401, 'unknown terminal key');
  const { transaction_id: transactionId, amount } = body;
  if (!nonEmpty(transactionId)) return refusal(400, 'transaction_id is required');
  if (typeof amount !== 'string' || !AMOUNT.test(amount)) return refusal(400, 'amount must be a string with two decimals');
  if (body.token !== sign(t, t.terminalId + transactionId + amount)) return refusal(401, 'invalid token');
  const order = [...t.orders.values()].find((o) => o.transactionId === transactionId);
  if (!order) return refusal(404, 'transaction not found');
  if (order.status !== 'ok') return refusal(400, 'transaction cannot be canceled');
  if (amount !== order.amount) return refusal(400, 'amount does not match the transaction');
  order.status = 'canceled';
  return served({ code: 200, message: 'success', status: 'canceled', transactionId });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(content: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alif — оплата</title>
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f3f5f7;color:#1b1f24}
main{max-width:420px;margin:0 auto;padding:24px 16px}
section{background:#fff;border-radius:12px;padding:20px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:20px;margin:0 0 12px}.amount{font-size:32px;font-weight:700;margin:4px 0 12px}
dl{margin:0}dt{color:#5f6b7a;font-size:14px}dd{margin:0 0 8px;overflow-wrap:anywhere}
button{display:block;width:100%;min-height:48px;font-size:18px;border:0;border-radius:8px;margin-top:12px}
.pay{background:#00a86b;color:#fff}.decline{background:#e4e7eb;color:#1b1f24}a{color:#00734a}
</style>
</head>
<body><main><section>
${content}
</section></main></body>
</html>`;
}

function orderPage(order: AlifOrder): string {
  const details = `<h1>Alif — оплата</h1>
<div class="amount">${escapeHtml(order.amount)} сомони</div>
<dl>
<dt>Заказ</dt><dd>${escapeHtml(order.orderId)}</dd>
${order.info === null ? '' : `<dt>Назначение</dt><dd>${escapeHtml(order.info)}</dd>`}
<dt>Способ оплаты</dt><dd>${escapeHtml(GATE_NAMES[order.gate] ?? order.gate)}</dd>
</dl>`;
  if (order.status !== 'pending')
    return page(`${details}
<p>Статус: <strong>${STATUS_NAMES[order.status]}</strong></p>
<p><a href="${escapeHtml(order.returnUrl)}">Вернуться в магазин</a></p>`);
  return page(`${details}
<form method="post" action="/pay/${escapeHtml(encodeURIComponent(order.orderId))}">
<button class="pay" name="decision" value="ok">Оплатить</button>
<button class="decline" name="decision" value="failed">Отказаться</button>
</form>`);
}

/** The body, or null when it is past MAX_BODY_BYTES (drained, not kept). */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendHtml(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch() reports "fetch failed" and keeps the reason (ECONNREFUSED…) in `cause`.
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** Starts the double on 127.0.0.1 (a free port unless `port` is given). */
export async function startAlifBank(options: { terminalId: string; password: string; gates?: string[]; port?: number }): Promise<AlifBank> {
  const orders = new Map<string, AlifOrder>();
  const requests: LoggedRequest[] = [];
  const callbacks: SentCallback[] = [];
  const injected = new Map<string, { answer: { httpStatus: number; body: string }; left: number }[]>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const inFlight = new Set<Promise<unknown>>();
  const terminal: Terminal = {
    terminalId: options.terminalId,
    password: options.password,
    gates: options.gates ?? ['korti_milli', 'wallet', 'vsa', 'mcr'],
    orders,
    baseUrl: '',
  };

  function findOrder(orderId: string): AlifOrder {
    const order = orders.get(orderId);
    if (!order) throw new Error(`Alif double: no order ${orderId}`);
    return order;
  }

  function callbackBody(order: AlifOrder, status: AlifStatus): Record<string, unknown> {
    // The sheet names `account` without saying what it holds: the wallet's phone, else a masked card.
    const account = order.gate === 'wallet' ? order.phone : `************${order.transactionId.slice(-4)}`;
    return { ...signedStatus(terminal, order, status), account, transaction_type: 'payment' };
  }

  /** One attempt, recorded whatever happens; never rejects. */
  function deliver(order: AlifOrder, body: Record<string, unknown>): Promise<SentCallback> {
    const attempt = (async () => {
      let sent: SentCallback;
      try {
        const res = await fetch(order.callbackUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          redirect: 'manual',
          signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        sent = { orderId: order.orderId, body, status: res.status, error: null };
      } catch (error) {
        sent = { orderId: order.orderId, body, status: null, error: describeError(error) };
      }
      callbacks.push(sent);
      return sent;
    })();
    inFlight.add(attempt);
    void attempt.finally(() => inFlight.delete(attempt));
    return attempt;
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    const raw = await readBody(req);
    const answer = (httpStatus: number, body: unknown, logged: unknown, refused: string | null) => {
      requests.push({ path, body: logged, refused, at: new Date() });
      sendJson(res, httpStatus, body);
    };
    if (raw === null) return answer(413, { code: 413, message: 'payload too large' }, null, 'body too large');
    const text = raw.toString('utf8');
    const json = parseJson(text);
    const logged = json.ok ? json.value : text;
    const next = injected.get(path)?.[0];
    if (next) {
      if (--next.left <= 0) injected.get(path)?.shift();
      requests.push({ path, body: logged, refused: `injected HTTP ${next.answer.httpStatus}`, at: new Date() });
      res.writeHead(next.answer.httpStatus, { 'content-type': parseJson(next.answer.body).ok ? 'application/json' : 'text/plain' });
      return res.end(next.answer.body);
    }
    if (!(API_PATHS as readonly string[]).includes(path)) return answer(404, { code: 404, message: 'not found' }, logged, 'not found');
    if (req.method !== 'POST') return answer(405, { code: 405, message: 'method not allowed' }, logged, 'method not allowed');
    if (!json.ok || typeof json.value !== 'object' || json.value === null || Array.isArray(json.value))
      return answer(400, { code: 400, message: 'bad json' }, logged, 'bad json');
    const body = json.value as Record<string, unknown>;
    const gate = req.headers.gate;
    const result =
      path === '/v2/'
        ? startPayment(terminal, body, Array.isArray(gate) ? gate[0] : gate)
        : path === '/checktxn'
          ? checkPayment(terminal, body)
          : cancelPayment(terminal, body);
    answer(result.httpStatus, result.body, body, result.refused);
  }

  async function handlePage(req: http.IncomingMessage, res: http.ServerResponse, encodedId: string) {
    let order: AlifOrder | undefined;
    try {
      order = orders.get(decodeURIComponent(encodedId));
    } catch {
      order = undefined;
    }
    if (!order) return sendHtml(res, 404, page('<h1>Заказ не найден</h1>'));
    if (req.method === 'GET') return sendHtml(res, 200, orderPage(order));
    if (req.method !== 'POST') return sendHtml(res, 405, page('<h1>Метод не поддерживается</h1>'));
    const raw = await readBody(req);
    if (raw === null) return sendHtml(res, 413, page('<h1>Слишком большой запрос</h1>'));
    const decision = new URLSearchParams(raw.toString('utf8')).get('decision');
    if (decision !== 'ok' && decision !== 'failed') return sendHtml(res, 400, page('<h1>Неизвестное решение</h1>'));
    // A second submit of the same form (back button, double click) changes nothing and goes back too.
    if (order.status === 'pending') await bank.decide(order.orderId, decision);
    res.writeHead(303, { location: order.returnUrl });
    res.end();
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://alif.invalid').pathname;
    const handled = path.startsWith('/pay/') ? handlePage(req, res, path.slice('/pay/'.length)) : handleApi(req, res, path);
    handled.catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      sendJson(res, 500, { code: 500, message: `double failed: ${describeError(error)}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => (server.off('error', reject), resolve()));
  });
  terminal.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed = false;

  const bank: AlifBank = {
    baseUrl: terminal.baseUrl,
    orders,
    requests,
    callbacks,
    policy: { delayMs: 0, copies: 1, lost: false },

    async decide(orderId, outcome) {
      const order = findOrder(orderId);
      if (order.status !== 'pending') throw new Error(`Alif double: order ${orderId} is ${order.status}, not pending`);
      order.status = outcome;
      const { delayMs, copies, lost } = bank.policy;
      if (lost) return;
      const body = callbackBody(order, outcome);
      const sendAll = async () => {
        for (let i = 0; i < copies && !closed; i++) await deliver(order, { ...body });
      };
      if (delayMs <= 0) return sendAll();
      const timer = setTimeout(() => {
        timers.delete(timer);
        const sending = sendAll();
        inFlight.add(sending);
        void sending.finally(() => inFlight.delete(sending));
      }, delayMs);
      timers.add(timer);
    },

    setStatus(orderId, status) {
      findOrder(orderId).status = status;
    },

    async sendCallback(orderId, overrides = {}, callbackOptions = {}) {
      const order = findOrder(orderId);
      const sent = await deliver(order, { ...callbackBody(order, callbackOptions.status ?? order.status), ...overrides });
      if (sent.status === null) throw new Error(`Alif double: callback for ${orderId} got no answer: ${sent.error}`);
      return sent.status;
    },

    failNext(path, answer, times = 1) {
      if (!(API_PATHS as readonly string[]).includes(path))
        throw new Error(`Alif double: failNext on ${path}, not one of ${API_PATHS.join(', ')}`);
      const queue = injected.get(path) ?? [];
      queue.push({ answer, left: times });
      injected.set(path, queue);
    },

    clearFailures() {
      injected.clear();
    },

    async waitForCallbacks(n, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (callbacks.length < n) {
        if (Date.now() > deadline) throw new Error(`Alif double: ${callbacks.length} of ${n} callbacks after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },

    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return bank;
}
