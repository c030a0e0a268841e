import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestLimits } from '@dastiyor/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { forwardToApi } from '../src/lib/origin/forward-to-api';

// The origin's proxy against a stand-in API on loopback: each route behaves as the real one can.
let api: http.Server;
let apiOrigin: string;
const received: Record<string, number> = {};
const agent = new http.Agent({ keepAlive: true });

beforeAll(async () => {
  api = http.createServer((req, res) => {
    const path = req.url ?? '';
    if (path.startsWith('/api/v1/silent')) return; // never answers
    if (path.startsWith('/api/v1/reset')) return void req.socket.destroy();
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      received[path] = bytes;
      res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
      res.setHeader('keep-alive', 'timeout=72');
      res.setHeader('content-type', 'application/json');
      res.writeHead(201).end(
        JSON.stringify({
          bytes,
          forwardedHost: req.headers['x-forwarded-host'] ?? null,
          host: req.headers.host,
          hop: req.headers['x-hop'] ?? null,
          forwardedFor: req.headers['x-forwarded-for'] ?? null,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(async () => {
  agent.destroy();
  await new Promise((resolve) => api.close(resolve));
});

const options = (overrides: Partial<Parameters<typeof forwardToApi>[1]> = {}) => ({ apiOrigin, idleTimeoutMs: 5000, agent, ...overrides });

/** A request as Next hands it to the route: headers as the client sent them, the body as a stream. */
function incoming(path: string, body: Buffer | null, headers: Record<string, string> = {}, chunked = false, signal?: AbortSignal): Request {
  const stream =
    body &&
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < body.length; at += 64 * 1024) controller.enqueue(body.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
  return new Request(`http://localhost:3000${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { host: 'localhost:3000', ...(body && !chunked ? { 'content-length': String(body.length) } : {}), ...headers },
    body: stream,
    duplex: 'half',
    signal,
  } as RequestInit);
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { status: number; code: string; instance: string };
}

describe('forwardToApi', () => {
  it('should pass the answer through with every cookie and without hop-by-hop headers', async () => {
    const response = await forwardToApi(
      // The visitor address hook has already replaced X-Forwarded-For by then (decision 009): it goes on as it is.
      incoming('/api/v1/echo?x=1', Buffer.from('{"a":1}'), { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' }),
      options(),
    );
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(response.headers.get('keep-alive')).toBeNull();
    expect(await response.json()).toEqual({
      bytes: 7,
      forwardedHost: 'localhost:3000',
      host: new URL(apiOrigin).host,
      hop: null,
      forwardedFor: '203.0.113.7',
    });
  });

  it('should drop the headers the client names in Connection, and a Content-Length whose body Next did not hand over', async () => {
    // A GET that declares a body: Next gives the route none, so the API must not be told to wait for five bytes.
    const request = new Request('http://localhost:3000/api/v1/declares-a-body', {
      headers: { host: 'localhost:3000', connection: 'x-hop', 'x-hop': 'only for the first hop', 'content-length': '5' },
    });
    const response = await forwardToApi(request, options({ idleTimeoutMs: 1000 }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ bytes: 0, hop: null });
  });

  // Before the failure cases below: the origin logs the first failure of an outage only.
  it('should let a request go without calling the API down when the client leaves before the answer', async () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      const client = new AbortController();
      const pending = forwardToApi(incoming('/api/v1/silent', null, {}, false, client.signal), options());
      setTimeout(() => client.abort(), 50);
      await pending;
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('should refuse a body declared over 1 MB with 413 problem+json before the API sees a byte', async () => {
    const body = Buffer.alloc(requestLimits.bodyBytes + 1, 0x61);
    const response = await forwardToApi(incoming('/api/v1/declared', body, { 'content-type': 'application/json' }), options());
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ status: 413, code: 'payload_too_large', instance: '/api/v1/declared' });
    expect(response.headers.get('connection')).toBeNull();
    expect(received['/api/v1/declared']).toBeUndefined();
  });

  it('should close the connection behind the 413 of a client that sends past the drain allowance', async () => {
    const body = Buffer.alloc(requestLimits.drainBytes + 1024 * 1024, 0x61);
    const response = await forwardToApi(incoming('/api/v1/flood', body, { 'content-type': 'application/json' }, true), options());
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
  });

  it('should let a multipart upload take up to the upload limit and refuse one over it', async () => {
    const fits = Buffer.alloc(requestLimits.bodyBytes * 3, 0x61);
    const multipart = { 'content-type': 'multipart/form-data; boundary=x' };
    expect((await forwardToApi(incoming('/api/v1/files', fits, multipart), options())).status).toBe(201);
    const over = Buffer.alloc(requestLimits.uploadBodyBytes + 1, 0x61);
    expect((await forwardToApi(incoming('/api/v1/files-over', over, multipart), options())).status).toBe(413);
    expect(received['/api/v1/files-over']).toBeUndefined();
  });

  it('should count a chunked body and answer 413 once it passes the limit, having sent the API no more than that', async () => {
    const body = Buffer.alloc(requestLimits.bodyBytes * 2, 0x61);
    const response = await forwardToApi(incoming('/api/v1/chunked', body, { 'content-type': 'application/json' }, true), options());
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe('payload_too_large');
    expect(received['/api/v1/chunked'] ?? 0).toBeLessThanOrEqual(requestLimits.bodyBytes);
  });

  it('should answer 503 service_unavailable with Retry-After while nothing listens at the API address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const response = await forwardToApi(incoming('/api/v1/categories', null), options({ apiOrigin: `http://127.0.0.1:${port}` }));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect((await problemOf(response)).code).toBe('service_unavailable');
  });

  it('should answer 502 bad_gateway when the API drops the connection before answering', async () => {
    const response = await forwardToApi(incoming('/api/v1/reset', Buffer.from('{}'), { 'content-type': 'application/json' }), options());
    expect(response.status).toBe(502);
    expect((await problemOf(response)).code).toBe('bad_gateway');
  });

  it('should answer 504 gateway_timeout when the API stays silent past the idle timeout', async () => {
    const started = Date.now();
    const response = await forwardToApi(incoming('/api/v1/silent', null), options({ idleTimeoutMs: 200 }));
    expect(response.status).toBe(504);
    expect((await problemOf(response)).code).toBe('gateway_timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
