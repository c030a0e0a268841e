import type { DbOrTx } from '../../db/client.js';
import { providerProfiles } from '../../db/schema/index.js';
import { computeProviderStanding, lockProviderStanding } from './reviews-repository.js';

/**
 * Recomputes a provider's rating, reviews count and completed tasks from the rows, in the caller's
 * transaction, after a review, a hidden review or a completed task. Under a per-provider lock, so two
 * reviews committed at once cannot both write a figure that misses the other.
 */
export async function refreshProviderStanding(tx: DbOrTx, providerId: string, now: Date): Promise<void> {
  await lockProviderStanding(tx, providerId);
  const standing = await computeProviderStanding(tx, providerId);
  await tx
    .insert(providerProfiles)
    .values({ userId: providerId, ...standing, updatedAt: now })
    .onConflictDoUpdate({ target: providerProfiles.userId, set: { ...standing, updatedAt: now } });
}
