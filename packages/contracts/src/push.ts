import { z } from 'zod';

const ZBase64Url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, 'base64url');

/** GET /api/v1/push/public-key: the VAPID key the browser subscribes with (`applicationServerKey`). */
export const ZPushPublicKey = z.object({ publicKey: z.string() });
export type TPushPublicKey = z.infer<typeof ZPushPublicKey>;

/** POST /api/v1/push/subscriptions: `PushSubscription.toJSON()` as the browser gives it. */
export const ZPushSubscriptionRequest = z.object({
  endpoint: z.url().max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: ZBase64Url.min(80).max(100), auth: ZBase64Url.min(16).max(32) }),
});
export type TPushSubscriptionRequest = z.infer<typeof ZPushSubscriptionRequest>;

/** DELETE /api/v1/push/subscriptions: this browser stops receiving pushes. */
export const ZPushUnsubscribeRequest = z.object({ endpoint: z.url().max(2000) });

/** What the service worker receives in a push (encrypted for the browser). */
export const ZPushPayload = z.object({
  title: z.string(),
  body: z.string(),
  /** Path on this site, locale prefix included, opened on click. */
  url: z.string(),
  /** A newer push with the same tag replaces the older one on the device. */
  tag: z.string(),
});
export type TPushPayload = z.infer<typeof ZPushPayload>;
