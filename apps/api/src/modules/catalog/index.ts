// The catalog module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { categoryPairState, isKnownPlace, listCategoryTree, listCities } from './catalog-service.js';
export { createCategory, listAdminCategories, reorderCategories, updateCategory } from './categories-admin-service.js';
export type { CategoriesAdminDeps } from './categories-admin-service.js';
export type { LocalizedName } from './catalog.table.js';
export { categoryNames, cityNames, districtNames } from './catalog-names.js';
export { watchCatalogChanges } from './reference-cache.js';
