import type { TComplaintTargetType } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { findMessageParties } from '../conversations/index.js';
import { findReviewParties } from '../reviews/index.js';
import { findTaskVisibility, maySeeTask } from '../tasks/index.js';
import { findUserById } from '../users/index.js';

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
      const user = await findUserById(db, id);
      return user && user.role !== 'admin' ? { ownerId: user.id } : null;
    }
    case 'review': {
      const review = await findReviewParties(db, id);
      if (!review) return null;
      const party = review.customerId === reporterId || review.providerId === reporterId;
      return review.hiddenAt && !party ? null : { ownerId: review.customerId };
    }
    case 'message': {
      const message = await findMessageParties(db, id);
      if (!message || (message.customerId !== reporterId && message.providerId !== reporterId)) return null;
      return { ownerId: message.senderId };
    }
  }
}
