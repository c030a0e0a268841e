import type { TNotificationSettings } from '@dastiyor/contracts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notificationSettings } from './notification-settings.table.js';
import { providerCategories, providerDistricts, providerProfiles } from '../profiles/profiles.table.js';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';
import { browserCount, verifiedEmail } from './delivery-repository.js';

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
  const [row] = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      categoryId: tasks.categoryId,
      subcategoryId: tasks.subcategoryId,
      cityId: tasks.cityId,
      districtId: tasks.districtId,
    })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.status, 'new'), isNull(tasks.hiddenAt)));
  return row ?? null;
}

/**
 * Who a task alerts: the feed's matching rule (its category or subcategory served, the same service
 * city, its district served or none chosen). The task's values are bound as constants, not joined:
 * joined, the category test became a subquery correlated with the task that re-ran for every provider
 * of the city (minutes at 200,000 providers). As constants the planner uses the indexes of migration
 * 0024 — the city's profiles by provider_profiles_city_idx, the categories' providers by
 * provider_categories_category_idx, hashed and joined — and touches no other table: whether an
 * account is active is read for the batch's rows only.
 *
 * The order is a hash of (task, provider): unrelated to sign-up order, rating or anything else about
 * a provider, and different for every task, so nobody is always first.
 */
function matchingProviders(task: AlertTask) {
  const district = task.districtId
    ? sql`and (exists (select 1 from ${providerDistricts} pd where pd.user_id = p.user_id and pd.district_id = ${task.districtId})
        or not exists (select 1 from ${providerDistricts} pd where pd.user_id = p.user_id))`
    : sql``;
  return sql`
    select p.user_id, hashtextextended(p.user_id::text, hashtextextended(${task.id}::text, 0)) as rank
    from ${providerProfiles} p
    where p.service_city_id = ${task.cityId}
      and p.user_id in (select pc.user_id from ${providerCategories} pc where pc.category_id in (${task.categoryId}, ${task.subcategoryId}))
      ${district}`;
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
           (${users.role} = 'provider' and ${users.status} = 'active') as active, ${users.locale} as locale, ${verifiedEmail} as email,
           ${notificationSettings.settings} as settings, ${browserCount} as devices
    from unnest(string_to_array(${order.map((c) => c.userId).join(',')}, ',')::uuid[]) with ordinality as page(user_id, n)
    cross join lateral (select * from ${users} where ${users.id} = page.user_id offset 0) as users
    left join ${notificationSettings} on ${notificationSettings.userId} = page.user_id
    order by page.n`);
  return rowsOf<Omit<AlertRecipient, 'rank'>>(result).map((r) => ({ ...r, rank: rankOf.get(r.userId)! }));
}
