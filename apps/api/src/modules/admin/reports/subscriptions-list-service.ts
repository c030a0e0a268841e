import type { TAdminSubscriptionsQuery, TAdminSubscriptionsResponse } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset-cursor.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { periodStatusOf } from '../../subscriptions/index.js';
import { findPeriods } from './subscriptions-list-repository.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Every provider's subscription periods for the admin list, newest first, with each one's status now. */
export async function listSubscriptionPeriods(
  deps: { db: Db; clock: () => Date },
  admin: Actor,
  query: TAdminSubscriptionsQuery,
): Promise<TAdminSubscriptionsResponse> {
  assertAdmin(admin);
  const now = deps.clock();
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findPeriods(deps.db, query, { now, before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ period: p, provider, plan }) => ({
      id: p.id,
      provider,
      plan,
      source: p.source,
      status: periodStatusOf(p, now),
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt.toISOString(),
      cancelledAt: iso(p.cancelledAt),
      revokedAt: iso(p.revokedAt),
      paymentId: p.paymentId,
      note: p.note,
      createdAt: p.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.period.createdAt, id: last.period.id }) : null,
  };
}
