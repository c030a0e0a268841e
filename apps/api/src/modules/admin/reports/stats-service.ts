import type { TAdminStats, TAdminStatsQuery, TAdminStatsTotals } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { resolveDayRange } from './day-range.js';
import { findActiveSubscriptionsByPlan, findConversion, findDailyFigures } from './stats-repository.js';

export const statsRange = { defaultDays: 30, maxDays: 366 };

/** The dashboard: daily figures over a range of Dushanbe days, their totals, the funnel, and who is subscribed now. */
export async function getAdminStats(deps: { db: Db; clock: () => Date }, admin: Actor, query: TAdminStatsQuery): Promise<TAdminStats> {
  assertAdmin(admin);
  const now = deps.clock();
  const range = resolveDayRange(query, now, statsRange);
  const [daily, conversion, activeSubscriptions] = await Promise.all([
    findDailyFigures(deps.db, range),
    findConversion(deps.db, range),
    findActiveSubscriptionsByPlan(deps.db, now),
  ]);
  const days = daily.map((d) => ({ ...d, revenue: d.revenueGross - d.refunds }));
  const totals: TAdminStatsTotals = {
    newCustomers: 0,
    newProviders: 0,
    tasksPublished: 0,
    tasksCompleted: 0,
    tasksCancelled: 0,
    responses: 0,
    revenueGross: 0,
    refunds: 0,
    revenue: 0,
  };
  for (const d of days) for (const key of Object.keys(totals) as (keyof TAdminStatsTotals)[]) totals[key] += d[key];
  return {
    from: range.from,
    to: range.to,
    timeZone: 'Asia/Dushanbe',
    days,
    totals,
    conversion,
    activeSubscriptions,
    generatedAt: now.toISOString(),
  };
}
