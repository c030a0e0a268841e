import type { DbOrTx } from '../../db/client.js';
import { saveProviderStanding } from '../profiles/index.js';
import { countCompletedTasksOf } from '../tasks/index.js';
import { computeProviderRating, lockProviderStanding } from './reviews-repository.js';

/**
 * Recomputes a provider's rating, reviews count and completed tasks from the rows, in the caller's
 * transaction, after a review, a hidden review or a completed task. Under a per-provider lock, so two
 * reviews committed at once cannot both write a figure that misses the other.
 */
export async function refreshProviderStanding(tx: DbOrTx, providerId: string, now: Date): Promise<void> {
  await lockProviderStanding(tx, providerId);
  const rating = await computeProviderRating(tx, providerId);
  const completedCount = await countCompletedTasksOf(tx, providerId);
  await saveProviderStanding(tx, providerId, { ...rating, completedCount }, now);
}
