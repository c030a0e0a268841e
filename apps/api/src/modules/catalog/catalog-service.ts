import type { TCategory, TCity } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import { findCategoryPair, findPlace } from './catalog-repository.js';
import { referenceData } from './reference-cache.js';

/** The two-level tree: top-level categories in order, each with its active subcategories (from the cache). */
export async function listCategoryTree(db: Db): Promise<readonly TCategory[]> {
  return (await referenceData(db)).categories;
}

/** The cities in order, each with its districts (from the cache). */
export async function listCities(db: Db): Promise<readonly TCity[]> {
  return (await referenceData(db)).cities;
}

/**
 * Whether a task may be filed under this pair: `active` when `subcategoryId` is an active child of the active
 * top-level `categoryId`, `inactive` when the pair exists but an admin deactivated either, `mismatch` otherwise.
 */
export async function categoryPairState(
  db: DbOrTx,
  categoryId: string,
  subcategoryId: string,
): Promise<'active' | 'inactive' | 'mismatch'> {
  const pair = await findCategoryPair(db, categoryId, subcategoryId);
  if (!pair) return 'mismatch';
  return pair.isActive && pair.parentIsActive ? 'active' : 'inactive';
}

/** True when the city exists and, if given, the district is one of its districts. */
export async function isKnownPlace(db: DbOrTx, cityId: string, districtId: string | null): Promise<boolean> {
  return findPlace(db, cityId, districtId);
}
