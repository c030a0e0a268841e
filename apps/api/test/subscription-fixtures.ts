import type { Db } from '../src/db/client.js';
import { findPlanByCode, lockProviderSubscription } from '../src/modules/subscriptions/subscriptions-repository.js';
import { grantPeriod } from '../src/modules/subscriptions/subscriptions-service.js';

/** A paid period of a seeded plan from `now`, exactly as a successful payment grants it. */
export async function grantPlan(db: Db, providerId: string, code: 'basic' | 'standard' | 'premium', now: Date, days?: number) {
  const plan = (await findPlanByCode(db, code))!;
  await db.transaction(async (tx) => {
    await lockProviderSubscription(tx, providerId);
    await grantPeriod(tx, { providerId, plan, source: 'payment', days: days ?? plan.durationDays, now });
  });
}
