import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import type { DayRange } from './day-range.js';

export interface DailyFigures {
  day: string;
  newCustomers: number;
  newProviders: number;
  tasksPublished: number;
  tasksCompleted: number;
  tasksCancelled: number;
  responses: number;
  revenueGross: number;
  refunds: number;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * One row per Dushanbe day of the range, empty days as zeros (generate_series). Each figure is counted
 * from the rows whose event time falls inside [startsAt, endsAt), so every subquery is a range scan
 * on its timestamp, and grouped by the Dushanbe calendar day of that time. Money: see ZAdminStatsDay.
 */
export async function findDailyFigures(db: DbOrTx, range: DayRange): Promise<DailyFigures[]> {
  const start = sql`${range.startsAt.toISOString()}::timestamptz`;
  const end = sql`${range.endsAt.toISOString()}::timestamptz`;
  const day = (column: string) => sql.raw(`(${column} at time zone 'Asia/Dushanbe')::date`);
  const result = await db.execute(sql`
    with days as (
      select d::date as day from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as d
    ),
    signups as (
      select ${day('created_at')} as day,
             count(*) filter (where role = 'customer') as customers,
             count(*) filter (where role = 'provider') as providers
      from users where created_at >= ${start} and created_at < ${end} group by 1
    ),
    published as (
      select ${day('published_at')} as day, count(*) as n
      from tasks where published_at >= ${start} and published_at < ${end} group by 1
    ),
    closed as (
      select ${day('closed_at')} as day,
             count(*) filter (where status = 'completed') as completed,
             count(*) filter (where status = 'cancelled') as cancelled
      from tasks where closed_at >= ${start} and closed_at < ${end} group by 1
    ),
    sent as (
      select ${day('created_at')} as day, count(*) as n
      from responses where created_at >= ${start} and created_at < ${end} group by 1
    ),
    paid as (
      select ${day('paid_at')} as day, sum(amount) as gross
      from payments
      where provider <> 'balance' and status in ('succeeded', 'refunded') and paid_at >= ${start} and paid_at < ${end}
      group by 1
    ),
    refunded as (
      select ${day('updated_at')} as day, sum(amount) as refunds
      from payments
      where provider <> 'balance' and status = 'refunded' and updated_at >= ${start} and updated_at < ${end}
      group by 1
    )
    select to_char(days.day, 'YYYY-MM-DD') as "day",
           coalesce(signups.customers, 0)::int as "newCustomers",
           coalesce(signups.providers, 0)::int as "newProviders",
           coalesce(published.n, 0)::int as "tasksPublished",
           coalesce(closed.completed, 0)::int as "tasksCompleted",
           coalesce(closed.cancelled, 0)::int as "tasksCancelled",
           coalesce(sent.n, 0)::int as "responses",
           coalesce(paid.gross, 0)::float8 as "revenueGross",
           coalesce(refunded.refunds, 0)::float8 as "refunds"
    from days
    left join signups on signups.day = days.day
    left join published on published.day = days.day
    left join closed on closed.day = days.day
    left join sent on sent.day = days.day
    left join paid on paid.day = days.day
    left join refunded on refunded.day = days.day
    order by days.day
  `);
  return rowsOf<DailyFigures>(result).map((r) => ({ ...r, revenueGross: Number(r.revenueGross), refunds: Number(r.refunds) }));
}

/** Of the tasks published in the range: how many got a selected provider, and how many are completed. */
export async function findConversion(db: DbOrTx, range: DayRange) {
  const result = await db.execute(sql`
    select count(*)::int as "published",
           count(*) filter (where selected_provider_id is not null or status in ('in_progress', 'completed'))::int as "selected",
           count(*) filter (where status = 'completed')::int as "completed"
    from tasks
    where published_at >= ${range.startsAt.toISOString()}::timestamptz and published_at < ${range.endsAt.toISOString()}::timestamptz
  `);
  return rowsOf<{ published: number; selected: number; completed: number }>(result)[0] ?? { published: 0, selected: 0, completed: 0 };
}

/**
 * Providers with a period in force at `now`, per plan: every plan on sale (zeros included) and any
 * disabled plan someone is still on. A provider counts once per plan.
 */
export async function findActiveSubscriptionsByPlan(db: DbOrTx, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    select p.id as "planId", p.code as "code", p.name as "name",
           count(distinct sp.provider_id)::int as "active",
           count(distinct sp.provider_id) filter (where sp.source = 'trial')::int as "trial"
    from plans p
    left join subscription_periods sp
      on sp.plan_id = p.id and sp.starts_at <= ${at} and sp.ends_at > ${at} and (sp.revoked_at is null or sp.revoked_at > ${at})
    group by p.id
    having p.is_active or count(sp.id) > 0
    order by p.sort_order, p.code
  `);
  return rowsOf<{ planId: string; code: string; name: { ru: string; tg: string }; active: number; trial: number }>(result);
}
