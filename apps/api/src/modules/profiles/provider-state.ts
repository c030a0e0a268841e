import type { DbOrTx } from '../../db/client.js';
import { findPortfolioFileIds } from './portfolio-repository.js';
import { findProviderCategoryIds, findProviderDistrictIds, findProviderProfile } from './provider-profiles-repository.js';

/** Everything a provider has on top of the account, with the defaults of a provider who never edited it. */
export interface ProviderState {
  description: string;
  skills: string[];
  serviceCityId: string | null;
  categoryIds: string[];
  districtIds: string[];
  portfolioFileIds: string[];
  ratingAverage: number | null;
  reviewsCount: number;
  completedCount: number;
  /** An admin checked this provider (the public badge). */
  verified: boolean;
}

/**
 * The row is created on a provider's first edit, not at sign-up or on read: reads stay free of
 * writes, and a missing row simply means "nothing filled in yet".
 */
export async function loadProviderState(db: DbOrTx, userId: string): Promise<ProviderState> {
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const profile = await findProviderProfile(db, userId);
  const categoryIds = await findProviderCategoryIds(db, userId);
  const districtIds = await findProviderDistrictIds(db, userId);
  const portfolioFileIds = await findPortfolioFileIds(db, userId);
  return {
    description: profile?.description ?? '',
    skills: profile?.skills ?? [],
    serviceCityId: profile?.serviceCityId ?? null,
    categoryIds,
    districtIds,
    portfolioFileIds,
    ratingAverage: profile?.ratingAverage ?? null,
    reviewsCount: profile?.reviewsCount ?? 0,
    completedCount: profile?.completedCount ?? 0,
    verified: (profile?.verifiedAt ?? null) !== null,
  };
}
