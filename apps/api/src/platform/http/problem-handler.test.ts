import { requestLimits } from '@dastiyor/contracts';
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../delivery/delivery-error.js';
import { databasePortOf, isDatabaseDown } from './problem-handler.js';
import { buildTestApp } from '../../../test/test-app.js';
import { useTestApp } from '../../../test/use-test-app.js';

const t = useTestApp({
  extend: (app) => {
    app.post('/api/v1/test/echo', async (request) => ({ got: request.body }));
    app.get('/api/v1/test/boom', async () => {
      throw new Error('secret internals: password=hunter2');
    });
  },
});

describe('problem+json errors', () => {
  it('answers an unknown route with 404 not_found', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', instance: '/api/v1/nothing-here' });
  });

  it('answers a malformed JSON body with 400 validation.failed, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'body', code: 'invalid_json' }] });
  });

  it('answers a wrongly typed query value with per-field errors', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=abc&urgency=soon' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.limit', 'query.urgency']);
  });

  it('answers an oversized body with 413 payload_too_large', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ x: 'a'.repeat(requestLimits.bodyBytes + 10) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('hides internals of an unexpected error behind a 500 internal', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/test/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal', status: 500 });
    expect(res.body).not.toContain('hunter2');
  });

  it('refuses a mutating request from a foreign Origin with 403', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { origin: 'https://evil.example' },
      payload: { a: 1 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { origin: t.config.publicUrl },
      payload: { a: 1 },
    });
    expect(own.statusCode).toBe(200);
  });

  it('returns a request id and security headers on every answer', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/categories', headers: { 'x-request-id': 'req-12345678' } });
    expect(res.headers['x-request-id']).toBe('req-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('answers 429 rate_limited with retryAfter past the per-IP ceiling', async () => {
    const limited = await buildTestApp(t.database, { RATE_LIMIT_PER_MINUTE: '2' });
    try {
      for (let i = 0; i < 2; i++) expect((await limited.app.inject({ method: 'GET', url: '/api/v1/cities' })).statusCode).toBe(200);
      const res = await limited.app.inject({ method: 'GET', url: '/api/v1/cities' });
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(res.json().retryAfter).toBeGreaterThan(0);
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await limited.app.close();
    }
  });
});

describe('which errors mean the database is down', () => {
  const socketError = (code: string, port: number) => Object.assign(new Error(`connect ${code} 127.0.0.1:${port}`), { code, port });

  it('should count PostgreSQL states, driver messages and socket failures inside a query', () => {
    expect(isDatabaseDown(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseDown(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseDown(new DrizzleQueryError('select 1', [], socketError('ECONNREFUSED', 6543)))).toBe(true);
    expect(isDatabaseDown(socketError('ECONNREFUSED', 5432), 5432)).toBe(true);
  });

  it('should not count a refused or silent mail server or SMS gateway', () => {
    // nodemailer keeps the socket's code; fetch puts it in `cause`.
    expect(isDatabaseDown(socketError('ECONNREFUSED', 2525), 5432)).toBe(false);
    expect(isDatabaseDown(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }), 5432)).toBe(false);
    expect(isDatabaseDown(new TypeError('fetch failed', { cause: socketError('ECONNREFUSED', 8080) }), 5432)).toBe(false);
    expect(isDatabaseDown(new DeliveryError('email', 'refused', { cause: socketError('ECONNREFUSED', 5432) }), 5432)).toBe(false);
  });

  it('should read the database port from its URL, and none from a socket path', () => {
    expect(databasePortOf('postgres://u:p@db.internal/dastiyor')).toBe(5432);
    expect(databasePortOf('postgres://u@127.0.0.1:6543/x')).toBe(6543);
    expect(databasePortOf('postgres:///dastiyor?host=/var/run/postgresql')).toBeNull();
    expect(databasePortOf(undefined)).toBeNull();
  });
});
