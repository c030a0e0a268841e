import { type SQL, and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { conversations } from './conversations.table.js';
import { messages } from './messages.table.js';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

/** A conversation as one of its participants sees it, with its task and the other participant. */
export interface ConversationView {
  id: string;
  customerId: string;
  providerId: string;
  lastMessageAt: Date;
  customerReadAt: Date | null;
  providerReadAt: Date | null;
  task: { id: string; title: string; status: 'draft' | 'new' | 'in_progress' | 'completed' | 'cancelled'; closedAt: Date | null };
  counterpart: { id: string; name: string; avatarFileId: string | null };
  unreadCount: number;
}

const isParticipant = (userId: string) => or(eq(conversations.customerId, userId), eq(conversations.providerId, userId))!;

/** My read mark: the column of my side of the conversation. */
const myReadAt = (userId: string) =>
  sql`case when ${conversations.customerId} = ${userId} then ${conversations.customerReadAt} else ${conversations.providerReadAt} end`;

function viewColumns(userId: string) {
  return {
    id: conversations.id,
    customerId: conversations.customerId,
    providerId: conversations.providerId,
    lastMessageAt: conversations.lastMessageAt,
    customerReadAt: conversations.customerReadAt,
    providerReadAt: conversations.providerReadAt,
    task: { id: tasks.id, title: tasks.title, status: tasks.status, closedAt: tasks.closedAt },
    counterpart: { id: users.id, name: users.name, avatarFileId: users.avatarFileId },
    // The counterpart's messages after my read mark (all of them before I first read).
    unreadCount: sql<number>`(select count(*) from ${messages} where ${messages.conversationId} = ${conversations.id}
      and ${messages.senderId} <> ${userId}
      and (${myReadAt(userId)} is null or ${messages.createdAt} > ${myReadAt(userId)}))`.mapWith(Number),
  };
}

function selectViews(db: DbOrTx, userId: string) {
  const counterpartId = sql`case when ${conversations.customerId} = ${userId} then ${conversations.providerId} else ${conversations.customerId} end`;
  return db
    .select(viewColumns(userId))
    .from(conversations)
    .innerJoin(tasks, eq(tasks.id, conversations.taskId))
    .innerJoin(users, eq(users.id, counterpartId));
}

/** One conversation of a participant; null for anyone else, so outsiders cannot tell it exists. */
export async function findParticipantConversation(db: DbOrTx, id: string, userId: string): Promise<ConversationView | null> {
  const [row] = await selectViews(db, userId).where(and(eq(conversations.id, id), isParticipant(userId)));
  return row ?? null;
}

/** A participant's conversations, the most recently active first, keyset on (last_message_at, id). */
export function findParticipantConversations(
  db: DbOrTx,
  userId: string,
  after: KeysetPosition | null,
  limit: number,
): Promise<ConversationView[]> {
  const conditions: SQL[] = [isParticipant(userId)];
  if (after) {
    conditions.push(
      or(lt(conversations.lastMessageAt, after.at), and(eq(conversations.lastMessageAt, after.at), lt(conversations.id, after.id)))!,
    );
  }
  return selectViews(db, userId)
    .where(and(...conditions))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(limit);
}

/**
 * Locks a participant's conversation row for a write: messages of one conversation are then stored one
 * after another, so their times strictly increase in commit order (what catch-up by `after` relies on).
 */
export async function lockParticipantConversation(tx: DbOrTx, id: string, userId: string) {
  const [row] = await tx
    .select({
      id: conversations.id,
      customerId: conversations.customerId,
      providerId: conversations.providerId,
      lastMessageAt: conversations.lastMessageAt,
      customerReadAt: conversations.customerReadAt,
      providerReadAt: conversations.providerReadAt,
      task: { status: tasks.status, closedAt: tasks.closedAt, title: tasks.title },
    })
    .from(conversations)
    .innerJoin(tasks, eq(tasks.id, conversations.taskId))
    .where(and(eq(conversations.id, id), isParticipant(userId)))
    .for('update', { of: conversations });
  return row ?? null;
}
export type LockedConversation = NonNullable<Awaited<ReturnType<typeof lockParticipantConversation>>>;

export async function setLastMessageAt(tx: DbOrTx, id: string, at: Date): Promise<void> {
  await tx.update(conversations).set({ lastMessageAt: at }).where(eq(conversations.id, id));
}

export async function setReadMark(tx: DbOrTx, id: string, side: 'customer' | 'provider', at: Date): Promise<void> {
  await tx
    .update(conversations)
    .set(side === 'customer' ? { customerReadAt: at } : { providerReadAt: at })
    .where(eq(conversations.id, id));
}

/** Whether a chat image is attached to a message of a conversation `userId` takes part in. */
export async function isImageSharedWith(db: DbOrTx, fileId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.imageId, fileId), isParticipant(userId)))
    .limit(1);
  return row !== undefined;
}
