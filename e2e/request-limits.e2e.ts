import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { requestLimits } from '@dastiyor/contracts';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, multipartOf, type RawAnswer, sendBytes, sendRaw } from '../apps/api/test/raw-http.js';
import { e2e } from './support/context.js';
import { createAccount, postJson, type TestAccount } from './support/test-accounts.js';

// Requests of every size through the public origin, as a client with no browser sends them (plain HTTP/1.1
// from Node): each refusal is a problem+json with a stable code, never a 5xx, never an empty answer, never
// a reset connection (docs/decisions/012-request-limits-at-the-origin.md).

/** "Within a couple of seconds", with room for a loaded machine: what matters is never Next's 30 s proxy timeout. */
const promptMs = 5000;

const isProblem = (answer: { contentType: string | null }) => /^application\/problem\+json/.test(answer.contentType ?? '');
const codeOf = (answer: { body: string }) => (JSON.parse(answer.body) as { code: string }).code;

/** What an answer was, in one line a failure message can show. */
const shapeOf = (answer: RawAnswer) => `${answer.status ?? answer.error} ${answer.contentType ?? '-'} ${answer.body.slice(0, 60)}`;

describe.runIf(e2e)('request limits through the public origin', () => {
  let customer: TestAccount;
  const asCustomer = () => ({ cookie: `dastiyor_session=${customer.token}` });
  beforeAll(async () => {
    customer = await createAccount({ role: 'customer', name: 'Зарина' });
  });

  it('answers twenty 1.5 MB JSON bodies in a row with 413 payload_too_large problem+json, on one kept connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const body = jsonOf(1.5 * 1024 * 1024);
    try {
      const answers: RawAnswer[] = [];
      for (let i = 0; i < 20; i++) {
        answers.push(
          await sendRaw(e2e!.baseUrl, {
            path: '/api/v1/tasks',
            headers: { 'content-type': 'application/json', ...asCustomer() },
            body,
            agent,
          }),
        );
      }
      expect(answers.map(shapeOf).filter((shape) => !shape.startsWith('413 application/problem+json'))).toEqual([]);
      expect(answers.every((answer) => codeOf(answer) === 'payload_too_large')).toBe(true);
      expect(answers.slice(1).every((answer) => answer.reusedSocket)).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('answers twenty 1.5 MB JSON bodies from a client that closes after each with 413 too, none reset', async () => {
    const body = jsonOf(1.5 * 1024 * 1024);
    const answers: RawAnswer[] = [];
    for (let i = 0; i < 20; i++) {
      answers.push(await sendRaw(e2e!.baseUrl, { path: '/api/v1/tasks', headers: { 'content-type': 'application/json' }, body }));
    }
    expect(answers.map(shapeOf).filter((shape) => !shape.startsWith('413 application/problem+json'))).toEqual([]);
  });

  it('answers an 11 MB photo upload with 413 payload_too_large problem+json within a couple of seconds', async () => {
    const upload = multipartOf(11 * 1024 * 1024);
    for (let i = 0; i < 5; i++) {
      const answer = await sendRaw(e2e!.baseUrl, {
        path: '/api/v1/files',
        headers: { 'content-type': upload.contentType, ...asCustomer() },
        body: upload.body,
      });
      expect(shapeOf(answer)).toMatch(/^413 application\/problem\+json/);
      expect(codeOf(answer)).toBe('payload_too_large');
      expect(answer.ms).toBeLessThan(promptMs);
    }
  });

  it('answers a chunked body (no Content-Length) over the limit with 413, for JSON and for an upload', async () => {
    const json = await sendRaw(e2e!.baseUrl, {
      path: '/api/v1/tasks',
      headers: { 'content-type': 'application/json', ...asCustomer() },
      body: jsonOf(requestLimits.bodyBytes * 2),
      chunked: true,
    });
    expect(shapeOf(json)).toMatch(/^413 application\/problem\+json/);
    expect(codeOf(json)).toBe('payload_too_large');

    const upload = multipartOf(11 * 1024 * 1024);
    const photo = await sendRaw(e2e!.baseUrl, {
      path: '/api/v1/files',
      headers: { 'content-type': upload.contentType, ...asCustomer() },
      body: upload.body,
      chunked: true,
    });
    expect(shapeOf(photo)).toMatch(/^413 application\/problem\+json/);
    expect(codeOf(photo)).toBe('payload_too_large');
  });

  it('answers an overlong URL with 414 uri_too_long problem+json, under Node’s header ceiling and past it', async () => {
    const underCeiling = await sendRaw(e2e!.baseUrl, {
      method: 'GET',
      path: `/api/v1/tasks?q=${'a'.repeat(requestLimits.urlBytes + 100)}`,
    });
    expect(shapeOf(underCeiling)).toMatch(/^414 application\/problem\+json/);
    expect(codeOf(underCeiling)).toBe('uri_too_long');

    const pastCeiling = await sendBytes(e2e!.baseUrl, `GET /api/v1/tasks?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(pastCeiling.status).toBe(414);
    expect(isProblem(pastCeiling)).toBe(true);
    expect(codeOf(pastCeiling)).toBe('uri_too_long');
  });

  it('answers headers past Node’s ceiling with 431 headers_too_large problem+json', async () => {
    const answer = await sendBytes(
      e2e!.baseUrl,
      `GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect(isProblem(answer)).toBe(true);
    expect(codeOf(answer)).toBe('headers_too_large');
  });

  it('answers what Next cannot represent as problem+json, never its text/plain 500: TRACE, WebDAV, broken escapes', async () => {
    for (const path of ['/api/v1/categories', '/']) {
      for (const method of ['TRACE', 'PROPFIND']) {
        const answer = await sendRaw(e2e!.baseUrl, { method, path });
        expect(shapeOf(answer)).toMatch(/^405 application\/problem\+json/);
        expect(codeOf(answer)).toBe('method_not_allowed');
      }
    }
    for (const path of ['/api/v1/tasks/%E0%A4%A', '/tasks/%zz']) {
      const answer = await sendRaw(e2e!.baseUrl, { method: 'GET', path });
      expect(shapeOf(answer)).toMatch(/^400 application\/problem\+json/);
      expect(codeOf(answer)).toBe('bad_request');
    }
  });

  it('still passes an ordinary request and its cookies through', async () => {
    const me = await fetch(`${e2e!.baseUrl}/api/v1/me`, { headers: asCustomer() });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { name: string }).name).toBe('Зарина');
    const categories = await fetch(`${e2e!.baseUrl}/api/v1/categories`);
    expect(categories.headers.get('cache-control')).toContain('max-age');
  });

  it('still logs in: the session cookie the API sets reaches the client whole', async () => {
    const login = await postJson('/api/v1/auth/login', { login: customer.email, password: customer.password });
    expect(login.status).toBe(200);
    const session = login.headers.getSetCookie().find((cookie) => cookie.startsWith('dastiyor_session='));
    expect(session).toMatch(/HttpOnly/i);
    const token = /^dastiyor_session=([^;]+)/.exec(session!)![1];
    const me = await fetch(`${e2e!.baseUrl}/api/v1/me`, { headers: { cookie: `dastiyor_session=${token}` } });
    expect(me.status).toBe(200);
  });

  it('still takes a photo upload and serves it back', async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 15, g: 118, b: 110 } } })
      .jpeg({ quality: 85 })
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    const uploaded = await fetch(`${e2e!.baseUrl}/api/v1/files`, { method: 'POST', headers: asCustomer(), body: form });
    expect(uploaded.status).toBe(201);
    const image = (await uploaded.json()) as { id: string; medium: string; width: number };
    expect(image.width).toBe(800);
    const served = await fetch(new URL(image.medium, e2e!.baseUrl), { headers: asCustomer() });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});

/**
 * The built origin (`next start`, as the launcher runs it) in front of a stand-in API this file controls, so
 * the API can break and go away without touching the product the other journeys share.
 */
describe.runIf(e2e)('the public origin while the API cannot answer', () => {
  const root = path.resolve(import.meta.dirname, '..');
  let standIn: http.Server;
  let origin: ChildProcess;
  let baseUrl: string;
  const output: string[] = [];

  const listen = (server: http.Server) =>
    new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

  beforeAll(async () => {
    standIn = http.createServer((req, res) => {
      if (req.url?.startsWith('/api/v1/reset')) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    const apiPort = await listen(standIn);
    // A free port for the origin: taken, then given back just before Next takes it.
    const probe = http.createServer();
    const port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));
    baseUrl = `http://127.0.0.1:${port}`;
    origin = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: path.join(root, 'apps/web'),
      env: { ...process.env, NODE_ENV: 'production', API_INTERNAL_URL: `http://127.0.0.1:${apiPort}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    origin.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    // Polled, as global setup waits for the product: expect.poll is for tests, not hooks.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (origin.exitCode !== null) throw new Error(`next start exited with ${origin.exitCode}:\n${output.join('')}`);
      const status = await fetch(`${baseUrl}/api/v1/health`).then(
        (answer) => answer.status,
        () => null,
      );
      if (status === 200) break;
      if (Date.now() > deadline) throw new Error(`the origin did not answer within a minute:\n${output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  afterAll(async () => {
    if (origin && origin.exitCode === null) {
      const exited = new Promise((resolve) => origin.once('exit', resolve));
      origin.kill('SIGTERM');
      await exited;
    }
    if (standIn.listening) await new Promise((resolve) => standIn.close(resolve));
  });

  it('answers 502 bad_gateway problem+json when the API drops the connection before answering', async () => {
    const answer = await sendRaw(baseUrl, {
      path: '/api/v1/reset',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{}'),
    });
    expect(shapeOf(answer)).toMatch(/^502 application\/problem\+json/);
    expect(codeOf(answer)).toBe('bad_gateway');
  });

  it('answers 503 service_unavailable problem+json with Retry-After, at once, while nothing listens at the API address', async () => {
    await new Promise((resolve) => standIn.close(resolve));
    for (const request of [
      { method: 'GET', path: '/api/v1/categories' },
      { path: '/api/v1/tasks', headers: { 'content-type': 'application/json' }, body: jsonOf(10 * 1024) },
    ]) {
      const answer = await sendRaw(baseUrl, request);
      expect(shapeOf(answer)).toMatch(/^503 application\/problem\+json/);
      expect(codeOf(answer)).toBe('service_unavailable');
      expect(answer.ms).toBeLessThan(promptMs);
    }
    const withHeaders = await fetch(`${baseUrl}/api/v1/categories`);
    expect(withHeaders.headers.get('retry-after')).toBe('2');
    expect(output.join('')).toContain('no answer from the API');
  });
});
