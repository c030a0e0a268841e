import { type DbOrTx, loadAll } from '../../db/client.js';
import { findConversationOfTask } from '../conversations/index.js';
import { findProviderCards } from '../profiles/index.js';
import { findProviderResponse, presentResponse, responsesCountOf } from '../responses/index.js';
import { presentReview, findReviewOfTask } from '../reviews/index.js';
import { findPriorityProviders, subscriptionStateOf } from '../subscriptions/index.js';
import type { TaskPageRow, TaskParticipationSource, TaskViewer, ViewerParticipation } from '../tasks/index.js';
import { findUserById } from '../users/index.js';

// The task page's composition: what the person looking at a task has to do with it, from the modules that
// own each part. Tasks name it in their deps (TaskParticipationSource); app.ts wires this in.

/** Everything a task page adds for the signed-in person looking at it: their response, the selection, the chat, the review. */
async function loadViewerParticipation(db: DbOrTx, task: TaskPageRow, viewer: TaskViewer, now: Date): Promise<ViewerParticipation> {
  const isOwner = viewer.userId === task.customerId;
  const isSelectedProvider = task.selectedProviderId === viewer.userId;
  const participant = isOwner || isSelectedProvider;
  const selectedId = participant ? task.selectedProviderId : null;

  const [mine, cards, premium, conversation, review, seesContacts] = await loadAll(db, [
    () => (viewer.role === 'provider' ? findProviderResponse(db, task.id, viewer.userId) : null),
    () => (selectedId ? findProviderCards(db, [selectedId]) : null),
    () => (selectedId ? findPriorityProviders(db, [selectedId], now) : null),
    () => (participant ? findConversationOfTask(db, task.id) : null),
    () => (participant ? findReviewOfTask(db, task.id) : null),
    () => isOwner || (isSelectedProvider && task.status !== 'cancelled' ? subscribed(db, viewer.userId, now) : false),
  ] as const);
  const customer = seesContacts ? await findUserById(db, task.customerId) : null;
  const card = selectedId ? cards?.get(selectedId) : undefined;
  return {
    relation: { isOwner, isSelectedProvider, seesContacts: Boolean(seesContacts) },
    myResponse: mine ? presentResponse(mine) : null,
    selectedProvider: card ? { ...card, premium: premium?.has(card.id) ?? false } : null,
    conversationId: conversation?.id ?? null,
    customerContacts: customer ? { phone: customer.phone, email: customer.email } : null,
    review: review ? presentReview(review) : null,
  };
}

async function subscribed(db: DbOrTx, providerId: string, now: Date): Promise<boolean> {
  return (await subscriptionStateOf(db, providerId, now)).canRespond;
}

/** What tasks read of the responses inside the page's own statement, and the viewer's part after it. */
export const taskParticipation: TaskParticipationSource = { responsesCountOf, load: loadViewerParticipation };
