import { type DbOrTx, loadAll } from '../../db/client.js';
import { type ReviewView, findReviewsWrittenBy } from '../reviews/index.js';
import { findTaskTitles } from '../tasks/index.js';
import { findUserNames } from '../users/index.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export interface GivenReview extends ReviewView {
  providerId: string;
  providerName: string;
}

/**
 * The reviews a customer wrote (hidden ones too: they are still their words), newest first, keyset on (created_at, id),
 * with the names of the customer and the providers (one lookup through users) and the tasks' titles (one through
 * tasks) for the whole page. Each is a foreign key of the review, so each is found; a review without them would be
 * left out, as the joins this replaced left it out.
 */
export async function findGivenReviews(
  db: DbOrTx,
  customerId: string,
  after: KeysetPosition | null,
  limit: number,
): Promise<GivenReview[]> {
  const rows = await findReviewsWrittenBy(db, customerId, after, limit);
  const userIds = [customerId, ...rows.map((r) => r.providerId)];
  const taskIds = rows.map((r) => r.taskId);
  const [names, titles] = await loadAll(db, [() => findUserNames(db, userIds), () => findTaskTitles(db, taskIds)] as const);
  return rows.flatMap((r) => {
    const author = names.get(r.customerId);
    const provider = names.get(r.providerId);
    const taskTitle = titles.get(r.taskId);
    if (!author || !provider || taskTitle === undefined) return [];
    return [
      {
        id: r.id,
        rating: r.rating,
        text: r.text,
        createdAt: r.createdAt,
        authorId: r.customerId,
        authorName: author.name,
        authorAvatarFileId: author.avatarFileId,
        taskId: r.taskId,
        taskTitle,
        providerId: r.providerId,
        providerName: provider.name,
      },
    ];
  });
}
