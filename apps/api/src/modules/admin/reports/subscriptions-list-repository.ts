import { type SQL, and, desc, eq, lt, or } from 'drizzle-orm';
import type { TAdminPeriodStatus } from '@dastiyor/contracts';
import type { DbOrTx } from '../../../db/client.js';
import { periodStatusIs } from '../../subscriptions/index.js';
import { plans } from '../../subscriptions/plans.table.js';
import { subscriptionPeriods as sp } from '../../subscriptions/subscriptions.table.js';
import { users } from '../../users/users.table.js';
import type { KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';

export interface PeriodsFilter {
  status?: TAdminPeriodStatus | undefined;
  planId?: string | undefined;
  providerId?: string | undefined;
}

/** Periods newest first, keyset on (created_at, id), with the provider's contacts and the plan. */
export function findPeriods(db: DbOrTx, filter: PeriodsFilter, options: { now: Date; before: KeysetPosition | null; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(periodStatusIs(filter.status, options.now));
  if (filter.planId) conditions.push(eq(sp.planId, filter.planId));
  if (filter.providerId) conditions.push(eq(sp.providerId, filter.providerId));
  const { before } = options;
  if (before) conditions.push(or(lt(sp.createdAt, before.at), and(eq(sp.createdAt, before.at), lt(sp.id, before.id)))!);
  return db
    .select({
      period: sp,
      provider: { id: users.id, name: users.name, phone: users.phone, email: users.email },
      plan: { id: plans.id, code: plans.code, name: plans.name },
    })
    .from(sp)
    .innerJoin(users, eq(users.id, sp.providerId))
    .innerJoin(plans, eq(plans.id, sp.planId))
    .where(and(...conditions))
    .orderBy(desc(sp.createdAt), desc(sp.id))
    .limit(options.limit);
}
