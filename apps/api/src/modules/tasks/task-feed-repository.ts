import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { categories, cities, districts, tasks } from '../../db/schema/index.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export interface FeedFilter {
  categoryId?: string;
  subcategoryId?: string;
  cityId?: string;
  districtId?: string;
  urgency?: 'normal' | 'urgent';
}

const subcategories = alias(categories, 'subcategories');

/** Open tasks, newest first, one page past `after` (keyset: never OFFSET). */
export async function findFeedTasks(db: DbOrTx, filter: FeedFilter, after: KeysetPosition | null, limit: number) {
  const conditions: SQL[] = [eq(tasks.status, 'new')];
  if (filter.categoryId) conditions.push(eq(tasks.categoryId, filter.categoryId));
  if (filter.subcategoryId) conditions.push(eq(tasks.subcategoryId, filter.subcategoryId));
  if (filter.cityId) conditions.push(eq(tasks.cityId, filter.cityId));
  if (filter.districtId) conditions.push(eq(tasks.districtId, filter.districtId));
  if (filter.urgency) conditions.push(eq(tasks.urgency, filter.urgency));
  if (after) {
    conditions.push(or(lt(tasks.publishedAt, after.at), and(eq(tasks.publishedAt, after.at), lt(tasks.id, after.id)))!);
  }
  return selectTaskCards(db)
    .where(and(...conditions, sql`${tasks.publishedAt} is not null`))
    .orderBy(desc(tasks.publishedAt), desc(tasks.id))
    .limit(limit);
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
    })
    .from(tasks)
    .innerJoin(categories, eq(categories.id, tasks.categoryId))
    .innerJoin(subcategories, eq(subcategories.id, tasks.subcategoryId))
    .innerJoin(cities, eq(cities.id, tasks.cityId))
    .leftJoin(districts, eq(districts.id, tasks.districtId))
    .$dynamic();
}

export type FeedRow = Awaited<ReturnType<typeof findTaskCardsByIds>>[number];
