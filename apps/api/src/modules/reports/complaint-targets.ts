import type { TComplaintTargetType } from '@dastiyor/contracts';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { conversations } from '../conversations/conversations.table.js';
import { messages } from '../conversations/messages.table.js';
import { reviews } from '../reviews/reviews.table.js';
import { findTaskVisibility, maySeeTask } from '../tasks/index.js';
import { users } from '../users/users.table.js';

/** The target of a report as its reporter may see it: who owns it, or null when they may not see it at all. */
export interface ReportableTarget {
  ownerId: string;
}

/**
 * What a signed-in person may report, with the same visibility the rest of the API gives them: a draft or a
 * hidden task only by its customer, a hidden review only by its two sides, a message only by a participant of
 * its conversation, a user only when they are a customer or a provider (admins are not reportable).
 */
export async function findReportableTarget(
  db: DbOrTx,
  type: TComplaintTargetType,
  id: string,
  reporterId: string,
): Promise<ReportableTarget | null> {
  switch (type) {
    case 'task': {
      const task = await findTaskVisibility(db, id);
      // Reporting is not moderating: an admin reports what everyone sees.
      return task && maySeeTask(task, { userId: reporterId, isAdmin: false }) ? { ownerId: task.customerId } : null;
    }
    case 'user': {
      const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, id));
      return user && user.role !== 'admin' ? { ownerId: user.id } : null;
    }
    case 'review': {
      const [review] = await db
        .select({ customerId: reviews.customerId, providerId: reviews.providerId, hiddenAt: reviews.hiddenAt })
        .from(reviews)
        .where(eq(reviews.id, id));
      if (!review) return null;
      const party = review.customerId === reporterId || review.providerId === reporterId;
      return review.hiddenAt && !party ? null : { ownerId: review.customerId };
    }
    case 'message': {
      const [message] = await db
        .select({ senderId: messages.senderId, customerId: conversations.customerId, providerId: conversations.providerId })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(eq(messages.id, id));
      if (!message || (message.customerId !== reporterId && message.providerId !== reporterId)) return null;
      return { ownerId: message.senderId };
    }
  }
}
