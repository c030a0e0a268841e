import { type SQL, and, desc, eq, gt, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { TAdminPeriodStatus } from '@dastiyor/contracts';
import type { DbOrTx } from '../../../db/client.js';
import { plans } from '../../subscriptions/plans.table.js';
import { subscriptionPeriods as sp } from '../../subscriptions/subscriptions.table.js';
import { users } from '../../users/users.table.js';
import type { KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';

/** The WHERE for a period status at `now`; the five statuses partition every period (see AdminPeriodStatus). */
export function periodStatusIs(status: TAdminPeriodStatus, now: Date): SQL {
  const notRevoked = isNull(sp.revokedAt);
  switch (status) {
    case 'revoked':
      return isNotNull(sp.revokedAt);
    case 'expired':
      return and(notRevoked, lte(sp.endsAt, now))!;
    case 'cancelled':
      return and(notRevoked, gt(sp.endsAt, now), isNotNull(sp.cancelledAt))!;
    case 'upcoming':
      return and(notRevoked, isNull(sp.cancelledAt), gt(sp.startsAt, now))!;
    case 'active':
      return and(notRevoked, isNull(sp.cancelledAt), lte(sp.startsAt, now), gt(sp.endsAt, now))!;
  }
}

/** The same rules in code, for the row at hand. */
export function periodStatusOf(
  p: { startsAt: Date; endsAt: Date; cancelledAt: Date | null; revokedAt: Date | null },
  now: Date,
): TAdminPeriodStatus {
  if (p.revokedAt) return 'revoked';
  if (p.endsAt <= now) return 'expired';
  if (p.cancelledAt) return 'cancelled';
  return p.startsAt > now ? 'upcoming' : 'active';
}

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
