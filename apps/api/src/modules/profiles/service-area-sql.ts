import { type SQL, sql } from 'drizzle-orm';
import type { SqlOperand } from '../../db/sql-operand.js';
import { providerCategories, providerDistricts, providerProfiles } from './profiles.table.js';

// What a provider serves, in SQL, for the match rule's two directions (tasks/task-match-rule.ts): from the
// provider's side (the feed, the new-task count, the digest) and from the task's side (the fan-out). The match
// itself is the tasks module's rule; these only say what a profile holds.

/** The categories and subcategories a provider serves, as an array (`= any(…)` lets the feed's indexes serve). */
export const servedCategoryIds = (providerId: SqlOperand): SQL =>
  sql`array(select ${providerCategories.categoryId} from ${providerCategories}
    where ${providerCategories.userId} = ${providerId})`;

/** The districts a provider chose, as an array; empty: the whole city. */
export const servedDistrictIds = (providerId: SqlOperand): SQL =>
  sql`array(select ${providerDistricts.districtId} from ${providerDistricts}
    where ${providerDistricts.userId} = ${providerId})`;

/** The provider's service city (null: none chosen yet, nothing matches). */
export const serviceCityOf = (providerId: SqlOperand): SQL =>
  sql`(select ${providerProfiles.serviceCityId} from ${providerProfiles}
    where ${providerProfiles.userId} = ${providerId})`;

/** True when the provider chose no districts: the whole city. */
export const servesWholeCity = (providerId: SqlOperand): SQL =>
  sql`not exists (select 1 from ${providerDistricts} where ${providerDistricts.userId} = ${providerId})`;

/**
 * The providers serving a place and a category pair, as `select user_id …`: the task's values are bound as
 * constants, not joined (joined, the category test became a subquery correlated with the task that re-ran for
 * every provider of the city: minutes at 200,000 providers). As constants the planner uses the indexes of
 * migration 0024 — the city's profiles by provider_profiles_city_idx, the categories' providers by
 * provider_categories_category_idx, hashed and joined — and touches no other table.
 */
export function providersServing(place: { cityId: string; districtId: string | null }, categoryIds: [string, string]): SQL {
  const district = place.districtId
    ? sql`and (exists (select 1 from ${providerDistricts} pd where pd.user_id = p.user_id and pd.district_id = ${place.districtId})
        or not exists (select 1 from ${providerDistricts} pd where pd.user_id = p.user_id))`
    : sql``;
  return sql`
    select p.user_id from ${providerProfiles} p
    where p.service_city_id = ${place.cityId}
      and p.user_id in (select pc.user_id from ${providerCategories} pc where pc.category_id in (${categoryIds[0]}, ${categoryIds[1]}))
      ${district}`;
}
