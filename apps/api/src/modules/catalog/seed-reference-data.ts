import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { categories, cities, districts } from '../../db/schema/index.js';
import { categories as categorySeeds, cities as citySeeds } from './reference-data.js';

/**
 * Upserts categories, cities and districts by slug. Safe on every start: names, icons and order
 * follow the code; rows an admin added stay; activity flags an admin changed stay.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, top] of categorySeeds.entries()) {
      const [parent] = await tx
        .insert(categories)
        .values({ slug: top.slug, name: top.name, icon: top.icon, sortOrder: i * 10 })
        .onConflictDoUpdate({
          target: categories.slug,
          set: { name: top.name, icon: top.icon, parentId: null, sortOrder: i * 10, updatedAt: sql`now()` },
        })
        .returning({ id: categories.id });
      for (const [j, child] of top.children.entries()) {
        await tx
          .insert(categories)
          .values({ slug: child.slug, name: child.name, parentId: parent!.id, sortOrder: j * 10 })
          .onConflictDoUpdate({
            target: categories.slug,
            set: { name: child.name, parentId: parent!.id, sortOrder: j * 10, updatedAt: sql`now()` },
          });
      }
    }
    for (const [i, city] of citySeeds.entries()) {
      const [row] = await tx
        .insert(cities)
        .values({ slug: city.slug, name: city.name, sortOrder: i * 10 })
        .onConflictDoUpdate({ target: cities.slug, set: { name: city.name, sortOrder: i * 10 } })
        .returning({ id: cities.id });
      for (const [j, district] of city.districts.entries()) {
        await tx
          .insert(districts)
          .values({ cityId: row!.id, slug: district.slug, name: district.name, sortOrder: j * 10 })
          .onConflictDoUpdate({ target: [districts.cityId, districts.slug], set: { name: district.name, sortOrder: j * 10 } });
      }
    }
  });
}
