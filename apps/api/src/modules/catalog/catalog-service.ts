import type { TCategory, TCity } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import { findActiveCategories, findCategoryPair, findCitiesWithDistricts, findPlace } from './catalog-repository.js';

/** The two-level tree: top-level categories in order, each with its active subcategories. */
export async function listCategoryTree(db: Db): Promise<TCategory[]> {
  const rows = await findActiveCategories(db);
  const tops = rows.filter((r) => r.parentId === null);
  return tops.map((top) => ({
    id: top.id,
    slug: top.slug,
    name: top.name,
    icon: top.icon,
    children: rows
      .filter((r) => r.parentId === top.id)
      .map((child) => ({ id: child.id, slug: child.slug, name: child.name, icon: child.icon, children: [] })),
  }));
}

export async function listCities(db: Db): Promise<TCity[]> {
  const { cityRows, districtRows } = await findCitiesWithDistricts(db);
  return cityRows.map((city) => ({
    id: city.id,
    slug: city.slug,
    name: city.name,
    districts: districtRows.filter((d) => d.cityId === city.id).map((d) => ({ id: d.id, name: d.name })),
  }));
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
