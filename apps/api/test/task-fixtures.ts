import { isNotNull } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { categories, districts } from '../src/db/schema/index.js';

/** A valid task body built from the seeded reference data, with overrides. */
export async function taskBody(db: Db, overrides: Record<string, unknown> = {}) {
  const subs = await db.select().from(categories).where(isNotNull(categories.parentId)).limit(2);
  const [district] = await db.select().from(districts).limit(1);
  return {
    title: 'Заменить смеситель на кухне',
    description: 'Течёт смеситель, новый уже куплен. Нужно снять старый и поставить новый.',
    categoryId: subs[0]!.parentId!,
    subcategoryId: subs[0]!.id,
    cityId: district!.cityId,
    districtId: district!.id,
    address: 'ул. Рудаки 15, кв. 8',
    budgetType: 'fixed',
    budgetAmount: 15_000,
    urgency: 'normal',
    ...overrides,
  };
}
