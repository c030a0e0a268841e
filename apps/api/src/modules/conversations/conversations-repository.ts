import { type SQL, and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, loadAll } from '../../db/client.js';
import { conversations } from './conversations.table.js';
import { messages } from './messages.table.js';
import { type TaskState, findTaskStates } from '../tasks/index.js';
import { findUserNames } from '../users/index.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

/** A conversation as one of its participants sees it, with its task and the other participant. */
export interface ConversationView {
  id: string;
  customerId: string;
  providerId: string;
  lastMessageAt: Date;
  customerReadAt: Date | null;
  providerReadAt: Date | null;
  task: TaskState;
  counterpart: { id: string; name: string; avatarFileId: string | null };
  unreadCount: number;
}

const isParticipant = (userId: string) => or(eq(conversations.customerId, userId), eq(conversations.providerId, userId))!;

/** My read mark: the column of my side of the conversation. */
const myReadAt = (userId: string) =>
  sql`case when ${conversations.customerId} = ${userId} then ${conversations.customerReadAt} else ${conversations.providerReadAt} end`;

/** The counterpart's messages after my read mark (all of them before I first read). */
const unreadMessages = (userId: string) =>
  sql`(select count(*) from ${messages} where ${messages.conversationId} = ${conversations.id}
    and ${messages.senderId} <> ${userId}
    and (${myReadAt(userId)} is null or ${messages.createdAt} > ${myReadAt(userId)}))`;

function selectRows(db: DbOrTx, userId: string) {
  return db
    .select({
      id: conversations.id,
      taskId: conversations.taskId,
      customerId: conversations.customerId,
      providerId: conversations.providerId,
      lastMessageAt: conversations.lastMessageAt,
      customerReadAt: conversations.customerReadAt,
      providerReadAt: conversations.providerReadAt,
      // Wrapped: a select from one table writes the columns of its own `sql` fields unqualified, which in this
      // subquery would read `conversations.id` as the message's id. A nested `sql` keeps them qualified.
      unreadCount: sql<number>`${unreadMessages(userId)}`.mapWith(Number),
    })
    .from(conversations);
}
type ConversationRow = Omit<ConversationView, 'task' | 'counterpart'> & { taskId: string };

const counterpartOf = (row: ConversationRow, userId: string) => (row.customerId === userId ? row.providerId : row.customerId);

/**
 * The rows with their task (the tasks module) and the other participant's name (the users module): one
 * primary-key lookup each for the whole page. Both are foreign keys (a task's delete cascades to its chat), so
 * each is found; a row without them would be left out, as the joins this replaced left it out.
 */
async function withTasksAndCounterparts(db: DbOrTx, rows: ConversationRow[], userId: string): Promise<ConversationView[]> {
  const taskIds = rows.map((r) => r.taskId);
  const counterpartIds = rows.map((r) => counterpartOf(r, userId));
  const [tasks, names] = await loadAll(db, [() => findTaskStates(db, taskIds), () => findUserNames(db, counterpartIds)] as const);
  return rows.flatMap((r) => {
    const { taskId, ...row } = r;
    const task = tasks.get(taskId);
    const counterpartId = counterpartOf(r, userId);
    const counterpart = names.get(counterpartId);
    return task && counterpart ? [{ ...row, task, counterpart: { id: counterpartId, ...counterpart } }] : [];
  });
}

/** One conversation of a participant; null for anyone else, so outsiders cannot tell it exists. */
export async function findParticipantConversation(db: DbOrTx, id: string, userId: string): Promise<ConversationView | null> {
  const rows = await selectRows(db, userId).where(and(eq(conversations.id, id), isParticipant(userId)));
  const [view] = await withTasksAndCounterparts(db, rows, userId);
  return view ?? null;
}

/** A participant's conversations, the most recently active first, keyset on (last_message_at, id). */
export async function findParticipantConversations(
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
  const rows = await selectRows(db, userId)
    .where(and(...conditions))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(limit);
  return withTasksAndCounterparts(db, rows, userId);
}

/**
 * Locks a participant's conversation row for a write: messages of one conversation are then stored one
 * after another, so their times strictly increase in commit order (what catch-up by `after` relies on).
 */
export async function lockParticipantConversation(tx: DbOrTx, id: string, userId: string) {
  const [row] = await tx
    .select({
      id: conversations.id,
      taskId: conversations.taskId,
      customerId: conversations.customerId,
      providerId: conversations.providerId,
      lastMessageAt: conversations.lastMessageAt,
      customerReadAt: conversations.customerReadAt,
      providerReadAt: conversations.providerReadAt,
    })
    .from(conversations)
    .where(and(eq(conversations.id, id), isParticipant(userId)))
    .for('update');
  if (!row) return null;
  // Read once the lock is held, through the tasks module (a task's delete cascades to its chat, so it is there).
  const { taskId, ...conversation } = row;
  const task = (await findTaskStates(tx, [taskId])).get(taskId);
  return task ? { ...conversation, task: { status: task.status, closedAt: task.closedAt, title: task.title } } : null;
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
