import type { DbOrTx } from '../../db/client.js';
import { countReviewsWrittenBy } from '../reviews/index.js';
import { countPublishedTasksByStatus, countSelectedTasksByStatus } from '../tasks/index.js';

// The dashboard's figures, each counted by the module that owns the rows.

/** A customer's tasks by status; drafts are never counted as posted. */
export function countCustomerTasks(db: DbOrTx, customerId: string) {
  return countPublishedTasksByStatus(db, customerId);
}

/** The tasks a provider was selected for, by status. */
export function countProviderWork(db: DbOrTx, providerId: string) {
  return countSelectedTasksByStatus(db, providerId);
}

export function countReviewsGiven(db: DbOrTx, customerId: string): Promise<number> {
  return countReviewsWrittenBy(db, customerId);
}
