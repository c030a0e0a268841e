import type { FastifyBaseLogger } from 'fastify';
import webpush from 'web-push';
import { PushServiceError, parseRetryAfter } from './push-errors.js';
import { type ResolveHost, refusePushHost, systemResolveHost } from './push-host.js';

export interface VapidKeys {
  /** base64url, as the browser's `applicationServerKey` takes it. */
  publicKey: string;
  privateKey: string;
}

/** What a browser hands over from `PushManager.subscribe()`. */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushMessage {
  /** Encrypted for the browser; the service worker reads it. */
  payload: string;
  /** Seconds the push service keeps it for an offline device. */
  ttlSeconds: number;
  /** A newer message with the same topic replaces an undelivered older one. */
  topic?: string;
  urgency?: 'very-low' | 'low' | 'normal' | 'high';
}

/** `gone`: the push service answered 404/410 — the subscription is dead and should be forgotten. */
export type PushOutcome = 'sent' | 'gone';

export interface PushSender {
  publicKey(): Promise<string>;
  send(target: PushTarget, message: PushMessage): Promise<PushOutcome>;
}

/** A VAPID token may live up to 24 h (RFC 8292): one is signed per push service for 12 h, renewed an hour early. */
const vapidToken = { lifetimeSeconds: 12 * 3600, renewBeforeSeconds: 3600, maxCached: 1000 } as const;

/**
 * The `Authorization` header for a push service, signed once per origin and key pair and reused until
 * it nears expiry: an ES256 signature per push was the fan-out's largest CPU cost (15.8 s of one bench
 * run, ~0.75 ms a push, on the thread that also answers requests). The JWT names only the origin, the
 * subject and the expiry, so every push to that origin may carry the same one.
 */
function createVapidAuthorization(subject: string) {
  const cache = new Map<string, { header: string; expiresAt: number }>();
  return (audience: string, keys: VapidKeys): string => {
    const now = Math.floor(Date.now() / 1000);
    const key = `${audience} ${keys.publicKey}`;
    const cached = cache.get(key);
    if (cached && cached.expiresAt - vapidToken.renewBeforeSeconds > now) return cached.header;
    const expiresAt = now + vapidToken.lifetimeSeconds;
    const { Authorization } = webpush.getVapidHeaders(audience, subject, keys.publicKey, keys.privateKey, 'aes128gcm', expiresAt);
    // Origins are a handful of push services; the bound only stops a flood of odd endpoints from growing it.
    if (cache.size >= vapidToken.maxCached) cache.clear();
    cache.set(key, { header: Authorization, expiresAt });
    return Authorization;
  };
}

/**
 * Web Push (RFC 8030/8291/8292) through `web-push` for encryption and the VAPID signature, and plain
 * fetch for the request: it works against http loopback endpoints in tests, takes a timeout, and the
 * status handling stays ours. Any other non-2xx answer throws a PushServiceError, so the delivery retries.
 *
 * `strictHosts` (production): the endpoint must be https and its host is resolved again right before
 * each request and refused when any address is not public — the name may have been re-pointed at our
 * own network since it was subscribed (DNS rebinding). Redirects are never followed: a 3xx throws.
 */
export function createWebPushSender(options: {
  keys: () => Promise<VapidKeys>;
  subject: string;
  strictHosts?: boolean;
  resolveHost?: ResolveHost;
  log?: Pick<FastifyBaseLogger, 'warn'>;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}): PushSender {
  const doFetch = options.fetchImpl ?? fetch;
  const resolveHost = options.resolveHost ?? systemResolveHost;
  const vapidAuthorization = createVapidAuthorization(options.subject);
  const refuse = (endpoint: string, reason: string): never => {
    const { origin } = new URL(endpoint);
    options.log?.warn({ origin, reason }, 'push not sent: endpoint refused');
    throw new Error(`push endpoint refused: ${reason}`);
  };
  return {
    async publicKey() {
      return (await options.keys()).publicKey;
    },
    async send(target, message) {
      if (options.strictHosts) {
        const url = new URL(target.endpoint);
        if (url.protocol !== 'https:') refuse(target.endpoint, 'not https');
        const refused = await refusePushHost(url.hostname, resolveHost);
        if (refused) refuse(target.endpoint, refused);
      }
      const keys = await options.keys();
      const details = webpush.generateRequestDetails(target, message.payload, {
        // No vapidDetails (and setVapidDetails is never called): signed once per origin above, not per message.
        headers: { Authorization: vapidAuthorization(new URL(target.endpoint).origin, keys) },
        TTL: message.ttlSeconds,
        ...(message.topic ? { topic: message.topic } : {}),
        ...(message.urgency ? { urgency: message.urgency } : {}),
      });
      const headers = Object.fromEntries(
        Object.entries(details.headers)
          // fetch computes the length of the body itself.
          .filter(([name]) => name.toLowerCase() !== 'content-length')
          .map(([name, value]) => [name, String(value)]),
      );
      const response = await doFetch(details.endpoint, {
        method: details.method,
        headers,
        body: details.body,
        // A push service has no reason to redirect; following one would let it aim us elsewhere.
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      // Nothing in the body is read; releasing it at once returns the connection to the keep-alive pool.
      await response.body?.cancel().catch(() => {});
      if (response.status === 404 || response.status === 410) return 'gone';
      if (response.status >= 300 && response.status < 400) {
        options.log?.warn({ origin: new URL(target.endpoint).origin, status: response.status }, 'push service redirected; not followed');
        throw new PushServiceError(response.status, null, `push service answered ${response.status} (a redirect, not followed)`);
      }
      if (!response.ok) throw new PushServiceError(response.status, parseRetryAfter(response.headers.get('retry-after')));
      return 'sent';
    },
  };
}

export const generateVapidKeys = (): VapidKeys => webpush.generateVAPIDKeys();
