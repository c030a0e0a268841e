import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpSmsSender } from './sms-sender.js';

const received: Array<{ auth: string | undefined; body: unknown }> = [];
let status = 200;
const gateway = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
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
afterAll(() => new Promise<void>((r) => gateway.close(() => r())));

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
});
