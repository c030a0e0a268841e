import { type SQL, and, asc, desc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { files } from '../files/files.table.js';
import { messages } from './messages.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export interface MessageView {
  id: string;
  conversationId: string;
  senderId: string;
  body: string | null;
  createdAt: Date;
  image: { id: string; width: number; height: number } | null;
}

const messageColumns = {
  id: messages.id,
  conversationId: messages.conversationId,
  senderId: messages.senderId,
  body: messages.body,
  createdAt: messages.createdAt,
  image: { id: files.id, width: files.width, height: files.height },
};

const selectMessages = (db: DbOrTx) => db.select(messageColumns).from(messages).leftJoin(files, eq(files.id, messages.imageId));

export async function insertMessage(tx: DbOrTx, values: typeof messages.$inferInsert) {
  const [row] = await tx.insert(messages).values(values).returning();
  return row!;
}

/** History newest-first, keyset on (created_at, id), older than `before` when given. */
export function findMessagesBefore(db: DbOrTx, conversationId: string, before: KeysetPosition | null, limit: number) {
  const conditions: SQL[] = [eq(messages.conversationId, conversationId)];
  if (before) {
    conditions.push(or(lt(messages.createdAt, before.at), and(eq(messages.createdAt, before.at), lt(messages.id, before.id)))!);
  }
  return selectMessages(db)
    .where(and(...conditions))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
}

/** Messages after a position, oldest first: what a client missed while it was offline. */
export function findMessagesAfter(db: DbOrTx, conversationId: string, after: KeysetPosition, limit: number) {
  return selectMessages(db)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        or(gt(messages.createdAt, after.at), and(eq(messages.createdAt, after.at), gt(messages.id, after.id))),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(limit);
}

/** The keyset position of a message of this conversation; null for any other id. */
export async function findMessagePosition(db: DbOrTx, conversationId: string, id: string): Promise<KeysetPosition | null> {
  const [row] = await db
    .select({ at: messages.createdAt, id: messages.id })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.id, id)));
  return row ?? null;
}

export async function findMessageView(db: DbOrTx, id: string): Promise<MessageView | null> {
  const [row] = await selectMessages(db).where(eq(messages.id, id));
  return row ?? null;
}

/** The newest message of each conversation among `ids`. */
export async function findLastMessages(db: DbOrTx, ids: string[]): Promise<Map<string, MessageView>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([messages.conversationId], messageColumns)
    .from(messages)
    .leftJoin(files, eq(files.id, messages.imageId))
    .where(inArray(messages.conversationId, ids))
    .orderBy(messages.conversationId, desc(messages.createdAt), desc(messages.id));
  return new Map(rows.map((r) => [r.conversationId, r]));
}

export async function isImageUsed(db: DbOrTx, fileId: string): Promise<boolean> {
  const [row] = await db.select({ id: messages.id }).from(messages).where(eq(messages.imageId, fileId)).limit(1);
  return row !== undefined;
}
