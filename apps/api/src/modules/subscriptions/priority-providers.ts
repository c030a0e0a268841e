import { type SQL, and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { SqlOperand } from '../../db/sql-operand.js';
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

/**
 * The same rule in SQL, for one provider (a value or an outer query's column) at an instant given as an ISO
 * string (bound as timestamptz): the feed pins new matching tasks only while it holds. It does not depend on the
 * outer row, so PostgreSQL runs it once (an InitPlan) and skips the rest for a provider without priority.
 */
export function holdsPriorityAt(providerId: SqlOperand, at: string): SQL {
  const now = sql`${at}::timestamptz`;
  return sql`exists (select 1 from ${subscriptionPeriods}
    inner join ${plans} on ${plans.id} = ${subscriptionPeriods.planId}
    where ${subscriptionPeriods.providerId} = ${providerId} and ${plans.priority}
      and ${subscriptionPeriods.startsAt} <= ${now} and ${subscriptionPeriods.endsAt} > ${now}
      and (${subscriptionPeriods.revokedAt} is null or ${subscriptionPeriods.revokedAt} > ${now}))`;
}
