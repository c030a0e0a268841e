import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { requestLimits } from '@dastiyor/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { jsonOf, multipartOf, sendBytes, sendRaw } from '../../../test/raw-http.js';
import { useTestApp } from '../../../test/use-test-app.js';

// A real listening server: what matters here is what happens on the connection (reset or kept), which
// inject() does not have.
let base: string;
let customer: string;

const t = useTestApp();
beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  customer = (await signUp(t.app, t.db, { role: 'customer' })).cookie;
});

const isProblem = (contentType: string | null) => /^application\/problem\+json/.test(contentType ?? '');
const overLimitJson = () => jsonOf(requestLimits.bodyBytes + 512 * 1024);

describe('bodies over the limit', () => {
  it('should answer every JSON body over 1 MB with 413 problem+json and keep the connection for the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const answers = [];
      for (let i = 0; i < 20; i++) {
        answers.push(
          await sendRaw(base, {
            path: '/api/v1/tasks',
            headers: { 'content-type': 'application/json', cookie: customer },
            body: overLimitJson(),
            agent,
          }),
        );
      }
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 413, error: null });
        expect(answer.connection).not.toBe('close');
        expect(isProblem(answer.contentType)).toBe(true);
        expect(JSON.parse(answer.body)).toMatchObject({ status: 413, code: 'payload_too_large' });
      }
      // Drained, not reset: the one socket carried all twenty.
      expect(answers.slice(1).every((answer) => answer.reusedSocket)).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('should answer a refused body only once it is all in, so a client that asked to close is not reset mid-send', async () => {
    // Sent slowly, so the client is still writing when the refusal is decided; answering then and closing
    // would reset the connection under a client that reads only after sending (as Next's proxy did).
    const piece = Buffer.alloc(64 * 1024, 0x61);
    const pieces = 24;
    const url = new URL(base);
    const outcome = await new Promise<{ status: number | null; error: string | null; answeredAt: number; sentAt: number }>((resolve) => {
      const result = { status: null as number | null, error: null as string | null, answeredAt: 0, sentAt: 0 };
      const req = http.request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/v1/tasks',
        headers: { 'content-type': 'application/json', 'content-length': String(piece.length * pieces), connection: 'close' },
        agent: false,
      });
      req.on('response', (res) => {
        result.status = res.statusCode ?? null;
        result.answeredAt = Date.now();
        res.resume().on('end', () => resolve(result));
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ ...result, error: error.code ?? error.message }));
      let sent = 0;
      const timer = setInterval(() => {
        req.write(piece);
        if (++sent < pieces) return;
        clearInterval(timer);
        result.sentAt = Date.now();
        req.end();
      }, 20);
    });
    expect(outcome).toMatchObject({ status: 413, error: null });
    expect(outcome.answeredAt).toBeGreaterThanOrEqual(outcome.sentAt);
  });

  it('should answer a chunked JSON body (no Content-Length) over the limit with 413 and keep the connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const send = () =>
        sendRaw(base, {
          path: '/api/v1/tasks',
          headers: { 'content-type': 'application/json', cookie: customer },
          body: overLimitJson(),
          chunked: true,
          agent,
        });
      const [first, second] = [await send(), await send()];
      expect(first).toMatchObject({ status: 413, error: null });
      expect(JSON.parse(first.body).code).toBe('payload_too_large');
      expect(second).toMatchObject({ status: 413, error: null, reusedSocket: true });
    } finally {
      agent.destroy();
    }
  });

  it('should answer an upload over 10 MB with 413 problem+json at once, declared or chunked', async () => {
    const upload = multipartOf(11 * 1024 * 1024);
    for (const chunked of [false, true]) {
      const answer = await sendRaw(base, {
        path: '/api/v1/files',
        headers: { 'content-type': upload.contentType, cookie: customer },
        body: upload.body,
        chunked,
      });
      expect(answer).toMatchObject({ status: 413, error: null });
      expect(isProblem(answer.contentType)).toBe(true);
      expect(JSON.parse(answer.body).code).toBe('payload_too_large');
    }
  });

  it('should close the connection of a client that keeps sending far past the limit, yet let it read the 413 first', async () => {
    // A raw client that sends without reading for its first second, as a busy proxy does: closing at once
    // made the kernel reset the connection and throw the unread 413 away (EPIPE and nothing to read).
    const total = requestLimits.drainBytes + 64 * 1024 * 1024;
    const outcome = await new Promise<{ answer: string; written: number }>((resolve) => {
      const socket = net.connect(Number(new URL(base).port), '127.0.0.1');
      let answer = '';
      let written = 0;
      socket.pause();
      socket.on('error', () => {});
      socket.on('close', () => resolve({ answer, written }));
      socket.write(`POST /api/v1/tasks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${total}\r\n\r\n`);
      const piece = Buffer.alloc(256 * 1024, 0x61);
      const pump = () => {
        while (written < total) {
          written += piece.length;
          if (!socket.write(piece)) return void socket.once('drain', pump);
        }
      };
      pump();
      setTimeout(() => socket.on('data', (chunk: Buffer) => void (answer += chunk.toString('latin1'))).resume(), 1000);
    });
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.answer).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    expect(outcome.answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(outcome.written).toBeLessThan(total);
  });
});

describe('URLs and headers over the limit', () => {
  it('should answer a path segment over the router limit with 414 uri_too_long problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${'a'.repeat(200)}` });
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 414, code: 'uri_too_long' });
  });

  it('should answer a URL over 8 KB with 414 uri_too_long problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks?q=${'a'.repeat(requestLimits.urlBytes)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toMatchObject({ code: 'uri_too_long' });
    const fits = await t.app.inject({ method: 'GET', url: `/api/v1/tasks?q=${'a'.repeat(100)}` });
    expect(fits.statusCode).toBe(200);
  });

  it('should answer a malformed percent-escape in the path with 400 bad_request problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tasks/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad_request' });
  });

  it('should answer headers past Node’s ceiling with 431 and a request line past it with 414, both problem+json', async () => {
    const headers = await sendBytes(base, `GET /api/v1/categories HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(headers.status).toBe(431);
    expect(isProblem(headers.contentType)).toBe(true);
    expect(JSON.parse(headers.body)).toMatchObject({ status: 431, code: 'headers_too_large' });

    const url = await sendBytes(base, `GET /api/v1/tasks?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(url.status).toBe(414);
    expect(JSON.parse(url.body)).toMatchObject({ status: 414, code: 'uri_too_long' });
  });

  it('should answer bytes that are not HTTP with 400 bad_request problem+json', async () => {
    const answer = await sendBytes(base, 'HELLO THERE\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'bad_request' });
  });
});
