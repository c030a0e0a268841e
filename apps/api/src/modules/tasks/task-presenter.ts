import type { TTask } from '@dastiyor/contracts';
import { presentImage } from '../files/image-presenter.js';
import { presentTaskCard } from './task-card-presenter.js';
import type { FeedRow } from './task-feed-repository.js';
import type { TaskRow } from './task-repository.js';

export interface TaskViewer {
  userId: string | null;
}

export interface TaskPageParts {
  card: FeedRow;
  row: TaskRow;
  photos: Array<{ id: string; width: number; height: number }>;
  customer: { id: string; name: string; avatarFileId: string | null; createdAt: Date; tasksPosted: number };
}

/**
 * The one place that decides what a task page exposes. The exact address is the customer's
 * (and, when responses land, the selected provider's); everyone else gets null.
 */
export function presentTask(parts: TaskPageParts, viewer: TaskViewer): TTask {
  const isOwner = viewer.userId !== null && viewer.userId === parts.row.customerId;
  return {
    ...presentTaskCard(parts.card),
    description: parts.row.description,
    address: isOwner ? parts.row.address : null,
    endsAt: parts.row.endsAt?.toISOString() ?? null,
    photos: parts.photos.map(presentImage),
    customer: {
      id: parts.customer.id,
      name: parts.customer.name,
      avatarUrl: parts.customer.avatarFileId ? `/api/v1/files/${parts.customer.avatarFileId}/small` : null,
      tasksPosted: parts.customer.tasksPosted,
      memberSince: parts.customer.createdAt.toISOString(),
    },
    publishedAt: parts.row.publishedAt?.toISOString() ?? null,
    updatedAt: parts.row.updatedAt.toISOString(),
    cancelReason: isOwner ? parts.row.cancelReason : null,
    isOwner,
  };
}
