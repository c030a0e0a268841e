import type { TReview } from '@dastiyor/contracts';
import type { ReviewView } from './reviews-repository.js';

export function presentReview(row: ReviewView): TReview {
  return {
    id: row.id,
    rating: row.rating,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    author: {
      id: row.authorId,
      name: row.authorName,
      avatarUrl: row.authorAvatarFileId ? `/api/v1/files/${row.authorAvatarFileId}/small` : null,
    },
    task: { id: row.taskId, title: row.taskTitle },
  };
}
