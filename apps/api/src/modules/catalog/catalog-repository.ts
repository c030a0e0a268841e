import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { categories, cities, districts } from '../../db/schema/index.js';

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
