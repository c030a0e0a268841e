import type { TFeedSort } from '@dastiyor/contracts';
import { and, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
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
}

const subcategories = alias(categories, 'subcategories');

/**
 * How each sort orders and where a page resumes. Keys are numbers in cursors (milliseconds for times;
 * columns hold whole milliseconds). Tasks without the key (negotiable, flexible date) come last; the
 * id breaks ties. `newest` walks tasks_feed_idx as it is declared (published_at DESC NULLS LAST).
 */
const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
const sortSpecs: Record<TFeedSort, { order: SQL[]; after: (key: number, id: string) => SQL }> = {
  newest: {
    order: [sql`${tasks.publishedAt} desc nulls last`, sql`${tasks.id} desc`],
    after: (key, id) => sql`(${tasks.publishedAt}, ${tasks.id}) < (${at(key)}, ${id}::uuid)`,
  },
  budget_desc: {
    order: [sql`coalesce(${tasks.budgetAmount}, -1) desc`, sql`${tasks.id} desc`],
    after: (key, id) => sql`(coalesce(${tasks.budgetAmount}, -1), ${tasks.id}) < (${key}::int, ${id}::uuid)`,
  },
  budget_asc: {
    order: [sql`coalesce(${tasks.budgetAmount}, 2147483647) asc`, sql`${tasks.id} asc`],
    after: (key, id) => sql`(coalesce(${tasks.budgetAmount}, 2147483647), ${tasks.id}) > (${key}::int, ${id}::uuid)`,
  },
  date: {
    order: [sql`coalesce(${tasks.startsAt}, 'infinity'::timestamptz) asc`, sql`${tasks.id} asc`],
    after: (key, id) =>
      sql`(coalesce(${tasks.startsAt}, 'infinity'::timestamptz), ${tasks.id}) > (${key >= 1e15 ? sql`'infinity'::timestamptz` : at(key)}, ${id}::uuid)`,
  },
};

/** Open, published tasks that pass the request's filters: shared by the feed and its pinned block. */
function feedConditions(filter: FeedFilter): SQL[] {
  const conditions: SQL[] = [eq(tasks.status, 'new'), sql`${tasks.publishedAt} is not null`];
  if (filter.categoryId) conditions.push(eq(tasks.categoryId, filter.categoryId));
  if (filter.subcategoryId) conditions.push(eq(tasks.subcategoryId, filter.subcategoryId));
  if (filter.cityId) conditions.push(eq(tasks.cityId, filter.cityId));
  if (filter.districtId) conditions.push(eq(tasks.districtId, filter.districtId));
  if (filter.urgency) conditions.push(eq(tasks.urgency, filter.urgency));
  if (filter.budgetMin !== undefined) conditions.push(gte(tasks.budgetAmount, filter.budgetMin));
  if (filter.budgetMax !== undefined) conditions.push(lte(tasks.budgetAmount, filter.budgetMax));
  if (filter.dateFrom) conditions.push(gte(tasks.startsAt, filter.dateFrom));
  if (filter.dateTo) conditions.push(lt(tasks.startsAt, filter.dateTo));
  if (filter.q) {
    // Stemmed full text over title, description and category names (Tajik letters folded), or a
    // close spelling of a word in the title (typos).
    conditions.push(
      sql`(${tasks.searchVector} @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${filter.q}))
        or dastiyor_fold(${filter.q}) <% dastiyor_fold(${tasks.title}))`,
    );
  }
  return conditions;
}

/** Open tasks matching the filter, one page past `after` in the chosen order (keyset: never OFFSET). */
export async function findFeedTasks(
  db: DbOrTx,
  filter: FeedFilter,
  sort: TFeedSort,
  after: { key: number; id: string } | null,
  limit: number,
) {
  const conditions = feedConditions(filter);
  const spec = sortSpecs[sort];
  if (after) conditions.push(spec.after(after.key, after.id));
  return selectTaskCards(db)
    .where(and(...conditions))
    .orderBy(...spec.order)
    .limit(limit);
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
  const conditions = [
    ...feedConditions(filter),
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
    .limit(limit);
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
