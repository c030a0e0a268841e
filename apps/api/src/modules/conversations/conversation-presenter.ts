import type { TConversation, TImage, TMessage } from '@dastiyor/contracts';
import { presentImage } from '../files/index.js';
import type { ConversationView } from './conversations-repository.js';
import type { MessageView } from './messages-repository.js';

/** Text goes out exactly as stored: clients render it as text, never as HTML. */
export function presentMessage(row: MessageView): TMessage {
  return {
    id: row.id,
    conversationId: row.conversationId,
    senderId: row.senderId,
    text: row.body,
    image: row.image ? presentImage(row.image) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The dialog as `viewerId` sees it: the other participant, my unread count, their read mark. */
export function presentConversation(
  row: ConversationView,
  viewerId: string,
  lastMessage: MessageView | null,
  avatars: Map<string, TImage>,
): TConversation {
  const counterpartReadAt = viewerId === row.customerId ? row.providerReadAt : row.customerReadAt;
  return {
    id: row.id,
    task: { id: row.task.id, title: row.task.title, status: row.task.status },
    counterpart: {
      id: row.counterpart.id,
      name: row.counterpart.name,
      avatar: row.counterpart.avatarFileId ? (avatars.get(row.counterpart.avatarFileId) ?? null) : null,
    },
    lastMessage: lastMessage ? presentMessage(lastMessage) : null,
    lastMessageAt: row.lastMessageAt.toISOString(),
    unreadCount: row.unreadCount,
    counterpartReadAt: counterpartReadAt?.toISOString() ?? null,
  };
}
