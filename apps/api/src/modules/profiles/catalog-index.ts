import type { TLocalizedName } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { listCategoryTree, listCities } from '../catalog/index.js';

export interface CatalogIndex {
  /** Active categories and subcategories (a subcategory of an inactive category is not offered either). */
  categories: Map<string, { id: string; parentId: string | null; name: TLocalizedName }>;
  cities: Map<string, { id: string; name: TLocalizedName }>;
  districts: Map<string, { id: string; cityId: string; name: TLocalizedName }>;
}

/** Built once per copy of the reference data the catalog hands out (the same arrays while its cache holds). */
const indexes = new WeakMap<object, CatalogIndex>();

/**
 * The reference data by id, through the catalog's own service: profiles validate against and name
 * exactly what the catalog offers. A few hundred small rows, from the catalog's cache.
 */
export async function loadCatalogIndex(db: Db): Promise<CatalogIndex> {
  const [tree, cityList] = await Promise.all([listCategoryTree(db), listCities(db)]);
  const known = indexes.get(tree);
  if (known && indexes.get(cityList) === known) return known;
  const index: CatalogIndex = { categories: new Map(), cities: new Map(), districts: new Map() };
  for (const top of tree) {
    index.categories.set(top.id, { id: top.id, parentId: null, name: top.name });
    for (const child of top.children) index.categories.set(child.id, { id: child.id, parentId: top.id, name: child.name });
  }
  for (const city of cityList) {
    index.cities.set(city.id, { id: city.id, name: city.name });
    for (const district of city.districts) index.districts.set(district.id, { id: district.id, cityId: city.id, name: district.name });
  }
  indexes.set(tree, index).set(cityList, index);
  return index;
}
