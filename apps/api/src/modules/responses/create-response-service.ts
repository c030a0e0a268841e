import type { TCreateResponseRequest, TResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { startOfDushanbeDay } from '../../platform/time/dushanbe-day.js';
import type { AuthContext } from '../auth/index.js';
import type { Notifier } from '../../platform/notices/notifier.js';
import { lockProviderSubscription, subscriptionStateOf } from '../subscriptions/index.js';
import { flagStopWords } from '../moderation/index.js';
import { findTaskForShare, isOpenForResponses, maySeeTask } from '../tasks/index.js';
import { presentResponse } from './response-presenter.js';
import { countResponsesSince, countSameCommentSince, insertResponse, updateResponse } from './responses-repository.js';

export interface ResponsesDeps {
  db: Db;
  clock: () => Date;
  /** Tells the customer about a response, and providers about the customer's decision. */
  notifier: Notifier;
}

/** The same comment on more than this many tasks within an hour goes to the moderation queue. */
export const copyPasteRule = { maxTasks: 10, windowMs: 3_600_000 } as const;

/**
 * A provider's response. The subscription check, the daily count and the insert happen in one
 * transaction under the provider's lock, so parallel requests can never pass the plan's limit.
 */
export async function createResponse(
  deps: ResponsesDeps,
  auth: AuthContext,
  taskId: string,
  input: TCreateResponseRequest,
): Promise<TResponse> {
  if (auth.user.role !== 'provider') throw new AppError('forbidden', 'Only providers respond to tasks');
  const now = deps.clock();
  const { row, notified } = await deps.db.transaction(async (tx) => {
    const task = await findTaskForShare(tx, taskId);
    // A draft, or a task moderation hid, does not exist to a provider.
    if (!task || !maySeeTask({ ...task, hidden: task.hiddenAt !== null }, { userId: auth.user.id, isAdmin: false })) {
      throw notFound('No such task');
    }
    if (!isOpenForResponses(task.status)) throw new AppError('tasks.not_open', 'The task is no longer open');
    await lockProviderSubscription(tx, auth.user.id);
    const state = await subscriptionStateOf(tx, auth.user.id, now);
    if (!state.canRespond || !state.current) throw new AppError('subscriptions.required', 'An active subscription is needed to respond');
    const limit = state.current.dailyLimit;
    if (limit !== null && (await countResponsesSince(tx, auth.user.id, startOfDushanbeDay(now))) >= limit) {
      const retryAfter = Math.ceil((startOfDushanbeDay(now).getTime() + 86_400_000 - now.getTime()) / 1000);
      throw new AppError('subscriptions.daily_limit', `Your plan allows ${limit} responses a day`, { retryAfter });
    }
    const inserted = await insertResponse(tx, { taskId, providerId: auth.user.id, ...input, createdAt: now, updatedAt: now });
    const flag = { targetType: 'response', targetId: inserted.id, authorId: auth.user.id, text: input.comment, now } as const;
    await flagStopWords(tx, deps.db, flag);
    const notified = await deps.notifier.notify(tx, {
      eventKey: `response.new:${inserted.id}`,
      recipients: [
        {
          userId: task.customerId,
          type: 'response.new',
          link: `/tasks/${task.id}`,
          params: { taskTitle: task.title, providerName: auth.user.name },
        },
      ],
    });
    // Kept and shown as usual; only marked, so an admin can look at a provider pasting one text everywhere.
    const sameText = await countSameCommentSince(tx, auth.user.id, input.comment, new Date(now.getTime() - copyPasteRule.windowMs));
    if (sameText <= copyPasteRule.maxTasks) return { row: inserted, notified };
    const flagged = await updateResponse(tx, inserted.id, {
      flaggedAt: now,
      flagReason: `same comment on ${sameText} tasks within an hour`,
    });
    return { row: flagged, notified };
  });
  await deps.notifier.publish(notified);
  return presentResponse(row);
}
