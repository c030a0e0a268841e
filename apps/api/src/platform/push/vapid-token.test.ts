import { createECDH, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebPushSender, generateVapidKeys } from './push-sender.js';

// The VAPID token names only the push service's origin, the subject and an expiry, so it is signed
// once per origin and reused (signing per push was the fan-out's largest CPU cost), and renewed
// before it expires.

function browserTarget(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
}

function recordingSender() {
  const authorizations: string[] = [];
  const keys = generateVapidKeys();
  const sender = createWebPushSender({
    keys: async () => keys,
    subject: 'mailto:ops@dastiyor.tj',
    fetchImpl: async (_url, init) => {
      authorizations.push(new Headers(init?.headers).get('authorization') ?? '');
      return new Response(null, { status: 201 });
    },
  });
  return { sender, authorizations };
}

const expiryOf = (authorization: string) => {
  const token = /t=([^,\s]+)/.exec(authorization)![1]!;
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number; aud: string };
};

const message = { payload: '{"title":"x"}', ttlSeconds: 60 };

afterEach(() => vi.useRealTimers());

describe('VAPID tokens', () => {
  it('are signed once per push service origin and reused for every push to it', async () => {
    const { sender, authorizations } = recordingSender();
    for (const endpoint of ['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b', 'http://localhost:9/c']) {
      await sender.send(browserTarget(endpoint), message);
    }
    expect(authorizations[0]).toMatch(/^vapid t=.+, k=.+$/);
    expect(authorizations[1]).toBe(authorizations[0]);
    expect(authorizations[2]).not.toBe(authorizations[0]);
    expect(expiryOf(authorizations[2]!).aud).toBe('http://localhost:9');
  });

  it('are signed again when less than an hour of the twelve is left, never past 24 h', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:00:00Z') });
    const { sender, authorizations } = recordingSender();
    const target = browserTarget('http://127.0.0.1:9/a');
    await sender.send(target, message);
    const first = expiryOf(authorizations[0]!).exp;
    expect(first).toBe(Date.parse('2026-12-02T22:00:00Z') / 1000);
    vi.setSystemTime(new Date('2026-12-02T20:59:00Z'));
    await sender.send(target, message);
    expect(authorizations[1]).toBe(authorizations[0]);
    vi.setSystemTime(new Date('2026-12-02T21:01:00Z'));
    await sender.send(target, message);
    expect(expiryOf(authorizations[2]!).exp).toBe(Date.parse('2026-12-03T09:01:00Z') / 1000);
  });
});
