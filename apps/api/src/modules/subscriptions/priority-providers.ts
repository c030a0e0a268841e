import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { plans } from './plans.table.js';
import { subscriptionPeriods } from './subscriptions.table.js';

/**
 * Which of these providers hold a priority (Premium) period at `now`: their responses come first. The same
 * date rule as deriveSubscriptionState — a cancelled period counts to its end, a revoked one stops at once.
 */
export async function findPriorityProviders(db: DbOrTx, providerIds: string[], now: Date): Promise<Set<string>> {
  if (providerIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ providerId: subscriptionPeriods.providerId })
    .from(subscriptionPeriods)
    .innerJoin(plans, eq(plans.id, subscriptionPeriods.planId))
    .where(
      and(
        inArray(subscriptionPeriods.providerId, [...new Set(providerIds)]),
        eq(plans.priority, true),
        lte(subscriptionPeriods.startsAt, now),
        gt(subscriptionPeriods.endsAt, now),
        or(isNull(subscriptionPeriods.revokedAt), gt(subscriptionPeriods.revokedAt, now)),
      ),
    );
  return new Set(rows.map((r) => r.providerId));
}
