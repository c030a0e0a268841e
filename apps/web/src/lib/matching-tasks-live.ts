import { type TMatchingTask, type TMatchingTasksSummary } from '@dastiyor/contracts';
import { matchingTasksCountCap } from '@dastiyor/contracts/values';

// The matching-task alert on the socket carries no count (decision 015): the page adds it to the count the API
// last gave, unless that count already held it. These rules decide which, the same for the bell and the list.

/** Remembers what the last summary counted, so a task the API already counted (or one sent twice) is not added again. */
export function createMatchingTaskTracker(initial: TMatchingTasksSummary | null = null) {
  let floorMs = 0;
  let known = new Set<string>();
  const tracker = {
    /** After a fetch or a "seen": tasks published up to its newest (or the mark) are counted already. */
    reset(summary: TMatchingTasksSummary | null) {
      const times = [summary?.seenUpTo, summary?.latest[0]?.publishedAt].filter((t): t is string => Boolean(t)).map(Date.parse);
      floorMs = Math.max(0, ...times);
      known = new Set(summary?.latest.map((t) => t.id) ?? []);
    },
    /** True when the task is news to this page: count it. */
    accept(task: TMatchingTask): boolean {
      if (known.has(task.id) || Date.parse(task.publishedAt) <= floorMs) return false;
      known.add(task.id);
      return true;
    },
  };
  tracker.reset(initial);
  return tracker;
}

/** How many tasks the list entry shows by name. */
const listed = 3;

/** The summary once a task the tracker accepted is added: one more (up to the cap), and it leads the names. */
export function withMatchingTask(summary: TMatchingTasksSummary, task: TMatchingTask): TMatchingTasksSummary {
  const count = Math.min(summary.count + 1, matchingTasksCountCap);
  return {
    ...summary,
    count,
    capped: summary.capped || count >= matchingTasksCountCap,
    latest: [task, ...summary.latest].slice(0, listed),
  };
}
