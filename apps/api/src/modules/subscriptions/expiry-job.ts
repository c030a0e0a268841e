import type { Db } from '../../db/client.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { findRunEndsBetween, recordSubscriptionEvent } from './subscription-events-repository.js';

export const subscriptionExpiryQueue = 'subscriptions.expiry';
/** Every five minutes: reminders and expiry notices are at most this late. */
export const subscriptionExpiryCron = '*/5 * * * *';

const dayMs = 86_400_000;
/** Ends older than this are history (e.g. before the first deploy): never announced. */
const lookbackMs = 2 * dayMs;

export interface ExpiryDeps {
  db: Db;
  clock: () => Date;
}

/**
 * Announces, once each, that a provider's subscription ends in 3 days, in 1 day, and has ended.
 * Status itself is derived from dates; this only feeds notifications through subscription_events.
 * A run that finds a period already inside its last day records only the 1-day reminder.
 */
export async function runSubscriptionExpiry(deps: ExpiryDeps): Promise<{ expiring: number; expired: number }> {
  const now = deps.clock();
  const t = now.getTime();
  let expiring = 0;
  let expired = 0;
  const ends = await findRunEndsBetween(deps.db, new Date(t - lookbackMs), new Date(t + 3 * dayMs));
  for (const p of ends) {
    const left = p.endsAt.getTime() - t;
    const base = { providerId: p.providerId, periodId: p.id, createdAt: now };
    const payload = { planId: p.planId, endsAt: p.endsAt.toISOString() };
    if (left <= 0) {
      if (await recordSubscriptionEvent(deps.db, { ...base, type: 'subscription.expired', dedupeKey: `expired:${p.id}`, payload }))
        expired += 1;
      continue;
    }
    const days = left <= dayMs ? 1 : 3;
    const dedupeKey = `expiring:${days}d:${p.id}`;
    if (await recordSubscriptionEvent(deps.db, { ...base, type: 'subscription.expiring', dedupeKey, payload: { ...payload, days } }))
      expiring += 1;
  }
  return { expiring, expired };
}

/** Registers the worker and its cron schedule; call after jobs.start(). */
export async function registerSubscriptionJobs(jobs: Jobs, deps: ExpiryDeps): Promise<void> {
  await jobs.work(subscriptionExpiryQueue, async () => {
    await runSubscriptionExpiry(deps);
  });
  await jobs.schedule(subscriptionExpiryQueue, subscriptionExpiryCron);
}
