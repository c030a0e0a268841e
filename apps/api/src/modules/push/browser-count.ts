import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { pushSubscriptions } from './push.table.js';

/** How many browsers take web push for a person (a column or value of the outer query): one index probe. */
export function browserCountOf(userId: SQLWrapper): SQL<number> {
  return sql<number>`(select count(*)::int from ${pushSubscriptions} where ${pushSubscriptions.userId} = ${userId})`;
}
