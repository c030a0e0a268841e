import type { DbOrTx } from '../../db/client.js';
import { countMatchingTasks, countMatchingTasksOf, findMatchingTasks, type MatchingWindow } from './matching-tasks-repository.js';

export interface MatchingTaskBrief {
  id: string;
  title: string;
  publishedAt: Date;
}

/**
 * Open, visible tasks matching a provider's services and area published in the window (task-match-rule.ts): the
 * newest `listed` of them and how many in all, counted up to `cap`. What the notifications module's new-task
 * alerts and daily digest read instead of storing a row per provider and task (decision 015).
 */
export async function findNewMatchingTasks(
  db: DbOrTx,
  providerId: string,
  window: MatchingWindow,
  options: { listed: number; cap: number },
): Promise<{ latest: MatchingTaskBrief[]; count: number }> {
  const [rows, count] = await Promise.all([
    findMatchingTasks(db, providerId, window, options.listed),
    countMatchingTasks(db, providerId, window, options.cap),
  ]);
  // Every open task has been published (openTaskConditions), so publishedAt is set.
  return { latest: rows.map((r) => ({ id: r.id, title: r.title, publishedAt: r.publishedAt! })), count };
}

/** Only how many, up to `cap` (the unread badge). */
export function countNewMatchingTasks(db: DbOrTx, providerId: string, window: MatchingWindow, cap: number): Promise<number> {
  return countMatchingTasks(db, providerId, window, cap);
}

/** How many for each of many providers, each from their own start, up to `cap`: one statement for all of them. */
export function countNewMatchingTasksOf(db: DbOrTx, windows: Array<{ providerId: string; after: Date }>, cap: number) {
  return countMatchingTasksOf(db, windows, cap);
}
