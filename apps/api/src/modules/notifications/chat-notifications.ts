import type { DbOrTx } from '../../db/client.js';
import type { NotificationRow } from './notifications.table.js';
import { notify } from './notify.js';

/** At most one chat.message notification per conversation and recipient in this window. */
export const chatNotificationWindowMs = 15 * 60 * 1000;

/**
 * Stores the `chat.message` notification for the participant who did not write, inside the send's
 * transaction. The eventKey names the 15-minute bucket of the message, so the unique (eventKey, recipient)
 * index turns the 2nd..nth message of a bucket into a no-op (no row, so no email/SMS either).
 * The message text is left out: it may hold contacts, and the link opens the chat anyway.
 */
export function notifyChatMessage(
  tx: DbOrTx,
  deps: { clock: () => Date },
  message: { conversationId: string; recipientId: string; senderName: string; taskTitle: string; createdAt: Date },
): Promise<NotificationRow[]> {
  const bucket = Math.floor(message.createdAt.getTime() / chatNotificationWindowMs);
  return notify(tx, deps, {
    eventKey: `chat.message:${message.conversationId}:${message.recipientId}:${bucket}`,
    recipients: [
      {
        userId: message.recipientId,
        type: 'chat.message',
        link: `/chat/${message.conversationId}`,
        params: { senderName: message.senderName, taskTitle: message.taskTitle },
      },
    ],
  });
}
