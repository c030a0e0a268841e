import type { TLocalizedName } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { listCategoryTree, listCities } from '../catalog/index.js';

export interface CatalogIndex {
  /** Active categories and subcategories (a subcategory of an inactive category is not offered either). */
  categories: Map<string, { id: string; parentId: string | null; name: TLocalizedName }>;
  cities: Map<string, { id: string; name: TLocalizedName }>;
  districts: Map<string, { id: string; cityId: string; name: TLocalizedName }>;
}

/**
 * The reference data by id, through the catalog's own service: profiles validate against and name
 * exactly what the catalog offers. It is a few hundred small rows, read in three short queries.
 */
export async function loadCatalogIndex(db: Db): Promise<CatalogIndex> {
  const [tree, cityList] = await Promise.all([listCategoryTree(db), listCities(db)]);
  const index: CatalogIndex = { categories: new Map(), cities: new Map(), districts: new Map() };
  for (const top of tree) {
    index.categories.set(top.id, { id: top.id, parentId: null, name: top.name });
    for (const child of top.children) index.categories.set(child.id, { id: child.id, parentId: top.id, name: child.name });
  }
  for (const city of cityList) {
    index.cities.set(city.id, { id: city.id, name: city.name });
    for (const district of city.districts) index.districts.set(district.id, { id: district.id, cityId: city.id, name: district.name });
  }
  return index;
}
