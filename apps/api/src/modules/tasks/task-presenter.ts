import type { TTask } from '@dastiyor/contracts';
import { presentImage } from '../files/index.js';
import { presentTaskCard } from './task-card-presenter.js';
import type { FeedRow } from './task-feed-repository.js';
import type { TaskParticipation, TaskViewer } from './task-participation.js';
import { taskActions } from './task-policy.js';
import type { TaskPageRow } from './task-page-repository.js';

export interface TaskPageParts {
  card: FeedRow;
  row: TaskPageRow;
  photos: Array<{ id: string; width: number; height: number }>;
  customer: { id: string; name: string; avatarFileId: string | null; createdAt: Date; tasksPosted: number };
  participation: TaskParticipation;
  viewer: TaskViewer | null;
}

/**
 * The one place that decides what a task page exposes. The exact address and the customer's phone and
 * email go to the customer and to the selected provider while subscribed; everyone else gets null.
 */
export function presentTask(parts: TaskPageParts): TTask {
  const { relation, ...participation } = parts.participation;
  const participant = relation.isOwner || relation.isSelectedProvider;
  return {
    ...presentTaskCard(parts.card),
    description: parts.row.description,
    address: relation.seesContacts ? parts.row.address : null,
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
    cancelReason: relation.isOwner ? parts.row.cancelReason : null,
    isOwner: relation.isOwner,
    responsesCount: participation.responsesCount,
    myResponse: participation.myResponse,
    selectedProvider: participation.selectedProvider,
    conversationId: participation.conversationId,
    contacts: relation.seesContacts ? participation.customerContacts : null,
    completionRequestedAt: participant ? (parts.row.completionRequestedAt?.toISOString() ?? null) : null,
    review: participation.review,
    hidden:
      // Admins see why a hidden task is hidden, as its customer does.
      parts.row.hiddenAt && (relation.isOwner || parts.viewer?.role === 'admin')
        ? { at: parts.row.hiddenAt.toISOString(), reason: parts.row.hiddenReason }
        : null,
    can: taskActions({
      task: { ...parts.row, hidden: parts.row.hiddenAt !== null },
      viewer: parts.viewer,
      myResponseStatus: participation.myResponse?.status ?? null,
      reviewed: participation.review !== null,
    }),
  };
}
