import type { TNotificationType } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';

// How a module tells people what happened without depending on the notifications module, which sits above
// it (it reads tasks and profiles to work out who a new task matches). The notifications module implements
// this (`createNotifier`) and app.ts hands it to every module's deps.

/** One person to tell: what happened (a type and its params, worded by the web) and where it leads. */
export interface NoticeRecipient {
  userId: string;
  type: TNotificationType;
  /** An app path without the locale prefix. */
  link: string;
  /** Only what the recipient may see: never an address or contacts. */
  params: Record<string, string | number>;
}

/** Notifications written in a transaction, handed to `publish` once it has committed; opaque to the caller. */
export interface Notified {
  readonly count: number;
}

export interface Notifier {
  /** Stores one event's notifications in the caller's transaction; the same `eventKey` again adds nothing. */
  notify(tx: DbOrTx, event: { eventKey: string; recipients: NoticeRecipient[] }): Promise<Notified>;
  /** A chat message's notification: one per conversation and recipient per 15 minutes. */
  notifyChatMessage(
    tx: DbOrTx,
    message: { conversationId: string; recipientId: string; senderName: string; taskTitle: string; createdAt: Date },
  ): Promise<Notified>;
  /** After the commit: live on the socket, then email/SMS/push as each person's settings say (`deliveries: false`: in-app only). */
  publish(notified: Notified, options?: { deliveries?: boolean }): Promise<void>;
  /** In the publishing transaction: the task's alert to matching providers is owed (the sweep repairs a lost queue). */
  recordTaskAlert(tx: DbOrTx, taskId: string, now: Date): Promise<void>;
  /** After the commit of a publication: queue the matching job and the alert fan-out; failures are logged, not thrown. */
  announceTask(taskId: string): Promise<void>;
}
