import { type SQL, and, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import type { TAdminPeriodStatus } from '@dastiyor/contracts';
import { subscriptionPeriods as sp } from './subscriptions.table.js';

// A single period's status, as the admin lists show and filter it. The provider's own view is the status of
// the whole subscription, derived from all its periods (subscription-state.ts): a different question.

/** The status of one period at `now`: the five partition every period. */
export function periodStatusOf(
  p: { startsAt: Date; endsAt: Date; cancelledAt: Date | null; revokedAt: Date | null },
  now: Date,
): TAdminPeriodStatus {
  if (p.revokedAt) return 'revoked';
  if (p.endsAt <= now) return 'expired';
  if (p.cancelledAt) return 'cancelled';
  return p.startsAt > now ? 'upcoming' : 'active';
}

/** The same rule as a WHERE over subscription_periods, for filtering a list by status in the database. */
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
