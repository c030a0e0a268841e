import { randomUUID } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { categories, cities, districts, tasks, users } from '../src/db/schema/index.js';
import { withTextFingerprint } from '../src/modules/tasks/task-repository.js';

type NewUser = typeof users.$inferInsert;
type NewTask = typeof tasks.$inferInsert;

export async function createUser(db: Db, overrides: Partial<NewUser> = {}) {
  const id = randomUUID();
  const [row] = await db
    .insert(users)
    .values({ id, role: 'customer', name: 'Тест Тестов', email: `${id}@test.dastiyor.tj`, passwordHash: '!', ...overrides })
    .returning();
  return row!;
}

/** Any real subcategory with its parent, and a city with a district, from the seeded reference data. */
export async function referencePlaces(db: Db) {
  const [sub] = await db.select().from(categories).where(isNotNull(categories.parentId)).limit(1);
  const [district] = await db.select().from(districts).limit(1);
  const [city] = await db.select().from(cities).where(eq(cities.id, district!.cityId));
  return { categoryId: sub!.parentId!, subcategoryId: sub!.id, cityId: city!.id, districtId: district!.id };
}

export async function createTask(db: Db, customerId: string, overrides: Partial<NewTask> = {}) {
  const places = await referencePlaces(db);
  const [row] = await db
    .insert(tasks)
    .values(
      withTextFingerprint({
        customerId,
        title: 'Починить кран на кухне',
        description: 'Течёт смеситель, нужно заменить картридж.',
        ...places,
        budgetType: 'fixed',
        budgetAmount: 15_000,
        status: 'new',
        publishedAt: new Date(),
        ...overrides,
      }),
    )
    .returning();
  return row!;
}
