import type { TFeedSort } from '@dastiyor/contracts';
import { and, eq, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import {
  categories,
  cities,
  districts,
  plans,
  providerCategories,
  providerDistricts,
  providerProfiles,
  subscriptionPeriods,
  taskAttachments,
  tasks,
} from '../../db/schema/index.js';

export interface FeedFilter {
  categoryId?: string;
  subcategoryId?: string;
  cityId?: string;
  districtId?: string;
  urgency?: 'normal' | 'urgent';
  budgetMin?: number;
  budgetMax?: number;
  dateFrom?: Date;
  dateTo?: Date;
  q?: string;
  /**
   * How `q` matches: `words` = stemmed full text over title, description and category names (Tajik
   * letters folded); `spelling` = a close spelling of a title word (pg_trgm), the typo fallback used only
   * when no open task matches the words at all (see hasWordMatch).
   */
  qMode?: 'words' | 'spelling';
}

const subcategories = alias(categories, 'subcategories');

/**
 * How each sort orders and where a page resumes. Keys are numbers in cursors (milliseconds for times;
 * columns hold whole milliseconds). Tasks without the key (negotiable, flexible date) come last; the
 * id breaks ties. `newest` walks tasks_feed_idx as it is declared (published_at DESC NULLS LAST).
 * The resume point is two placeholders, `afterKey` and `afterId` (see `afterValues`).
 */
const afterKey = sql.placeholder('afterKey');
const afterId = sql.placeholder('afterId');
const sortSpecs: Record<TFeedSort, { order: SQL[]; after: SQL }> = {
  newest: {
    order: [sql`${tasks.publishedAt} desc nulls last`, sql`${tasks.id} desc`],
    after: sql`(${tasks.publishedAt}, ${tasks.id}) < (${afterKey}::timestamptz, ${afterId}::uuid)`,
  },
  budget_desc: {
    order: [sql`coalesce(${tasks.budgetAmount}, -1) desc`, sql`${tasks.id} desc`],
    after: sql`(coalesce(${tasks.budgetAmount}, -1), ${tasks.id}) < (${afterKey}::int, ${afterId}::uuid)`,
  },
  budget_asc: {
    order: [sql`coalesce(${tasks.budgetAmount}, 2147483647) asc`, sql`${tasks.id} asc`],
    after: sql`(coalesce(${tasks.budgetAmount}, 2147483647), ${tasks.id}) > (${afterKey}::int, ${afterId}::uuid)`,
  },
  date: {
    order: [sql`coalesce(${tasks.startsAt}, 'infinity'::timestamptz) asc`, sql`${tasks.id} asc`],
    after: sql`(coalesce(${tasks.startsAt}, 'infinity'::timestamptz), ${tasks.id}) > (${afterKey}::timestamptz, ${afterId}::uuid)`,
  },
};

/** The placeholder values of a resume point: times as ISO text, a flexible date (key 1e15) as 'infinity'. */
function afterValues(sort: TFeedSort, key: number, id: string) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const value = sort === 'newest' ? iso(key) : sort === 'date' ? (key >= 1e15 ? 'infinity' : iso(key)) : key;
  return { afterKey: value, afterId: id };
}

type Placeholders = Record<string, unknown>;

/**
 * Open, published tasks that pass the request's filters: shared by the feed and its pinned block. Every
 * filter value is a placeholder named after its filter, so the SQL depends only on which filters are
 * present (the feed prepares it once per such set); `status = 'new'` stays a literal, or a generic plan
 * could not use the partial feed indexes. Tasks moderation hid never show (a filter on the index's rows:
 * hidden ones are rare, so the partial indexes keep serving the feed).
 */
function feedConditions(filter: FeedFilter): { conditions: SQL[]; values: Placeholders } {
  const conditions: SQL[] = [sql`${tasks.status} = 'new'`, sql`${tasks.publishedAt} is not null`, sql`${tasks.hiddenAt} is null`];
  const values: Placeholders = {};
  const add = (key: keyof FeedFilter | 'qSpelling', value: unknown, condition: (p: Placeholder) => SQL) => {
    if (value === undefined || value === '') return;
    values[key] = value instanceof Date ? value.toISOString() : value;
    conditions.push(condition(sql.placeholder(key)));
  };
  add('categoryId', filter.categoryId, (p) => sql`${tasks.categoryId} = ${p}`);
  add('subcategoryId', filter.subcategoryId, (p) => sql`${tasks.subcategoryId} = ${p}`);
  add('cityId', filter.cityId, (p) => sql`${tasks.cityId} = ${p}`);
  add('districtId', filter.districtId, (p) => sql`${tasks.districtId} = ${p}`);
  add('urgency', filter.urgency, (p) => sql`${tasks.urgency} = ${p}`);
  add('budgetMin', filter.budgetMin, (p) => sql`${tasks.budgetAmount} >= ${p}`);
  add('budgetMax', filter.budgetMax, (p) => sql`${tasks.budgetAmount} <= ${p}`);
  add('dateFrom', filter.dateFrom, (p) => sql`${tasks.startsAt} >= ${p}`);
  add('dateTo', filter.dateTo, (p) => sql`${tasks.startsAt} < ${p}`);
  // Two placeholder names, so the two modes never share a prepared statement's signature. The typo
  // check costs ~9 µs a row and would run for nearly every row the feed index walks: never OR them.
  if (filter.qMode === 'spelling') {
    add('qSpelling', filter.q, (p) => sql`dastiyor_fold(${p}) <% dastiyor_fold(${tasks.title})`);
  } else {
    add('q', filter.q, (p) => sql`${tasks.searchVector} @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${p}))`);
  }
  return { conditions, values };
}

type FeedPage = ReturnType<typeof feedPageQuery>;

/**
 * The feed page query. The page size is a literal, not a parameter: with `LIMIT $n` PostgreSQL's generic
 * plan assumes a large result and never wins over a custom plan, so every execution would be planned
 * again (bench/baseline-server.ts does the same). The dialect writes an object limit as SQL, hence the cast.
 */
function feedPageQuery(db: DbOrTx, conditions: SQL[], sort: TFeedSort, limit: number) {
  return selectTaskCards(db)
    .where(and(...conditions))
    .orderBy(...sortSpecs[sort].order)
    .limit(sql.raw(String(Math.trunc(limit))) as unknown as Placeholder);
}

/**
 * Named (server-side prepared) feed statements, one per filter set + sort + cursor or not + page size, per
 * database handle. With node-postgres each pooled connection parses and plans a statement once and then
 * reuses it, instead of planning the five-join query on every request; PGlite ignores the name and runs it
 * as before. Names are process-wide so one SQL text always has one name; past `maxStatements` signatures
 * (odd filter mixes) the query runs unnamed rather than growing every connection's statement cache.
 */
const maxStatements = 256;
const statementNames = new Map<string, string>();
const preparedByDb = new WeakMap<DbOrTx, Map<string, ReturnType<FeedPage['prepare']>>>();

function preparedFeedPage(db: DbOrTx, signature: string, build: () => FeedPage) {
  let prepared = preparedByDb.get(db);
  if (!prepared) preparedByDb.set(db, (prepared = new Map()));
  const cached = prepared.get(signature);
  if (cached) return cached;
  let name = statementNames.get(signature);
  if (!name) {
    if (statementNames.size >= maxStatements) return null;
    name = `feed_page_${statementNames.size}`;
    statementNames.set(signature, name);
  }
  const statement = build().prepare(name);
  prepared.set(signature, statement);
  return statement;
}

/** Whether any open task matches `q` as words: one probe of the GIN index (tasks_feed_search_idx). */
export async function hasWordMatch(db: DbOrTx, q: string): Promise<boolean> {
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        sql`${tasks.status} = 'new'`,
        sql`${tasks.publishedAt} is not null`,
        sql`${tasks.hiddenAt} is null`,
        sql`${tasks.searchVector} @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${q}))`,
      ),
    )
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
    conditions.push(sortSpecs[sort].after);
    Object.assign(values, afterValues(sort, after.key, after.id));
  }
  const signature = `${Object.keys(values).join(',')}|${sort}|${limit}`;
  const build = () => feedPageQuery(db, conditions, sort, limit);
  return (preparedFeedPage(db, signature, build) ?? build()).execute(values);
}

/**
 * The newest tasks published in (since, now] that pass the filter and lie in the provider's line of work
 * (a served category or subcategory) and area (the service city; within it a served district, a task
 * without a district, or any district when none is chosen) - but only while the provider holds a
 * priority (Premium) period, the same date rule as findPriorityProviders. One query: the subscription
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
  const servedCategories = sql`(select ${providerCategories.categoryId} from ${providerCategories}
    where ${providerCategories.userId} = ${providerId})`;
  const servedDistricts = sql`(select ${providerDistricts.districtId} from ${providerDistricts}
    where ${providerDistricts.userId} = ${providerId})`;
  const { conditions: filters, values } = feedConditions(filter);
  const conditions = [
    ...filters,
    sql`${tasks.publishedAt} > ${window.since.toISOString()}::timestamptz`,
    sql`${tasks.publishedAt} <= ${now}::timestamptz`,
    sql`exists (select 1 from ${subscriptionPeriods}
      inner join ${plans} on ${plans.id} = ${subscriptionPeriods.planId}
      where ${subscriptionPeriods.providerId} = ${providerId} and ${plans.priority}
        and ${subscriptionPeriods.startsAt} <= ${now}::timestamptz and ${subscriptionPeriods.endsAt} > ${now}::timestamptz
        and (${subscriptionPeriods.revokedAt} is null or ${subscriptionPeriods.revokedAt} > ${now}::timestamptz))`,
    sql`(${tasks.categoryId} in ${servedCategories} or ${tasks.subcategoryId} in ${servedCategories})`,
    sql`${tasks.cityId} = (select ${providerProfiles.serviceCityId} from ${providerProfiles}
      where ${providerProfiles.userId} = ${providerId})`,
    sql`(${tasks.districtId} is null or ${tasks.districtId} in ${servedDistricts}
      or not exists (select 1 from ${providerDistricts} where ${providerDistricts.userId} = ${providerId}))`,
  ];
  return selectTaskCards(db)
    .where(and(...conditions))
    .orderBy(...sortSpecs.newest.order)
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

/** Task fields with category, subcategory, city and district names: what a card shows. */
function selectTaskCards(db: DbOrTx) {
  return db
    .select({
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
      city: { id: cities.id, name: cities.name },
      districtId: districts.id,
      districtName: districts.name,
      // One index probe per card (the attachments key starts with task_id): the thumbnail is the first photo.
      thumbnailFileId: sql<string | null>`(select ${taskAttachments.fileId} from ${taskAttachments}
        where ${taskAttachments.taskId} = ${tasks.id} order by ${taskAttachments.sortOrder} limit 1)`,
    })
    .from(tasks)
    .innerJoin(categories, eq(categories.id, tasks.categoryId))
    .innerJoin(subcategories, eq(subcategories.id, tasks.subcategoryId))
    .innerJoin(cities, eq(cities.id, tasks.cityId))
    .leftJoin(districts, eq(districts.id, tasks.districtId))
    .$dynamic();
}

export type FeedRow = Awaited<ReturnType<typeof findTaskCardsByIds>>[number];
