import type { TFeedSort } from '@dastiyor/contracts';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { categoryNames, cityNames, districtNames } from '../catalog/index.js';
import { holdsPriorityAt } from '../subscriptions/index.js';
import { taskAttachments, tasks } from './tasks.table.js';
import { preparedStatement } from '../../db/prepared-statements.js';
import { afterValues, type FeedFilter, feedConditions, literalLimit, sortSpec } from './task-feed-sql.js';
import { matchesProviderConditions, openTaskConditions } from './task-match-rule.js';

const categories = categoryNames('categories');
const subcategories = categoryNames('subcategories');

/** The feed page query; the page size is a literal (see `literalLimit`). */
function feedPageQuery(db: DbOrTx, conditions: SQL[], sort: TFeedSort, limit: number) {
  return selectTaskCards(db)
    .where(and(...conditions))
    .orderBy(...sortSpec(sort).order)
    .limit(literalLimit(limit));
}

/** Whether any open task matches `q` as words: one probe of the GIN index (tasks_feed_search_idx). */
export async function hasWordMatch(db: DbOrTx, q: string): Promise<boolean> {
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(...openTaskConditions(), sql`${tasks.searchVector} @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${q}))`))
    .limit(1);
  return rows.length > 0;
}

/** Open tasks matching the filter, one page past `after` in the chosen order (keyset: never OFFSET). */
export async function findFeedTasks(
  db: DbOrTx,
  filter: FeedFilter,
  sort: TFeedSort,
  after: { key: number; id: string } | null,
  limit: number,
) {
  const { conditions, values } = feedConditions(filter);
  if (after) {
    conditions.push(sortSpec(sort).after);
    Object.assign(values, afterValues(sort, after.key, after.id));
  }
  const signature = `page|${Object.keys(values).join(',')}|${sort}|${limit}`;
  const build = () => feedPageQuery(db, conditions, sort, limit);
  return (preparedStatement(db, signature, build) ?? build()).execute(values);
}

/**
 * The newest tasks published in (since, now] that pass the filter and match the provider's line of work
 * and area (task-match-rule.ts) - but only while the provider holds a
 * priority (Premium) period (subscriptions' holdsPriorityAt). One query: the subscription
 * and profile parts do not depend on the task row, so Postgres runs them once (InitPlans) and, for a
 * provider without Premium, skips the task scan altogether; the time window keeps the scan of
 * tasks_feed_idx to the last hour.
 */
export async function findPinnedFeedTasks(
  db: DbOrTx,
  filter: FeedFilter,
  providerId: string,
  window: { since: Date; now: Date },
  limit: number,
) {
  const now = window.now.toISOString();
  const { conditions: filters, values } = feedConditions(filter);
  const conditions = [
    ...filters,
    sql`${tasks.publishedAt} > ${window.since.toISOString()}::timestamptz`,
    sql`${tasks.publishedAt} <= ${now}::timestamptz`,
    holdsPriorityAt(providerId, now),
    ...matchesProviderConditions(providerId),
  ];
  return selectTaskCards(db)
    .where(and(...conditions))
    .orderBy(...sortSpec('newest').order)
    .limit(limit)
    .execute(values);
}

/** The sort key of a card, as `findFeedTasks` compares it. */
export function feedSortKey(row: FeedRow, sort: TFeedSort): number {
  switch (sort) {
    case 'newest':
      return row.publishedAt!.getTime();
    case 'budget_desc':
      return row.budgetAmount ?? -1;
    case 'budget_asc':
      return row.budgetAmount ?? 2147483647;
    case 'date':
      return row.startsAt?.getTime() ?? 1e15;
  }
}

/** Cards by id, in no particular order (callers order them). */
export function findTaskCardsByIds(db: DbOrTx, ids: string[]) {
  return selectTaskCards(db).where(inArray(tasks.id, ids));
}

/** What a card shows: task fields with category, subcategory, city and district names (`withCardNames`). */
export const taskCardFields = {
  id: tasks.id,
  title: tasks.title,
  description: tasks.description,
  status: tasks.status,
  budgetType: tasks.budgetType,
  budgetAmount: tasks.budgetAmount,
  urgency: tasks.urgency,
  startsAt: tasks.startsAt,
  publishedAt: tasks.publishedAt,
  createdAt: tasks.createdAt,
  category: { id: categories.id, slug: categories.slug, name: categories.name },
  subcategory: { id: subcategories.id, slug: subcategories.slug, name: subcategories.name },
  city: { id: cityNames.id, name: cityNames.name },
  districtId: districtNames.id,
  districtName: districtNames.name,
  // One index probe per card (the attachments key starts with task_id): the thumbnail is the first photo.
  thumbnailFileId: sql<string | null>`(select ${taskAttachments.fileId} from ${taskAttachments}
    where ${taskAttachments.taskId} = ${tasks.id} order by ${taskAttachments.sortOrder} limit 1)`,
};

/** The joins `taskCardFields` reads its names through, on a select over `tasks`. */
export function withCardNames<Q extends PgSelect>(query: Q) {
  return query
    .innerJoin(categories, eq(categories.id, tasks.categoryId))
    .innerJoin(subcategories, eq(subcategories.id, tasks.subcategoryId))
    .innerJoin(cityNames, eq(cityNames.id, tasks.cityId))
    .leftJoin(districtNames, eq(districtNames.id, tasks.districtId));
}

function selectTaskCards(db: DbOrTx) {
  return withCardNames(db.select(taskCardFields).from(tasks).$dynamic());
}

export type FeedRow = Awaited<ReturnType<typeof findTaskCardsByIds>>[number];
