import type { TNotificationSettings } from '@dastiyor/contracts';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notificationSettings } from './notification-settings.table.js';
import { providersServing } from '../profiles/index.js';
import { browserCountOf } from '../push/index.js';
import { findTaskById, isOpenForResponses } from '../tasks/index.js';
import { userContacts } from '../users/index.js';

/** A place in a task's recipient order: its per-task hash, ties broken by user id. */
export interface AlertCursor {
  rank: bigint;
  userId: string;
}

/** One matching provider with what deciding their push and email needs. */
export interface AlertRecipient extends AlertCursor {
  /** False for an account blocked (or no longer a provider's): walked past, alerted never. */
  active: boolean;
  locale: 'ru' | 'tg';
  email: string | null;
  settings: TNotificationSettings | null;
  devices: number;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** What matching needs of a task, read while it is open and visible. */
export interface AlertTask {
  id: string;
  title: string;
  categoryId: string;
  subcategoryId: string;
  cityId: string;
  districtId: string | null;
}

/** The task an alert is about, while it still takes responses: closed or hidden since, it alerts nobody. */
export async function findAlertTask(db: DbOrTx, taskId: string): Promise<AlertTask | null> {
  const task = await findTaskById(db, taskId);
  if (!task || !isOpenForResponses(task.status) || task.hiddenAt !== null) return null;
  const { id, title, categoryId, subcategoryId, cityId, districtId } = task;
  return { id, title, categoryId, subcategoryId, cityId, districtId };
}

/**
 * Who a task alerts: the feed's matching rule from the task's side (profiles' providersServing: its category or
 * subcategory served, the same service city, its district served or none chosen), with each provider's rank.
 *
 * The order is a hash of (task, provider): unrelated to sign-up order, rating or anything else about
 * a provider, and different for every task, so nobody is always first.
 */
function matchingProviders(task: AlertTask) {
  return sql`
    select s.user_id, hashtextextended(s.user_id::text, hashtextextended(${task.id}::text, 0)) as rank
    from (${providersServing(task, [task.categoryId, task.subcategoryId])}) s`;
}

/**
 * The next `limit` matching providers after `after` (null: from the start), in the task's hash order:
 * who, and nothing about them. Computing the match costs the same for any page size (the city's
 * providers hashed against the categories' ones, ~250 ms at 29,000 matches on 200,000 providers), so
 * the fan-out asks for a long stretch of the order at once and reads the details of each batch apart.
 */
export async function findMatchingOrder(db: DbOrTx, task: AlertTask, after: AlertCursor | null, limit: number): Promise<AlertCursor[]> {
  const keyset = after ? sql`where (m.rank, m.user_id) > (${after.rank.toString()}::bigint, ${after.userId}::uuid)` : sql``;
  const result = await db.execute(sql`
    with matched as (${matchingProviders(task)})
    select m.user_id as "userId", m.rank::text as rank from matched m ${keyset} order by m.rank, m.user_id limit ${limit}`);
  return rowsOf<{ userId: string; rank: string }>(result).map((r) => ({ userId: r.userId, rank: BigInt(r.rank) }));
}

/**
 * Whether each of these providers is active, with their contacts, settings and browser counts: one
 * query per batch, by primary key, in the order given. An account deleted since is simply absent.
 * The lateral subquery with `offset 0` keeps it a lookup per id: joined plainly, the planner hashed
 * all 200,000 users for 5,000 ids (208 ms against 83 ms, EXPLAIN in BENCHMARKS.md).
 */
export async function findAlertRecipientDetails(db: DbOrTx, order: AlertCursor[]): Promise<AlertRecipient[]> {
  if (order.length === 0) return [];
  const rankOf = new Map(order.map((c) => [c.userId, c.rank]));
  const result = await db.execute(sql`
    select page.user_id as "userId",
           (c.role = 'provider' and c.status = 'active') as active, c.locale as locale, c.email as email,
           ${notificationSettings.settings} as settings, ${browserCountOf(sql`page.user_id`)} as devices
    from unnest(string_to_array(${order.map((c) => c.userId).join(',')}, ',')::uuid[]) with ordinality as page(user_id, n)
    cross join lateral (select * from ${userContacts} where ${userContacts.id} = page.user_id offset 0) as c
    left join ${notificationSettings} on ${notificationSettings.userId} = page.user_id
    order by page.n`);
  return rowsOf<Omit<AlertRecipient, 'rank'>>(result).map((r) => ({ ...r, rank: rankOf.get(r.userId)! }));
}
