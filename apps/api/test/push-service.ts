import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ece from 'http_ece';

/** What a stand-in push service received, decrypted with the browser's keys as the browser would. */
export interface ReceivedPush {
  path: string;
  method: string;
  headers: http.IncomingHttpHeaders;
  payload: unknown;
  /** Epoch ms it arrived. */
  at: number;
}

/** A browser's side of a subscription: its ECDH key pair and auth secret. */
export interface FakeBrowser {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
}

/**
 * A loopback stand-in for a push service (RFC 8030): each path answers the status given for it
 * (201 by default) and every request is decrypted (RFC 8291, aes128gcm) and kept.
 */
export async function startPushService() {
  const received: ReceivedPush[] = [];
  // The answers still to give per path; the last one repeats.
  const statusByPath = new Map<string, number[]>();
  const locationByPath = new Map<string, string>();
  const browsers = new Map<string, FakeBrowser>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const browser = browsers.get(path);
      // A request that is not a push for this browser (a followed redirect arrives as a bodiless GET)
      // is still recorded, and answered, rather than crashing the stand-in.
      let payload: unknown = null;
      try {
        if (browser)
          payload = JSON.parse(
            ece
              .decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.keys.auth })
              .toString('utf8'),
          );
      } catch {
        payload = null;
      }
      received.push({ path, method: req.method ?? '', headers: req.headers, payload, at: Date.now() });
      const answers = statusByPath.get(path) ?? [201];
      res.statusCode = answers.length > 1 ? answers.shift()! : (answers[0] ?? 201);
      const location = locationByPath.get(path);
      if (location) res.setHeader('location', location);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    /**
     * A new browser subscription whose endpoint answers `status` (with `location`, for a redirect);
     * given a list, one answer per request in turn, the last one repeating.
     */
    browser(status: number | number[] = 201, location?: string): FakeBrowser {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const path = `/push/${randomBytes(8).toString('hex')}`;
      const b = {
        endpoint: `${origin}${path}`,
        keys: { p256dh: ecdh.getPublicKey('base64url'), auth: randomBytes(16).toString('base64url') },
        ecdh,
      };
      browsers.set(path, b);
      statusByPath.set(path, Array.isArray(status) ? [...status] : [status]);
      if (location) locationByPath.set(path, location);
      return b;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Checks a VAPID `Authorization: vapid t=<JWT>, k=<key>` header (RFC 8292) as a push service does:
 * the ES256 signature against `k`, and the claims. Returns the claims.
 */
export function verifyVapid(header: string | undefined, expectedKey: string): { aud: string; sub: string; exp: number } {
  const match = /^vapid t=([^,\s]+),\s*k=(\S+)$/.exec(header ?? '');
  if (!match) throw new Error(`not a VAPID header: ${header}`);
  const [, jwt, key] = match as unknown as [string, string, string];
  if (key !== expectedKey) throw new Error('VAPID key differs from the public key');
  const [head, claims, signature] = jwt.split('.') as [string, string, string];
  const point = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') },
    format: 'jwk',
  });
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) throw new Error('VAPID signature does not verify');
  return JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
}
