import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { SqlOperand } from '../../db/sql-operand.js';
import { type ImageSize, imageSizesOf } from '../files/index.js';
import { userAccounts } from '../users/index.js';
import { portfolioItems, providerCategories, providerDistricts, providerProfiles } from './profiles.table.js';

/** Everything a provider has on top of the account, with the defaults of a provider who never edited it. */
export interface ProviderState {
  description: string;
  skills: string[];
  serviceCityId: string | null;
  categoryIds: string[];
  districtIds: string[];
  portfolio: ImageSize[];
  ratingAverage: number | null;
  reviewsCount: number;
  completedCount: number;
  /** An admin checked this provider (the public badge). */
  verified: boolean;
}

/**
 * The provider side of the account `userId` names, as columns of a statement that left-joins
 * `providerProfiles` on it (the row is created on a provider's first edit, not at sign-up or on read: reads
 * stay free of writes, and a missing row simply means "nothing filled in yet"); categories, districts and
 * the portfolio come as arrays, each in its key order.
 */
export function providerStateFields(userId: SqlOperand) {
  return {
    description: providerProfiles.description,
    skills: providerProfiles.skills,
    serviceCityId: providerProfiles.serviceCityId,
    ratingAverage: providerProfiles.ratingAverage,
    reviewsCount: providerProfiles.reviewsCount,
    completedCount: providerProfiles.completedCount,
    verifiedAt: providerProfiles.verifiedAt,
    categoryIds: sql<string[]>`array(select ${providerCategories.categoryId} from ${providerCategories}
      where ${providerCategories.userId} = ${userId} order by ${providerCategories.categoryId})`,
    districtIds: sql<string[]>`array(select ${providerDistricts.districtId} from ${providerDistricts}
      where ${providerDistricts.userId} = ${userId} order by ${providerDistricts.districtId})`,
    portfolio: imageSizesOf({
      from: portfolioItems,
      fileId: portfolioItems.fileId,
      where: eq(portfolioItems.userId, userId),
      order: sql`${portfolioItems.sortOrder}, ${portfolioItems.createdAt}`,
    }),
  };
}

/** What `providerStateFields` answers; the profile's columns are null when the provider never edited it. */
export interface ProviderStateRow {
  description: string | null;
  skills: string[] | null;
  serviceCityId: string | null;
  ratingAverage: number | null;
  reviewsCount: number | null;
  completedCount: number | null;
  verifiedAt: Date | null;
  categoryIds: string[];
  districtIds: string[];
  portfolio: ImageSize[];
}

export function toProviderState(row: ProviderStateRow): ProviderState {
  return {
    description: row.description ?? '',
    skills: row.skills ?? [],
    serviceCityId: row.serviceCityId,
    categoryIds: row.categoryIds,
    districtIds: row.districtIds,
    portfolio: row.portfolio,
    ratingAverage: row.ratingAverage,
    reviewsCount: row.reviewsCount ?? 0,
    completedCount: row.completedCount ?? 0,
    verified: row.verifiedAt !== null,
  };
}

/** One provider's state alone (the "before" of a profile edit, inside its transaction): one statement. */
export async function loadProviderState(db: DbOrTx, userId: string): Promise<ProviderState> {
  const [row] = await db
    .select(providerStateFields(userAccounts.id))
    .from(userAccounts)
    .leftJoin(providerProfiles, eq(providerProfiles.userId, userAccounts.id))
    .where(eq(userAccounts.id, userId));
  if (!row) throw new Error(`loadProviderState: no account ${userId}`);
  return toProviderState(row);
}
