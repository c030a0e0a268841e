import { type SQL, sql } from 'drizzle-orm';
import type { SqlOperand } from '../../db/sql-operand.js';
import { tasks } from './tasks.table.js';
import { type MatchProfile, servedCategoryIds, servedDistrictIds, serviceCityOf, servesWholeCity } from '../profiles/index.js';

/**
 * Which tasks a provider is told about: the one rule behind the feed's pinned block and `matching` filter, the
 * new-task count and list, the daily digest and the live alert (decision 015). A task matches when the provider
 * serves its category or subcategory, works in its city, and within the city serves its district, or it has no
 * district, or the provider chose no districts (the whole city). Keep the forms below in step, and the
 * fan-out's query (profiles' providersServing), which runs the same rule from the task's side.
 */

export interface MatchableTask {
  categoryId: string;
  subcategoryId: string;
  cityId: string;
  districtId: string | null;
}

/** The rule in memory: a socket's cached profile against a task just published. */
export function taskMatchesProfile(task: MatchableTask, profile: MatchProfile): boolean {
  if (profile.serviceCityId === null || task.cityId !== profile.serviceCityId) return false;
  if (!profile.categoryIds.includes(task.categoryId) && !profile.categoryIds.includes(task.subcategoryId)) return false;
  return task.districtId === null || profile.districtIds.length === 0 || profile.districtIds.includes(task.districtId);
}

/**
 * Open, published tasks moderation has not hidden: what the feed shows. `status = 'new'` stays a literal so a
 * generic plan can still use the partial feed indexes.
 */
export function openTaskConditions(): SQL[] {
  return [sql`${tasks.status} = 'new'`, sql`${tasks.publishedAt} is not null`, sql`${tasks.hiddenAt} is null`];
}

/**
 * The rule in SQL, over `tasks`, for one provider (a value, a prepared statement's placeholder or an outer
 * query's column). The profile parts do not depend on the task row, so PostgreSQL runs them once per provider
 * (InitPlans); `= any(array(…))` lets the category and subcategory feed indexes serve the lookup, not a join.
 */
export function matchesProviderConditions(providerId: SqlOperand): SQL[] {
  const served = servedCategoryIds(providerId);
  return [
    sql`(${tasks.categoryId} = any(${served}) or ${tasks.subcategoryId} = any(${served}))`,
    sql`${tasks.cityId} = ${serviceCityOf(providerId)}`,
    sql`(${tasks.districtId} is null or ${tasks.districtId} = any(${servedDistrictIds(providerId)}) or ${servesWholeCity(providerId)})`,
  ];
}
