import { z } from 'zod';
import { ZCursorQuery, ZIsoDateTime, listOf } from './common';
import { ZImage } from './profiles';
import { TaskStatus } from './values/task-card';
import { messageTextMax } from './values/chat';

export const ZChatPerson = z.object({ id: z.uuid(), name: z.string(), avatar: ZImage.nullable() });

export const ZMessage = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  senderId: z.uuid(),
  text: z.string().nullable(),
  /** Private: its URLs answer only to the conversation's two participants. */
  image: ZImage.nullable(),
  createdAt: ZIsoDateTime,
});
export type TMessage = z.infer<typeof ZMessage>;

export const ZConversation = z.object({
  id: z.uuid(),
  task: z.object({ id: z.uuid(), title: z.string(), status: z.enum(TaskStatus) }),
  /** The other participant. */
  counterpart: ZChatPerson,
  lastMessage: ZMessage.nullable(),
  lastMessageAt: ZIsoDateTime,
  unreadCount: z.number().int().nonnegative(),
  /** Read receipt: the counterpart has read every message created at or before this moment. */
  counterpartReadAt: ZIsoDateTime.nullable(),
});
export type TConversation = z.infer<typeof ZConversation>;
export const ZConversationsResponse = listOf(ZConversation);
export type TConversationsResponse = z.infer<typeof ZConversationsResponse>;

/**
 * History newest-first with `cursor` (older pages, as the user scrolls up); `after` = a message id the
 * client already has: answers the messages created after it, oldest-first (catch-up after a reconnect).
 */
export const ZMessagesQuery = ZCursorQuery.extend({ after: z.uuid().optional() });
export const ZMessagesResponse = listOf(ZMessage);
export type TMessagesResponse = z.infer<typeof ZMessagesResponse>;

export const ZSendMessageRequest = z
  .object({
    text: z.string().trim().min(1).max(messageTextMax).optional(),
    /** An image uploaded by POST /conversations/:id/images. */
    attachmentId: z.uuid().optional(),
  })
  .refine((m) => m.text !== undefined || m.attachmentId !== undefined, { message: 'Message is empty', path: ['text'] });
export type TSendMessageRequest = z.infer<typeof ZSendMessageRequest>;

/** What the socket at /api/v1/ws pushes; the client sends nothing but pings. */
export const ZChatEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), message: ZMessage }),
  z.object({ type: z.literal('read'), conversationId: z.uuid(), readerId: z.uuid(), readAt: ZIsoDateTime }),
]);
export type TChatEvent = z.infer<typeof ZChatEvent>;
