import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { categories, cities, districts } from './catalog.table.js';

export function findActiveCategories(db: DbOrTx) {
  return db
    .select({ id: categories.id, parentId: categories.parentId, slug: categories.slug, name: categories.name, icon: categories.icon })
    .from(categories)
    .where(eq(categories.isActive, true))
    .orderBy(asc(categories.sortOrder), asc(categories.slug));
}

export async function findCitiesWithDistricts(db: DbOrTx) {
  const [cityRows, districtRows] = await Promise.all([
    db.select().from(cities).orderBy(asc(cities.sortOrder), asc(cities.slug)),
    db.select().from(districts).orderBy(asc(districts.sortOrder), asc(districts.slug)),
  ]);
  return { cityRows, districtRows };
}

const parents = alias(categories, 'parents');

/** The subcategory `subcategoryId` under the top-level `categoryId`, with both activity flags; null when not such a pair. */
export async function findCategoryPair(db: DbOrTx, categoryId: string, subcategoryId: string) {
  const [row] = await db
    .select({ id: categories.id, isActive: categories.isActive, parentIsActive: parents.isActive })
    .from(categories)
    .innerJoin(parents, eq(parents.id, categories.parentId))
    .where(and(eq(categories.id, subcategoryId), eq(parents.id, categoryId), isNull(parents.parentId)))
    .limit(1);
  return row ?? null;
}

export async function findPlace(db: DbOrTx, cityId: string, districtId: string | null): Promise<boolean> {
  if (districtId) {
    const [row] = await db
      .select({ id: districts.id })
      .from(districts)
      .where(and(eq(districts.id, districtId), eq(districts.cityId, cityId)))
      .limit(1);
    return row !== undefined;
  }
  const [row] = await db.select({ id: cities.id }).from(cities).where(eq(cities.id, cityId)).limit(1);
  return row !== undefined;
}
