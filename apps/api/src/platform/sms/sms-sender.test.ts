import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../delivery/delivery-error.js';
import { createHttpSmsSender } from './sms-sender.js';

const received: Array<{ auth: string | undefined; body: unknown }> = [];
let status = 200;
let hang = false;
const gateway = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    if (hang) return; // never answers
    received.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
    res.statusCode = status;
    res.end('{}');
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
});
afterAll(() => {
  gateway.closeAllConnections();
  return new Promise<void>((r) => gateway.close(() => r()));
});

describe('HTTP SMS gateway adapter', () => {
  it('posts the message with the bearer token and sender name', async () => {
    await createHttpSmsSender({ url, token: 'tok', sender: 'Dastiyor' }).send({ to: '+992901234567', text: 'Код: 123456' });
    expect(received.at(-1)).toEqual({ auth: 'Bearer tok', body: { to: '+992901234567', text: 'Код: 123456', sender: 'Dastiyor' } });
  });

  it('fails when the gateway refuses, so the job retries', async () => {
    status = 503;
    await expect(createHttpSmsSender({ url, token: null, sender: 'Dastiyor' }).send({ to: '+992901234567', text: 'x' })).rejects.toThrow(
      /503/,
    );
    status = 200;
  });

  it('fails with a DeliveryError within its budget when the gateway never answers', async () => {
    hang = true;
    const started = Date.now();
    const error = await createHttpSmsSender({ url, token: null, sender: 'Dastiyor', timeoutMs: 300 })
      .send({ to: '+992901234567', text: 'x' })
      .catch((e: unknown) => e);
    hang = false;
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).reason).toBe('no answer within 300 ms');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('fails with a DeliveryError when nothing listens at the gateway address', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const error = await createHttpSmsSender({ url: `http://127.0.0.1:${port}/send`, token: null, sender: 'Dastiyor' })
      .send({ to: '+992901234567', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).reason).toMatch(/ECONNREFUSED/);
  });
});
