import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { Bus } from '../../platform/bus/bus.js';

/**
 * One channel for every instance: each task just published is announced here once, not once per recipient;
 * every instance tells its own connected providers whom it matches (matching-task-relay.ts, decision 015).
 */
export const matchingTaskChannel = 'tasks.published';

/** What the relay needs to apply the rule in memory (task-match-rule.ts) and what the alert shows. */
export const ZPublishedTask = z.object({
  id: z.uuid(),
  title: z.string(),
  publishedAt: z.iso.datetime(),
  categoryId: z.uuid(),
  subcategoryId: z.uuid(),
  cityId: z.uuid(),
  districtId: z.uuid().nullable(),
});
export type TPublishedTask = z.infer<typeof ZPublishedTask>;

/**
 * Called after the commit. A lost broadcast costs only the live bump: the count is computed, so the bell shows
 * the task at its next fetch (every reconnect and page load); hence logged, not thrown.
 */
export async function broadcastPublishedTask(deps: { bus: Bus; log: Pick<FastifyBaseLogger, 'warn'> }, task: TPublishedTask) {
  try {
    await deps.bus.publish(matchingTaskChannel, task);
  } catch (error) {
    deps.log.warn({ taskId: task.id, err: error }, 'a published task could not be broadcast to live sockets');
  }
}
