import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { categories, cities, districts } from './catalog.table.js';
import { categories as categorySeeds, cities as citySeeds } from './reference-data.js';

/**
 * Seeds categories, cities and districts by slug. Safe on every start. Categories the code lists are
 * added when missing and otherwise left alone: from then on admins own their names, icons, order and
 * activity (issue 8), and a restart must not undo their edits. Cities and districts follow the code.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, top] of categorySeeds.entries()) {
      await tx
        .insert(categories)
        .values({ slug: top.slug, name: top.name, icon: top.icon, sortOrder: i * 10 })
        .onConflictDoNothing({ target: categories.slug });
      const [parent] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, top.slug));
      for (const [j, child] of top.children.entries()) {
        await tx
          .insert(categories)
          .values({ slug: child.slug, name: child.name, parentId: parent!.id, sortOrder: j * 10 })
          .onConflictDoNothing({ target: categories.slug });
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
