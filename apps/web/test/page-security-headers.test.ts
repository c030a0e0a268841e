import { describe, expect, it } from 'vitest';
// Next's own parser: the test proves Next finds the nonce our header carries, not merely that a string is there.
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { createNonce, filesContentSecurityPolicy, pageResponseHeaders } from '../src/lib/page-security-headers';

const production = { appEnv: 'production', nodeEnv: 'production' };
/** What the journeys run: a production build (`next start`) in the development deployment mode. */
const journeys = { appEnv: 'development', nodeEnv: 'production' };
const nextDev = { appEnv: 'development', nodeEnv: 'development' };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('pageResponseHeaders', () => {
  it('sends HSTS under APP_ENV=production, as the API does, and nowhere else', () => {
    expect(pageResponseHeaders('n0nce', production)['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    for (const env of [journeys, nextDev, { appEnv: 'test', nodeEnv: 'production' }, { appEnv: undefined, nodeEnv: 'production' }]) {
      expect(pageResponseHeaders('n0nce', env)).not.toHaveProperty('Strict-Transport-Security');
    }
  });

  it('allows scripts by the nonce only, with no inline or eval escape in a production build', () => {
    for (const env of [production, journeys]) {
      const policy = directives(pageResponseHeaders('Zm9vYmFy', env)['Content-Security-Policy']);
      expect(policy.get('script-src')).toEqual(["'self'", "'nonce-Zm9vYmFy'", "'strict-dynamic'"]);
      expect(policy.get('worker-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    }
  });

  it("adds 'unsafe-eval' under next dev only", () => {
    const policy = directives(pageResponseHeaders('Zm9vYmFy', nextDev)['Content-Security-Policy']);
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
  });

  it('carries a nonce that Next reads back for its scripts', () => {
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(pageResponseHeaders(nonce, production)['Content-Security-Policy'])).toBe(nonce);
  });
});

describe('createNonce', () => {
  it('gives 128 fresh random bits in base64 every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('filesContentSecurityPolicy', () => {
  it('keeps plugins, <base> and framing shut on responses the proxy does not answer, without naming scripts', () => {
    const policy = directives(filesContentSecurityPolicy);
    expect([...policy.keys()].sort()).toEqual(['base-uri', 'frame-ancestors', 'object-src']);
  });
});
