import type { TResponseProvider } from '@dastiyor/contracts';
import { inArray } from 'drizzle-orm';
import { type DbOrTx, loadAll } from '../../db/client.js';
import { providerProfiles } from './profiles.table.js';
import { findUserNames } from '../users/index.js';

export type ProviderCard = Omit<TResponseProvider, 'premium'>;

/**
 * Name, photo and standing of several providers at once, for lists of responses; missing ids are left out. The
 * names come from the users module and the standing from the profiles, one primary-key lookup each.
 */
export async function findProviderCards(db: DbOrTx, ids: string[]): Promise<Map<string, ProviderCard>> {
  if (ids.length === 0) return new Map();
  const unique = [...new Set(ids)];
  const [names, standings] = await loadAll(db, [
    () => findUserNames(db, unique),
    () =>
      db
        .select({
          userId: providerProfiles.userId,
          ratingAverage: providerProfiles.ratingAverage,
          reviewsCount: providerProfiles.reviewsCount,
          completedCount: providerProfiles.completedCount,
        })
        .from(providerProfiles)
        .where(inArray(providerProfiles.userId, unique)),
  ] as const);
  const standingOf = new Map(standings.map((s) => [s.userId, s]));
  return new Map(
    [...names].map(([id, user]) => {
      const standing = standingOf.get(id);
      return [
        id,
        {
          id,
          name: user.name,
          avatarUrl: user.avatarFileId ? `/api/v1/files/${user.avatarFileId}/small` : null,
          ratingAverage: standing?.ratingAverage ?? null,
          reviewsCount: standing?.reviewsCount ?? 0,
          completedCount: standing?.completedCount ?? 0,
        },
      ];
    }),
  );
}
