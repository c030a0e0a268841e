import type { TMessage, TMessagesResponse, TSendMessageRequest } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { flagStopWords } from '../moderation/index.js';
import type { ChatDeps } from './chat-deps.js';
import { publishChatEvent } from './chat-events.js';
import { assertChatImageAttachable } from './chat-images-service.js';
import { assertChatWritable } from './chat-rules.js';
import { presentMessage } from './conversation-presenter.js';
import { findParticipantConversation, lockParticipantConversation, setLastMessageAt } from './conversations-repository.js';
import { findMessagePosition, findMessageView, findMessagesAfter, findMessagesBefore, insertMessage } from './messages-repository.js';

const unknownAfter = () =>
  new AppError('validation.failed', 'The message to continue after is not in this conversation', {
    errors: [{ path: 'query.after', code: 'unknown_message', message: 'Load the conversation again' }],
  });

/**
 * History newest-first, older pages by `cursor`. With `after` (a message id the client has): the ones
 * created after it, oldest first; `nextCursor` is then the id to pass as the next `after` while more remain.
 */
export async function listMessages(
  deps: ChatDeps,
  auth: AuthContext,
  conversationId: string,
  query: { cursor?: string; after?: string; limit: number },
): Promise<TMessagesResponse> {
  const conversation = await findParticipantConversation(deps.db, conversationId, auth.user.id);
  if (!conversation) throw notFound('No such conversation');
  if (query.after) {
    const position = await findMessagePosition(deps.db, conversationId, query.after);
    if (!position) throw unknownAfter();
    const rows = await findMessagesAfter(deps.db, conversationId, position, query.limit + 1);
    const page = rows.slice(0, query.limit);
    return { items: page.map(presentMessage), nextCursor: rows.length > query.limit ? page.at(-1)!.id : null };
  }
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findMessagesBefore(deps.db, conversationId, before, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentMessage),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/**
 * Stores the message and moves the dialog up in one transaction, then publishes it to both
 * participants (the sender's other tabs too). Stored first, so a socket that misses the event
 * still finds the message with `?after=`.
 */
export async function sendMessage(
  deps: ChatDeps,
  auth: AuthContext,
  conversationId: string,
  input: TSendMessageRequest,
): Promise<TMessage> {
  const now = deps.clock();
  const { message, conversation, recipientId, notified } = await deps.db.transaction(async (tx) => {
    const conversation = await lockParticipantConversation(tx, conversationId, auth.user.id);
    if (!conversation) throw notFound('No such conversation');
    assertChatWritable(conversation.task, now);
    if (input.attachmentId) await assertChatImageAttachable(tx, auth.user.id, conversationId, input.attachmentId);
    // Strictly increasing within a chat (under the row lock), so (createdAt, id) order is send order.
    const createdAt = new Date(Math.max(now.getTime(), conversation.lastMessageAt.getTime() + 1));
    const row = await insertMessage(tx, {
      conversationId,
      senderId: auth.user.id,
      body: input.text ?? null,
      imageId: input.attachmentId ?? null,
      createdAt,
    });
    await setLastMessageAt(tx, conversationId, createdAt);
    if (row.body)
      await flagStopWords(tx, deps.db, { targetType: 'message', targetId: row.id, authorId: auth.user.id, text: row.body, now });
    const recipientId = conversation.customerId === auth.user.id ? conversation.providerId : conversation.customerId;
    const notified = await deps.notifier.notifyChatMessage(tx, {
      conversationId,
      recipientId,
      senderName: auth.user.name,
      taskTitle: conversation.task.title,
      createdAt,
    });
    // Read before the commit: a read after it could fail and call a saved message failed.
    const message = presentMessage((await findMessageView(tx, row.id))!);
    return { message, conversation, recipientId, notified };
  });
  await publishChatEvent(deps, [conversation.customerId, conversation.providerId], { type: 'message', message });
  // Email/SMS only reach someone not in the app right now; the in-app row is stored either way.
  const online = (await deps.presence?.isOnline(recipientId)) ?? false;
  await deps.notifier.publish(notified, { deliveries: !online });
  return message;
}
