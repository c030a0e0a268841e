import webpush from 'web-push';

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
 * status handling stays ours. Any other non-2xx answer throws, so the delivery job retries.
 */
export function createWebPushSender(options: {
  keys: () => Promise<VapidKeys>;
  subject: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}): PushSender {
  const doFetch = options.fetchImpl ?? fetch;
  return {
    async publicKey() {
      return (await options.keys()).publicKey;
    },
    async send(target, message) {
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
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (response.status === 404 || response.status === 410) return 'gone';
      if (!response.ok) throw new Error(`push service answered ${response.status}`);
      return 'sent';
    },
  };
}

export const generateVapidKeys = (): VapidKeys => webpush.generateVAPIDKeys();
