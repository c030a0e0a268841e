import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/use-test-app.js';
import { registerSecurityHeaders } from './security-headers.js';

const t = useTestApp();

describe('security headers', () => {
  it('should send the CSP, nosniff and frame refusal on answers and on problems, without HSTS outside production', async () => {
    for (const url of ['/api/v1/cities', '/api/v1/me', '/api/v1/no-such-route']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('should send HSTS when asked (production) and build the headers once for every request', async () => {
    const app = Fastify();
    registerSecurityHeaders(app, { hsts: true });
    app.get('/', async () => ({ ok: true }));
    await app.ready();
    const [first, second] = await Promise.all([app.inject({ url: '/' }), app.inject({ url: '/' })]);
    expect(first.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    await app.close();
  });
});
