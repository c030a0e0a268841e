import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/use-test-app.js';

// The per-IP ceiling as the web process drives it: the web connects from loopback (trusted by default) and
// forwards one X-Forwarded-For, the visitor's; see docs/decisions/009-visitor-address-through-the-proxy-chain.md.

const limit = 3;

const t = useTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(limit) } });

const get = (remoteAddress: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/v1/categories',
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('the global per-IP limit', () => {
  it('counts each visitor the web forwards in a bucket of their own, apart from the web’s own calls', async () => {
    for (let i = 0; i < limit; i++) expect((await get('127.0.0.1', '203.0.113.7')).statusCode).toBe(200);
    const refused = await get('127.0.0.1', '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ status: 429, code: 'rate_limited' });

    // Another visitor behind the same web process, and the web's own lookups, are untouched.
    expect((await get('127.0.0.1', '203.0.113.8')).statusCode).toBe(200);
    expect((await get('::1', '2001:db8::8')).statusCode).toBe(200);
    expect((await get('127.0.0.1')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For from a hop that is not trusted, so a visitor cannot pick a fresh bucket', async () => {
    for (let i = 0; i < limit; i++) expect((await get('198.51.100.20', `192.0.2.${i + 1}`)).statusCode).toBe(200);
    expect((await get('198.51.100.20', '192.0.2.99')).statusCode).toBe(429);
    expect((await get('198.51.100.20')).statusCode).toBe(429);
  });
});
