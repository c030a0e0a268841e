import type { TResponseProvider } from '@dastiyor/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { providerProfiles } from './profiles.table.js';
import { users } from '../users/users.table.js';

export type ProviderCard = Omit<TResponseProvider, 'premium'>;

/** Name, photo and standing of several providers at once, for lists of responses; missing ids are left out. */
export async function findProviderCards(db: DbOrTx, ids: string[]): Promise<Map<string, ProviderCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      avatarFileId: users.avatarFileId,
      ratingAverage: providerProfiles.ratingAverage,
      reviewsCount: providerProfiles.reviewsCount,
      completedCount: providerProfiles.completedCount,
    })
    .from(users)
    .leftJoin(providerProfiles, eq(providerProfiles.userId, users.id))
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        avatarUrl: r.avatarFileId ? `/api/v1/files/${r.avatarFileId}/small` : null,
        ratingAverage: r.ratingAverage,
        reviewsCount: r.reviewsCount ?? 0,
        completedCount: r.completedCount ?? 0,
      },
    ]),
  );
}
