import { type TMatchingTasksSummary, matchingTasksCountCap } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { countNewMatchingTasks, countNewMatchingTasksOf, findNewMatchingTasks } from '../tasks/index.js';
import { advanceSeenUpTo, findSeenUpTo, findSeenUpToOf } from './matching-tasks-seen-repository.js';

/**
 * New-task alerts, computed (decision 015): the open, visible tasks matching a provider published after their
 * "seen up to" mark. Never further back than a week, which is also where a provider who never marked starts:
 * an older task is not news, and the bound keeps the count's index walk short.
 */
export const matchingAlertRules = { lookBackMs: 7 * 86_400_000, latestListed: 3 } as const;

export interface MatchingAlertsDeps {
  db: DbOrTx;
  clock: () => Date;
}

function windowStart(seenUpTo: Date | null, now: Date): Date {
  const floor = new Date(now.getTime() - matchingAlertRules.lookBackMs);
  return seenUpTo && seenUpTo > floor ? seenUpTo : floor;
}

/** The count and the newest few, as the bell and the notifications page show them. */
export async function summarizeMatchingTasks(deps: MatchingAlertsDeps, providerId: string): Promise<TMatchingTasksSummary> {
  const seenUpTo = await findSeenUpTo(deps.db, providerId);
  const { latest, count } = await findNewMatchingTasks(
    deps.db,
    providerId,
    { after: windowStart(seenUpTo, deps.clock()) },
    { listed: matchingAlertRules.latestListed, cap: matchingTasksCountCap },
  );
  return {
    count,
    capped: count >= matchingTasksCountCap,
    latest: latest.map((t) => ({ id: t.id, title: t.title, publishedAt: t.publishedAt.toISOString() })),
    seenUpTo: seenUpTo?.toISOString() ?? null,
  };
}

/** Only the count (the unread badge). For someone who is not a provider it is 0: without a profile nothing matches. */
export async function countMatchingTasks(deps: MatchingAlertsDeps, userId: string): Promise<number> {
  const seenUpTo = await findSeenUpTo(deps.db, userId);
  return countNewMatchingTasks(deps.db, userId, { after: windowStart(seenUpTo, deps.clock()) }, matchingTasksCountCap);
}

/** The counts of many people at once (unread numbers sent with a batch of notifications): two queries. */
export async function countMatchingTasksOf(deps: MatchingAlertsDeps, userIds: string[]): Promise<Map<string, number>> {
  const seen = await findSeenUpToOf(deps.db, userIds);
  const now = deps.clock();
  const windows = userIds.map((id) => ({ providerId: id, after: windowStart(seen.get(id) ?? null, now) }));
  return countNewMatchingTasksOf(deps.db, windows, matchingTasksCountCap);
}

/** Everything published up to now counts as seen. */
export function markMatchingTasksSeen(deps: MatchingAlertsDeps, providerId: string): Promise<void> {
  return advanceSeenUpTo(deps.db, providerId, deps.clock());
}
