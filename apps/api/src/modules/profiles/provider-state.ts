import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { portfolioItems, providerCategories, providerDistricts, providerProfiles } from './profiles.table.js';

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
 * writes, and a missing row simply means "nothing filled in yet". One statement (the profile, its categories,
 * districts and portfolio as arrays, each in its key order): `/me` and a provider's page read it on every load.
 */
export async function loadProviderState(db: DbOrTx, userId: string): Promise<ProviderState> {
  const result = await db.execute(sql`
    select p.description, p.skills, p.service_city_id as "serviceCityId", p.rating_average as "ratingAverage",
      p.reviews_count as "reviewsCount", p.completed_count as "completedCount", p.verified_at is not null as verified,
      array(select ${providerCategories.categoryId} from ${providerCategories}
        where ${providerCategories.userId} = me.id order by ${providerCategories.categoryId}) as "categoryIds",
      array(select ${providerDistricts.districtId} from ${providerDistricts}
        where ${providerDistricts.userId} = me.id order by ${providerDistricts.districtId}) as "districtIds",
      array(select ${portfolioItems.fileId} from ${portfolioItems}
        where ${portfolioItems.userId} = me.id order by ${portfolioItems.sortOrder}, ${portfolioItems.createdAt}) as "portfolioFileIds"
    from (select ${userId}::uuid as id) me
    left join ${providerProfiles} p on p.user_id = me.id`);
  const row = (result as unknown as { rows: StateRow[] }).rows[0]!;
  return {
    description: row.description ?? '',
    skills: row.skills ?? [],
    serviceCityId: row.serviceCityId,
    categoryIds: row.categoryIds,
    districtIds: row.districtIds,
    portfolioFileIds: row.portfolioFileIds,
    // numeric(3,2) arrives as text from a raw statement.
    ratingAverage: row.ratingAverage === null ? null : Number(row.ratingAverage),
    reviewsCount: row.reviewsCount ?? 0,
    completedCount: row.completedCount ?? 0,
    verified: row.verified === true,
  };
}

/** What the statement answers; the profile's columns are null when the provider never edited it. */
interface StateRow {
  description: string | null;
  skills: string[] | null;
  serviceCityId: string | null;
  ratingAverage: string | null;
  reviewsCount: number | null;
  completedCount: number | null;
  verified: boolean | null;
  categoryIds: string[];
  districtIds: string[];
  portfolioFileIds: string[];
}
