import { describe, expect, it, vi } from 'vitest';
import { isPublicAddress, refusePushHost, type ResolveHost } from './push-host.js';
import { createWebPushSender, generateVapidKeys } from './push-sender.js';

const resolvesTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address }));

describe('isPublicAddress', () => {
  it('takes public unicast IPv4 and IPv6', () => {
    for (const ok of ['8.8.8.8', '142.250.74.10', '2606:4700::1111', '2a00:1450:4001::200e']) expect(isPublicAddress(ok), ok).toBe(true);
  });

  it('refuses private, loopback, link-local, unspecified, CGNAT, multicast and their IPv4-mapped forms', () => {
    for (const bad of [
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      'fc00::1',
      'fd12:3456::1',
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '169.254.169.254',
      'fe80::1',
      '0.0.0.0',
      '::',
      '100.64.0.1',
      '224.0.0.1',
      'ff02::1',
      '255.255.255.255',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      'not-an-address',
    ])
      expect(isPublicAddress(bad), bad).toBe(false);
  });
});

describe('refusePushHost', () => {
  it('refuses a name when any of its addresses is not public, or when it does not resolve', async () => {
    expect(await refusePushHost('push.example.com', resolvesTo('142.250.74.10', '2a00:1450:4001::200e'))).toBeNull();
    expect(await refusePushHost('push.example.com', resolvesTo('142.250.74.10', '10.1.2.3'))).toMatch(/10\.1\.2\.3/);
    expect(await refusePushHost('push.example.com', resolvesTo())).toMatch(/does not resolve/);
    const failing: ResolveHost = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND push.example.com'), { code: 'ENOTFOUND' });
    };
    expect(await refusePushHost('push.example.com', failing)).toMatch(/ENOTFOUND/);
    expect(await refusePushHost('[::1]', resolvesTo('8.8.8.8'))).toMatch(/not a public address/);
  });
});

describe('web push sender, strict hosts', () => {
  const target = {
    endpoint: 'https://push.example.com/wpush/abc',
    // A real browser key pair is not needed to encrypt: any P-256 point and 16 bytes will do.
    keys: { p256dh: generateVapidKeys().publicKey, auth: Buffer.alloc(16, 7).toString('base64url') },
  };
  const message = { payload: '{}', ttlSeconds: 60 };
  const keys = generateVapidKeys();

  function sender(resolveHost: ResolveHost, status = 201) {
    const fetchImpl = vi.fn(async () => new Response(null, { status }));
    const warn = vi.fn();
    const push = createWebPushSender({
      keys: async () => keys,
      subject: 'mailto:support@dastiyor.tj',
      strictHosts: true,
      resolveHost,
      log: { warn },
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    return { push, fetchImpl, warn };
  }

  it('re-resolves right before sending and sends nothing when the name now points inside (DNS rebinding)', async () => {
    for (const inside of ['127.0.0.1', '10.0.0.5', '169.254.169.254', '::1', 'fe80::1', '::ffff:127.0.0.1']) {
      const { push, fetchImpl, warn } = sender(resolvesTo(inside));
      await expect(push.send(target, message), inside).rejects.toThrow(/push endpoint refused/);
      expect(fetchImpl).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledTimes(1);
    }
  });

  it('refuses plain http in strict mode without resolving', async () => {
    const resolve = vi.fn(resolvesTo('142.250.74.10'));
    const { push, fetchImpl } = sender(resolve);
    await expect(push.send({ ...target, endpoint: 'http://push.example.com/x' }, message)).rejects.toThrow(/not https/);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('sends to a public address without following redirects', async () => {
    const { push, fetchImpl } = sender(resolvesTo('142.250.74.10'));
    expect(await push.send(target, message)).toBe('sent');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]).toMatchObject([target.endpoint, { method: 'POST', redirect: 'manual' }]);
  });

  it('treats a 3xx as a failure, logged once', async () => {
    const { push, warn } = sender(resolvesTo('142.250.74.10'), 302);
    await expect(push.send(target, message)).rejects.toThrow(/302 \(a redirect, not followed\)/);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
