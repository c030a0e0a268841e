import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installVisitorAddressHook, rewriteForwardedFor } from '../src/lib/visitor-address-hook';
import { compileTrustProxy, normalizeAddress, singleForwardedAddress, visitorAddress } from '../src/lib/visitor-address';

const loopback = compileTrustProxy(undefined);
const of = (peer: string, forwardedFor?: string, trust = loopback) => visitorAddress({ peer, forwardedFor }, trust);

describe('visitorAddress with the default TRUST_PROXY (loopback)', () => {
  it('takes a direct visitor’s own address and ignores the X-Forwarded-For they typed', () => {
    expect(of('198.51.100.20')).toBe('198.51.100.20');
    expect(of('198.51.100.20', '203.0.113.7')).toBe('198.51.100.20');
    expect(of('198.51.100.20', '127.0.0.1, 203.0.113.7')).toBe('198.51.100.20');
  });

  it('believes a proxy on loopback about the hop before it, and only that hop', () => {
    // nginx on the same host appends the address it saw; what the visitor put in front is not believed.
    expect(of('127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(of('127.0.0.1', '10.9.9.9, 1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    expect(of('::1', '203.0.113.7')).toBe('203.0.113.7');
  });

  it('does not let a visitor pass as a proxy by naming loopback in the chain', () => {
    // The chain's own 127.0.0.1 is believed only because the real hop (loopback) vouched for it.
    expect(of('127.0.0.1', '203.0.113.66, 127.0.0.1')).toBe('203.0.113.66');
    expect(of('198.51.100.20', '203.0.113.66, 127.0.0.1')).toBe('198.51.100.20');
  });

  it('reads a dual-stack socket’s IPv4-mapped address as IPv4, trusted or not', () => {
    expect(of('::ffff:127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(of('::ffff:198.51.100.20', '203.0.113.7')).toBe('198.51.100.20');
  });

  it('handles IPv6 visitors and spells each address one way', () => {
    expect(of('2001:DB8:0:0:0:0:0:7')).toBe('2001:db8::7');
    expect(of('::1', '2001:DB8::0:7')).toBe('2001:db8::7');
    expect(of('2001:db8::9', '2001:db8::7')).toBe('2001:db8::9');
  });

  it('takes the trusted hop itself when it forwards garbage', () => {
    expect(of('127.0.0.1', 'unknown')).toBe('127.0.0.1');
    expect(of('127.0.0.1', '')).toBe('127.0.0.1');
    expect(of('127.0.0.1', ' , ')).toBe('127.0.0.1');
  });

  it('knows nobody when the connection has no address', () => {
    expect(of(undefined as unknown as string, '203.0.113.7')).toBeNull();
  });
});

describe('visitorAddress with other TRUST_PROXY values', () => {
  it('walks a chain of trusted proxies (a load balancer on the private network, then nginx)', () => {
    const trust = compileTrustProxy('loopback, 10.0.0.0/8');
    expect(of('127.0.0.1', '203.0.113.66, 203.0.113.7, 10.0.0.5', trust)).toBe('203.0.113.7');
    expect(of('10.0.0.5', '203.0.113.7', trust)).toBe('203.0.113.7');
    // The private network vouches only for itself: a public address in the middle ends the walk.
    expect(of('127.0.0.1', '10.1.1.1, 203.0.113.7, 10.0.0.5', trust)).toBe('203.0.113.7');
  });

  it('trusts an IPv6 CIDR', () => {
    const trust = compileTrustProxy('fd00::/8');
    expect(of('fd00::5', '2001:db8::7', trust)).toBe('2001:db8::7');
    expect(of('::1', '2001:db8::7', trust)).toBe('::1');
  });

  it('false trusts no hop, not even loopback; true trusts every hop', () => {
    expect(of('127.0.0.1', '203.0.113.7', compileTrustProxy('false'))).toBe('127.0.0.1');
    expect(of('198.51.100.20', '203.0.113.66, 203.0.113.7', compileTrustProxy('true'))).toBe('203.0.113.66');
  });

  it('refuses a malformed setting instead of trusting nobody quietly', () => {
    expect(() => compileTrustProxy('loopbak')).toThrow(/invalid IP address/);
    expect(() => compileTrustProxy('10.0.0.0/40')).toThrow(/invalid range/);
  });
});

describe('normalizeAddress and singleForwardedAddress', () => {
  it('accepts one address and nothing else', () => {
    expect(normalizeAddress(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1%eth0');
    expect(normalizeAddress('example.tj')).toBeNull();
    expect(singleForwardedAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(singleForwardedAddress('203.0.113.7, 127.0.0.1')).toBeNull();
    expect(singleForwardedAddress('<script>')).toBeNull();
    expect(singleForwardedAddress(null)).toBeNull();
  });
});

describe('rewriteForwardedFor', () => {
  const request = (peer: string, headers: http.IncomingHttpHeaders) =>
    ({ socket: { remoteAddress: peer }, headers }) as http.IncomingMessage;

  it('leaves exactly the visitor’s address and drops the other address claims', () => {
    const direct = request('198.51.100.20', {
      'x-forwarded-for': '203.0.113.66',
      'x-real-ip': '203.0.113.66',
      forwarded: 'for=203.0.113.66',
    });
    rewriteForwardedFor(direct, loopback);
    expect(direct.headers).toEqual({ 'x-forwarded-for': '198.51.100.20' });

    const proxied = request('127.0.0.1', { 'x-forwarded-for': '203.0.113.66, 203.0.113.7', cookie: 'a=b' });
    rewriteForwardedFor(proxied, loopback);
    expect(proxied.headers).toEqual({ 'x-forwarded-for': '203.0.113.7', cookie: 'a=b' });
  });

  it('removes the header when the connection is gone', () => {
    const gone = request(undefined as unknown as string, { 'x-forwarded-for': '203.0.113.66' });
    rewriteForwardedFor(gone, loopback);
    expect(gone.headers['x-forwarded-for']).toBeUndefined();
  });
});

describe('installVisitorAddressHook on a real server', () => {
  // Trusts only a network the test client is not on, so the client is a direct visitor who spoofs.
  let server: http.Server;
  let port: number;
  let seenOnUpgrade: http.IncomingHttpHeaders | null = null;

  beforeAll(async () => {
    installVisitorAddressHook('10.0.0.0/8');
    installVisitorAddressHook('true'); // a second install is ignored: the first policy stays
    server = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.headers));
    });
    server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket) => {
      seenOnUpgrade = { ...req.headers };
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives the request handler the connection’s address instead of the forged headers', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { 'x-forwarded-for': '203.0.113.66', 'x-real-ip': '203.0.113.66' },
    });
    const headers = (await response.json()) as Record<string, string>;
    expect(headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(headers['x-real-ip']).toBeUndefined();
  });

  it('does the same for a WebSocket upgrade', async () => {
    const socket = net.connect(port, '127.0.0.1');
    socket.write(
      'GET /api/v1/ws HTTP/1.1\r\nhost: x\r\nconnection: upgrade\r\nupgrade: websocket\r\nx-forwarded-for: 203.0.113.66\r\n\r\n',
    );
    await new Promise((resolve) => socket.on('close', resolve).resume());
    expect(seenOnUpgrade?.['x-forwarded-for']).toBe('127.0.0.1');
  });
});
