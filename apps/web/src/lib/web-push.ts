'use client';

import { api, settle } from './api-client';
import type { ClientProblem } from './problem-client';

// Browser only: this device's web push subscription, kept in step with the API.

export type PushState = 'unsupported' | 'denied' | 'off' | 'on';

export const pushSupported = () =>
  typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  return navigator.serviceWorker.ready;
}

/**
 * What the API stores for a subscription: toJSON()'s endpoint, expiry and keys. A push subscription always has
 * both keys; were one missing, the empty string is refused by the API as the missing key was.
 */
function subscriptionBody(subscription: PushSubscription) {
  const { expirationTime, keys } = subscription.toJSON();
  return { endpoint: subscription.endpoint, expirationTime, keys: { p256dh: keys?.p256dh ?? '', auth: keys?.auth ?? '' } };
}

const saveSubscription = (subscription: PushSubscription) =>
  settle(api.POST('/api/v1/push/subscriptions', { body: subscriptionBody(subscription) }));

/** What this browser is doing now, without asking the person anything. */
export async function currentPushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  if (Notification.permission !== 'granted') return 'off';
  const existing = await (await registration()).pushManager.getSubscription();
  if (!existing) return 'off';
  // Re-sent on every visit: the API may have dropped it, or another person used this browser since.
  const saved = await saveSubscription(existing);
  return saved.ok ? 'on' : 'off';
}

const keyBytes = (base64url: string) => Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

function sameBytes(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a) return false;
  const x = new Uint8Array(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

type Outcome = { ok: true; state: PushState } | { ok: false; problem: ClientProblem };

/** Call from a click only: browsers refuse (or punish) a permission prompt nobody asked for. */
export async function turnPushOn(): Promise<Outcome> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return { ok: true, state: permission === 'denied' ? 'denied' : 'off' };
  const key = await settle(api.GET('/api/v1/push/public-key'));
  if (!key.ok) return key;
  const wanted = keyBytes(key.data.publicKey);
  const reg = await registration();
  let subscription = await reg.pushManager.getSubscription();
  // Made with another server key (the keys were replaced): it can never receive our pushes.
  if (subscription && !sameBytes(subscription.options.applicationServerKey, wanted)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: wanted });
  const saved = await saveSubscription(subscription);
  return saved.ok ? { ok: true, state: 'on' } : saved;
}

export async function turnPushOff(): Promise<Outcome> {
  const subscription = await (await registration()).pushManager.getSubscription();
  if (subscription) {
    // The API may already have forgotten it (404): this browser is off either way.
    await settle(api.DELETE('/api/v1/push/subscriptions', { body: { endpoint: subscription.endpoint } }));
    await subscription.unsubscribe();
  }
  return { ok: true, state: 'off' };
}
