import type { TCategory, TCity } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { findActiveCategories, findCitiesWithDistricts } from './catalog-repository.js';

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
