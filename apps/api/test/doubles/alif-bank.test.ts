import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AlifBank, alifToken, startAlifBank } from './alif-bank.js';

// The double over real HTTP, with every signature computed here from the sheet
// (../shared/payments-alif.md) rather than by the double's own alifToken.

const TERMINAL = 'T-100';
const PASSWORD = 'secret-pass';
const RETURN_URL = 'https://dastiyor.example/payments/return';

function token(data: string): string {
  const secret = createHmac('sha256', TERMINAL).update(PASSWORD).digest('hex');
  return createHmac('sha256', secret).update(data).digest('hex');
}

interface Received {
  body: Record<string, unknown>;
  contentType: string | undefined;
  at: number;
}

/** Our server's side of the callback: records each POST, answers `status` with "OK". */
async function startReceiver() {
  const received: Received[] = [];
  const state = { status: 200 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), contentType: req.headers['content-type'], at: Date.now() });
      res.writeHead(state.status, { 'content-type': 'text/plain' });
      res.end('OK');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/payments/alif/callback`,
    received,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let bank: AlifBank;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeEach(async () => {
  bank = await startAlifBank({ terminalId: TERMINAL, password: PASSWORD });
  receiver = await startReceiver();
});

afterEach(async () => {
  await bank.close();
  await receiver.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${bank.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, text };
}

function startBody(orderId: string, amount = '150.00', extra: Record<string, unknown> = {}) {
  return {
    key: TERMINAL,
    token: token(TERMINAL + orderId + amount + receiver.url),
    order_id: orderId,
    amount,
    callback_url: receiver.url,
    return_url: RETURN_URL,
    info: 'Подписка «Мастер», 1 месяц',
    phone: '992900000001',
    ...extra,
  };
}

async function start(orderId: string, amount = '150.00', gate = 'korti_milli') {
  const answer = await post('/v2/', startBody(orderId, amount), { gate });
  expect(answer.json).toMatchObject({ code: 200 });
  return bank.orders.get(orderId)!;
}

const check = (orderId: string) => post('/checktxn', { key: TERMINAL, order_id: orderId, token: token(TERMINAL + orderId) });
const cancel = (transactionId: string, amount: string) =>
  post('/cancel/standard', { key: TERMINAL, transaction_id: transactionId, amount, token: token(TERMINAL + transactionId + amount) });

describe('signing', () => {
  it('should match HMAC-SHA256 computed independently (openssl)', () => {
    // printf 'secret-pass' | openssl dgst -sha256 -hmac T-100, then the data with that hex as key.
    expect(alifToken(TERMINAL, PASSWORD, 'T-100order-1150.00http://cb')).toBe(
      'eee7f853dfea9ee152ff4187b2390983355839ed0f26713529dd0cb62e682da1',
    );
  });
});

describe('POST /v2/ (start a payment)', () => {
  it('should accept a correctly signed payment and store it pending', async () => {
    const answer = await post('/v2/', startBody('order/1'), { gate: 'korti_milli' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ code: 200, message: 'success', url: `${bank.baseUrl}/pay/order%2F1` });
    const order = bank.orders.get('order/1');
    expect(order).toMatchObject({ amount: '150.00', gate: 'korti_milli', status: 'pending', callbackUrl: receiver.url, email: null });
    expect(order?.transactionId).toMatch(/^\d+$/);
    expect(bank.requests).toEqual([expect.objectContaining({ path: '/v2/', refused: null })]);
  });

  it('should refuse a bad token with 401 in the bank shape', async () => {
    const answer = await post('/v2/', { ...startBody('o-1'), token: token(TERMINAL + 'o-1' + '150.00') }, { gate: 'korti_milli' });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ code: 401, message: 'invalid token' });
    expect(bank.orders.size).toBe(0);
    expect(bank.requests[0]?.refused).toBe('invalid token');
  });

  it('should refuse a wrong key with 401', async () => {
    const answer = await post('/v2/', { ...startBody('o-1'), key: 'T-999' }, { gate: 'korti_milli' });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ code: 401 });
  });

  it('should refuse a gate the terminal has not enabled with 403', async () => {
    const answer = await post('/v2/', startBody('o-1'), { gate: 'salom' });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ code: 403 });
  });

  it('should refuse a missing gate header, and a body gate that differs from it, with 400', async () => {
    expect((await post('/v2/', startBody('o-1'))).json).toMatchObject({ code: 400 });
    expect((await post('/v2/', startBody('o-1', '150.00', { gate: 'wallet' }), { gate: 'korti_milli' })).json).toMatchObject({ code: 400 });
    expect((await post('/v2/', startBody('o-1', '150.00', { gate: 'wallet' }), { gate: 'wallet' })).json).toMatchObject({ code: 200 });
  });

  it('should answer a repeated order_id with code 208 and keep the first order', async () => {
    const first = await start('o-1');
    const answer = await post('/v2/', startBody('o-1', '99.00'), { gate: 'korti_milli' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ code: 208, message: 'order already exists' });
    expect(bank.orders.get('o-1')).toBe(first);
    expect(first.amount).toBe('150.00');
  });

  it.each(['150', '150.0', '0.00', '-1.00', '1,50'])('should refuse the amount %s with 400', async (amount) => {
    const answer = await post('/v2/', startBody('o-1', amount), { gate: 'korti_milli' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 400 });
  });

  it('should refuse a numeric amount, a relative callback_url and a missing order_id with 400', async () => {
    const numeric = { ...startBody('o-1'), amount: 150 };
    const relative = {
      ...startBody('o-1'),
      callback_url: '/payments/alif/callback',
      token: token(TERMINAL + 'o-1150.00/payments/alif/callback'),
    };
    const noOrder = { ...startBody(''), order_id: undefined };
    for (const body of [numeric, relative, noOrder]) expect((await post('/v2/', body, { gate: 'korti_milli' })).status).toBe(400);
  });

  it('should answer a body that is not JSON with 400 bad json, and one past 64 KB with 413', async () => {
    const bad = await post('/v2/', '{not json', { gate: 'korti_milli' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ code: 400, message: 'bad json' });
    const big = await post('/v2/', { ...startBody('o-1'), info: 'x'.repeat(70 * 1024) }, { gate: 'korti_milli' });
    expect(big.status).toBe(413);
    expect(bank.requests.map((r) => r.refused)).toEqual(['bad json', 'body too large']);
  });
});

describe('POST /checktxn (check a payment)', () => {
  it('should report a pending, then paid, order signed as the sheet says', async () => {
    const order = await start('o-1', '150.50');
    expect((await check('o-1')).json).toEqual({
      orderId: 'o-1',
      transactionId: order.transactionId,
      status: 'pending',
      amount: 150.5,
      phone: '992900000001',
      token: token('o-1' + 'pending' + order.transactionId),
    });
    bank.setStatus('o-1', 'ok');
    const paid = await check('o-1');
    expect(paid.json).toMatchObject({ status: 'ok', token: token('o-1' + 'ok' + order.transactionId) });
    expect(receiver.received).toHaveLength(0);
  });

  it('should accept the 2018 spelling orderId', async () => {
    await start('o-1');
    const answer = await post('/checktxn', { key: TERMINAL, orderId: 'o-1', token: token(TERMINAL + 'o-1') });
    expect(answer.json).toMatchObject({ orderId: 'o-1', status: 'pending' });
  });

  it('should answer not found for an unknown order', async () => {
    const answer = await check('nobody');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status: 'not found' });
  });

  it('should refuse a bad token with 401', async () => {
    await start('o-1');
    const answer = await post('/checktxn', { key: TERMINAL, order_id: 'o-1', token: token('o-1') });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ code: 401 });
  });
});

describe('POST /cancel/standard (cancel / refund)', () => {
  it('should cancel a paid order without a callback', async () => {
    const order = await start('o-1');
    bank.setStatus('o-1', 'ok');
    const answer = await cancel(order.transactionId, '150.00');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ code: 200, message: 'success', status: 'canceled', transactionId: order.transactionId });
    expect(order.status).toBe('canceled');
    expect(bank.callbacks).toHaveLength(0);
    expect((await check('o-1')).json).toMatchObject({ status: 'canceled' });
  });

  it('should refuse an order that is not paid, a wrong amount, an unknown transaction and a bad token', async () => {
    const order = await start('o-1');
    expect(await cancel(order.transactionId, '150.00')).toMatchObject({
      status: 400,
      json: { code: 400, message: 'transaction cannot be canceled' },
    });
    bank.setStatus('o-1', 'ok');
    expect(await cancel(order.transactionId, '100.00')).toMatchObject({ status: 400, json: { code: 400 } });
    expect(await cancel('123', '150.00')).toMatchObject({ status: 404, json: { code: 404 } });
    const forged = await post('/cancel/standard', {
      key: TERMINAL,
      transaction_id: order.transactionId,
      amount: '150.00',
      token: 'f'.repeat(64),
    });
    expect(forged).toMatchObject({ status: 401, json: { code: 401 } });
    expect(order.status).toBe('ok');
  });
});

describe('the hosted page', () => {
  it('should show the amount, what is paid for, the gate and the two buttons', async () => {
    await start('o-1', '150.00', 'wallet');
    const res = await fetch(`${bank.baseUrl}/pay/o-1`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('150.00 сомони');
    expect(html).toContain('Подписка «Мастер», 1 месяц');
    expect(html).toContain('Alif Mobi');
    expect(html).toMatch(/<form method="post"/);
    expect(html).toContain('<button class="pay" name="decision" value="ok">Оплатить</button>');
    expect(html).toContain('<button class="decline" name="decision" value="failed">Отказаться</button>');
    expect(bank.requests).toHaveLength(1);
  });

  it('should answer 404 for an unknown order', async () => {
    expect((await fetch(`${bank.baseUrl}/pay/nobody`)).status).toBe(404);
  });

  it('should redirect 303 to return_url and send a callback signed as the sheet says', async () => {
    const order = await start('o-1');
    const res = await fetch(`${bank.baseUrl}/pay/o-1`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=ok',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(RETURN_URL);
    await bank.waitForCallbacks(1);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.contentType).toBe('application/json');
    expect(receiver.received[0]?.body).toEqual({
      orderId: 'o-1',
      transactionId: order.transactionId,
      status: 'ok',
      token: token('o-1' + 'ok' + order.transactionId),
      amount: 150,
      phone: '992900000001',
      account: expect.any(String),
      transaction_type: 'payment',
    });
    expect(bank.callbacks).toEqual([expect.objectContaining({ orderId: 'o-1', status: 200, error: null })]);
    const after = await (await fetch(`${bank.baseUrl}/pay/o-1`)).text();
    expect(after).toContain('Оплачено');
    expect(after).toContain(`href="${RETURN_URL}"`);
    expect(after).not.toContain('<button');
  });

  it('should record a refusal by the payer as failed', async () => {
    await start('o-1');
    await fetch(`${bank.baseUrl}/pay/o-1`, { method: 'POST', body: new URLSearchParams({ decision: 'failed' }), redirect: 'manual' });
    await bank.waitForCallbacks(1);
    expect(receiver.received[0]?.body).toMatchObject({ status: 'failed' });
    expect(bank.orders.get('o-1')?.status).toBe('failed');
  });
});

describe('callback policy', () => {
  it('should send the same callback twice when copies is 2', async () => {
    await start('o-1');
    bank.policy.copies = 2;
    await bank.decide('o-1', 'ok');
    await bank.waitForCallbacks(2);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.body).toEqual(receiver.received[0]?.body);
  });

  it('should send nothing when the callback is lost, while the status check says paid', async () => {
    await start('o-1');
    bank.policy.lost = true;
    await bank.decide('o-1', 'ok');
    expect((await check('o-1')).json).toMatchObject({ status: 'ok' });
    // A later callback for another order arrives alone: nothing of o-1 was queued behind it.
    await start('o-2');
    bank.policy.lost = false;
    await bank.decide('o-2', 'ok');
    await bank.waitForCallbacks(1);
    expect(receiver.received.map((r) => r.body.orderId)).toEqual(['o-2']);
  });

  it('should send the callback only after delayMs', async () => {
    await start('o-1');
    bank.policy.delayMs = 300;
    const decided = Date.now();
    await bank.decide('o-1', 'ok');
    expect(bank.callbacks).toHaveLength(0);
    await bank.waitForCallbacks(1);
    expect(receiver.received[0]!.at - decided).toBeGreaterThanOrEqual(295);
  });

  it('should record a callback target that does not answer, without failing', async () => {
    const gone = await startReceiver();
    await gone.close();
    const orderId = 'o-1';
    const body = { ...startBody(orderId), callback_url: gone.url, token: token(TERMINAL + orderId + '150.00' + gone.url) };
    expect((await post('/v2/', body, { gate: 'korti_milli' })).json).toMatchObject({ code: 200 });
    await bank.decide(orderId, 'ok');
    expect(bank.callbacks).toEqual([expect.objectContaining({ status: null, error: expect.stringContaining('ECONNREFUSED') })]);
    await expect(bank.sendCallback(orderId)).rejects.toThrow(/no answer/);
  });
});

describe('sendCallback', () => {
  it('should send overrides over the signed fields and return our HTTP status', async () => {
    await start('o-1');
    bank.setStatus('o-1', 'ok');
    receiver.state.status = 400;
    expect(await bank.sendCallback('o-1', { token: 'forged', amount: 1 })).toBe(400);
    expect(receiver.received[0]?.body).toMatchObject({ status: 'ok', token: 'forged', amount: 1 });
    expect(bank.callbacks[0]).toMatchObject({ status: 400 });
  });

  it('should sign a stale status consistently for out-of-order delivery', async () => {
    const order = await start('o-1');
    bank.setStatus('o-1', 'ok');
    expect(await bank.sendCallback('o-1', {}, { status: 'pending' })).toBe(200);
    expect(receiver.received[0]?.body).toMatchObject({
      status: 'pending',
      token: token('o-1' + 'pending' + order.transactionId),
    });
    expect(order.status).toBe('ok');
  });
});

describe('failNext', () => {
  it('should give the injected raw answer the given number of times, then serve again', async () => {
    await start('o-1');
    bank.failNext('/checktxn', { httpStatus: 502, body: '<html>Bad Gateway</html>' }, 2);
    expect(await check('o-1')).toMatchObject({ status: 502, text: '<html>Bad Gateway</html>' });
    expect(await check('o-1')).toMatchObject({ status: 502 });
    expect(await check('o-1')).toMatchObject({ status: 200, json: { status: 'pending' } });
    expect(bank.requests.slice(1).map((r) => r.refused)).toEqual(['injected HTTP 502', 'injected HTTP 502', null]);
  });

  it('should not store an order while /v2/ is failing', async () => {
    bank.failNext('/v2/', { httpStatus: 500, body: '{"code":500,"message":"internal"}' });
    const answer = await post('/v2/', startBody('o-1'), { gate: 'korti_milli' });
    expect(answer).toMatchObject({ status: 500, json: { code: 500 } });
    expect(bank.orders.size).toBe(0);
  });

  it('should refuse a path the bank does not have', () => {
    expect(() => bank.failNext('/v2', { httpStatus: 500, body: '' })).toThrow(/not one of/);
  });
});
