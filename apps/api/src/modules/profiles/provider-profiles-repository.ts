import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { providerCategories, providerDistricts, providerProfiles } from './profiles.table.js';
import { lockUserForEdit } from '../users/index.js';

export type ProviderProfileRow = typeof providerProfiles.$inferSelect;
type ProviderProfileChange = Partial<Pick<ProviderProfileRow, 'description' | 'skills' | 'serviceCityId'>>;

/** Locks the profile's owner for the rest of the transaction: edits and uploads of one profile queue on it (users' `lockUserForEdit`). */
export function lockProfileOwner(tx: DbOrTx, userId: string) {
  return lockUserForEdit(tx, userId);
}

export async function findProviderProfile(db: DbOrTx, userId: string): Promise<ProviderProfileRow | null> {
  const [row] = await db.select().from(providerProfiles).where(eq(providerProfiles.userId, userId)).limit(1);
  return row ?? null;
}

/** Creates the row on a provider's first edit; later edits update it. */
export async function saveProviderProfile(tx: DbOrTx, userId: string, change: ProviderProfileChange, now: Date) {
  await tx
    .insert(providerProfiles)
    .values({ userId, ...change, updatedAt: now })
    .onConflictDoUpdate({ target: providerProfiles.userId, set: { ...change, updatedAt: now } });
}

type ProviderStanding = Pick<ProviderProfileRow, 'ratingAverage' | 'reviewsCount' | 'completedCount'>;

/** The figures the reviews module computes (reviews/provider-standing.ts), stored on the profile for cards and sorting. */
export async function saveProviderStanding(tx: DbOrTx, userId: string, standing: ProviderStanding, now: Date) {
  await tx
    .insert(providerProfiles)
    .values({ userId, ...standing, updatedAt: now })
    .onConflictDoUpdate({ target: providerProfiles.userId, set: { ...standing, updatedAt: now } });
}

export async function findProviderCategoryIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: providerCategories.categoryId })
    .from(providerCategories)
    .where(eq(providerCategories.userId, userId))
    .orderBy(asc(providerCategories.categoryId));
  return rows.map((r) => r.id);
}

export async function replaceProviderCategories(tx: DbOrTx, userId: string, categoryIds: string[]) {
  await tx.delete(providerCategories).where(eq(providerCategories.userId, userId));
  if (categoryIds.length > 0) await tx.insert(providerCategories).values(categoryIds.map((categoryId) => ({ userId, categoryId })));
}

export async function findProviderDistrictIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: providerDistricts.districtId })
    .from(providerDistricts)
    .where(eq(providerDistricts.userId, userId))
    .orderBy(asc(providerDistricts.districtId));
  return rows.map((r) => r.id);
}

export async function replaceProviderDistricts(tx: DbOrTx, userId: string, districtIds: string[]) {
  await tx.delete(providerDistricts).where(eq(providerDistricts.userId, userId));
  if (districtIds.length > 0) await tx.insert(providerDistricts).values(districtIds.map((districtId) => ({ userId, districtId })));
}

/** The fields the new-task rule reads, in one round trip; null when the provider never filled in a profile. */
export async function findMatchFields(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      serviceCityId: providerProfiles.serviceCityId,
      // text[]: node-postgres parses it into an array, while a uuid[] would arrive as one '{…}' string. The
      // user is a parameter, not a column: Drizzle writes columns in a select list unqualified.
      categoryIds: sql<string[]>`array(select ${providerCategories.categoryId}::text from ${providerCategories}
        where ${providerCategories.userId} = ${userId})`,
      districtIds: sql<string[]>`array(select ${providerDistricts.districtId}::text from ${providerDistricts}
        where ${providerDistricts.userId} = ${userId})`,
    })
    .from(providerProfiles)
    .where(eq(providerProfiles.userId, userId));
  return row ?? null;
}
