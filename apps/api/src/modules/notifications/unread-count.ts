import type { DbOrTx } from '../../db/client.js';
import { countMatchingTasks, countMatchingTasksOf } from './matching-alerts.js';
import { countUnread, countUnreadOf } from './notifications-repository.js';

/** The bell's number: unread notifications plus new matching tasks (0 for anyone who is not a provider). */
export async function countAllUnread(deps: { db: DbOrTx; clock: () => Date }, userId: string): Promise<number> {
  const [rows, matching] = await Promise.all([countUnread(deps.db, userId), countMatchingTasks(deps, userId)]);
  return rows + matching;
}

/** Recipients whose numbers one round of queries reads. */
const recipientsPerRound = 1000;

/** The bell's number for many recipients, three queries per `recipientsPerRound` of them (not per recipient). */
export async function countAllUnreadOf(deps: { db: DbOrTx; clock: () => Date }, userIds: string[]): Promise<Map<string, number>> {
  const recipients = [...new Set(userIds)];
  const counts = new Map<string, number>();
  for (let i = 0; i < recipients.length; i += recipientsPerRound) {
    const slice = recipients.slice(i, i + recipientsPerRound);
    const [rows, matching] = await Promise.all([countUnreadOf(deps.db, slice), countMatchingTasksOf(deps, slice)]);
    for (const id of slice) counts.set(id, (rows.get(id) ?? 0) + (matching.get(id) ?? 0));
  }
  return counts;
}
