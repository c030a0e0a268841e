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
        vapidDetails: { subject: options.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
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
