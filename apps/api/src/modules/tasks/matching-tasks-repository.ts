import { and, desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { tasks } from './tasks.table.js';
import { matchesProviderConditions, openTaskConditions } from './task-match-rule.js';

/** Open tasks matching the provider published in (after, until]; `until` absent: up to now. */
export interface MatchingWindow {
  after: Date;
  until?: Date;
}

function windowConditions(providerId: string, window: MatchingWindow) {
  return and(
    ...openTaskConditions(),
    ...matchesProviderConditions(providerId),
    sql`${tasks.publishedAt} > ${window.after.toISOString()}::timestamptz`,
    ...(window.until ? [sql`${tasks.publishedAt} <= ${window.until.toISOString()}::timestamptz`] : []),
  );
}

/** The newest `limit` of them, newest first. */
export function findMatchingTasks(db: DbOrTx, providerId: string, window: MatchingWindow, limit: number) {
  return db
    .select({ id: tasks.id, title: tasks.title, publishedAt: tasks.publishedAt })
    .from(tasks)
    .where(windowConditions(providerId, window))
    .orderBy(desc(tasks.publishedAt), desc(tasks.id))
    .limit(limit);
}

/** How many, counting no further than `cap`: the LIMIT stops the index walk, so a busy provider costs the same. */
export async function countMatchingTasks(db: DbOrTx, providerId: string, window: MatchingWindow, cap: number): Promise<number> {
  const capped = db
    .select({ one: sql`1`.as('one') })
    .from(tasks)
    .where(windowConditions(providerId, window))
    .limit(cap)
    .as('capped');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(capped);
  return row?.n ?? 0;
}

/**
 * `countMatchingTasks` for many providers in one statement, each with their own window start: a lateral count
 * per provider row, capped the same way. The profile parts depend only on the provider, so they run once per
 * provider, not per task. Providers without a profile count 0.
 */
export async function countMatchingTasksOf(
  db: DbOrTx,
  windows: Array<{ providerId: string; after: Date }>,
  cap: number,
): Promise<Map<string, number>> {
  if (windows.length === 0) return new Map();
  // Two text parameters split into arrays: Drizzle would spread a JS array into a list of parameters.
  const ids = windows.map((w) => w.providerId).join(',');
  const afters = windows.map((w) => w.after.toISOString()).join(',');
  const provider = sql`r.provider_id`;
  const result = await db.execute(sql`
    select r.provider_id::text as provider_id, (
      select count(*)::int from (
        select 1 from ${tasks}
        where ${and(...openTaskConditions(), ...matchesProviderConditions(provider), sql`${tasks.publishedAt} > r.after`)}
        limit ${cap}
      ) capped
    ) as n
    from unnest(string_to_array(${ids}, ',')::uuid[], string_to_array(${afters}, ',')::timestamptz[]) as r(provider_id, after)`);
  // Both drivers answer `{ rows }`; the Db union types the result loosely.
  const { rows } = result as unknown as { rows: Array<{ provider_id: string; n: number }> };
  return new Map(rows.map((r) => [r.provider_id, Number(r.n)]));
}
