import { hash } from '@node-rs/argon2';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { categories, cities, districts } from '../catalog/catalog.table.js';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';
import { withTextFingerprint } from '../tasks/index.js';
import { demoTasks, demoUsers } from './demo-data.js';

/** Every demo account signs in with this password (shown in the README; never in production). */
export const demoPassword = 'dastiyor-demo';

/**
 * Demo customers, providers and open tasks for a first look at the product. Runs once: when the
 * demo accounts already exist nothing is added, so restarts never duplicate tasks.
 */
export async function seedDemoData(db: Db, now: Date = new Date()): Promise<{ created: boolean }> {
  const emails = demoUsers.map((u) => u.email);
  const existing = await db.select({ id: users.id }).from(users).where(inArray(users.email, emails)).limit(1);
  if (existing.length > 0) return { created: false };

  const passwordHash = await hash(demoPassword);
  const [categoryRows, cityRows, districtRows] = await Promise.all([
    db.select().from(categories),
    db.select().from(cities),
    db.select().from(districts),
  ]);
  const categoryId = (slug: string) => required(categoryRows.find((c) => c.slug === slug)?.id, `category ${slug}`);
  const city = (slug: string) =>
    required(
      cityRows.find((c) => c.slug === slug),
      `city ${slug}`,
    );

  await db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const u of demoUsers) {
      const [row] = await tx
        .insert(users)
        .values({
          role: u.role,
          name: u.name,
          email: u.email.toLowerCase(),
          emailVerifiedAt: now,
          phone: u.phone,
          phoneVerifiedAt: now,
          passwordHash,
          locale: u.locale,
          cityId: city(u.citySlug).id,
        })
        .returning({ id: users.id });
      ids.set(u.key, row!.id);
    }
    for (const t of demoTasks) {
      const cityRow = city(t.citySlug);
      const districtId = t.districtSlug
        ? required(districtRows.find((d) => d.cityId === cityRow.id && d.slug === t.districtSlug)?.id, `district ${t.districtSlug}`)
        : null;
      const publishedAt = new Date(now.getTime() - t.postedHoursAgo * 3_600_000);
      await tx.insert(tasks).values(
        withTextFingerprint({
          customerId: required(ids.get(t.customerKey), `demo user ${t.customerKey}`),
          title: t.title,
          description: t.description,
          categoryId: categoryId(t.categorySlug),
          subcategoryId: categoryId(t.subcategorySlug),
          cityId: cityRow.id,
          districtId,
          budgetType: t.budgetType,
          budgetAmount: t.budgetType === 'fixed' ? t.budgetAmount : null,
          urgency: t.urgency,
          startsAt: t.startsInHours === null ? null : new Date(now.getTime() + t.startsInHours * 3_600_000),
          status: 'new',
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        }),
      );
    }
  });
  return { created: true };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data refers to a missing ${what}`);
  return value;
}
