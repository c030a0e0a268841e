import { type SQL, and, asc, desc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { conversations } from './conversations.table.js';
import { messages } from './messages.table.js';
import { findImages } from '../files/index.js';
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
  imageId: messages.imageId,
};
type MessageRow = Omit<MessageView, 'image'> & { imageId: string | null };

/** The rows with their image's size, looked up through the files module in one query for all of them. */
async function withImages(db: DbOrTx, rows: MessageRow[]): Promise<MessageView[]> {
  const imageIds = rows.flatMap((r) => (r.imageId ? [r.imageId] : []));
  const images = new Map((await findImages(db, imageIds)).map((f) => [f.id, f]));
  return rows.map(({ imageId, ...row }) => {
    const image = imageId ? images.get(imageId) : undefined;
    return { ...row, image: image ? { id: image.id, width: image.width, height: image.height } : null };
  });
}

const selectMessages = (db: DbOrTx) => db.select(messageColumns).from(messages);

export async function insertMessage(tx: DbOrTx, values: typeof messages.$inferInsert) {
  const [row] = await tx.insert(messages).values(values).returning();
  return row!;
}

/** History newest-first, keyset on (created_at, id), older than `before` when given. */
export async function findMessagesBefore(
  db: DbOrTx,
  conversationId: string,
  before: KeysetPosition | null,
  limit: number,
): Promise<MessageView[]> {
  const conditions: SQL[] = [eq(messages.conversationId, conversationId)];
  if (before) {
    conditions.push(or(lt(messages.createdAt, before.at), and(eq(messages.createdAt, before.at), lt(messages.id, before.id)))!);
  }
  const rows = await selectMessages(db)
    .where(and(...conditions))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return withImages(db, rows);
}

/** Messages after a position, oldest first: what a client missed while it was offline. */
export async function findMessagesAfter(db: DbOrTx, conversationId: string, after: KeysetPosition, limit: number): Promise<MessageView[]> {
  const rows = await selectMessages(db)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        or(gt(messages.createdAt, after.at), and(eq(messages.createdAt, after.at), gt(messages.id, after.id))),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(limit);
  return withImages(db, rows);
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
  const [view] = await withImages(db, await selectMessages(db).where(eq(messages.id, id)));
  return view ?? null;
}

/** Who wrote a message and the two sides of its conversation (what reporting it needs); null for an unknown id. */
export async function findMessageParties(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ senderId: messages.senderId, customerId: conversations.customerId, providerId: conversations.providerId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(eq(messages.id, id));
  return row ?? null;
}

/** The newest message of each conversation among `ids`. */
export async function findLastMessages(db: DbOrTx, ids: string[]): Promise<Map<string, MessageView>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([messages.conversationId], messageColumns)
    .from(messages)
    .where(inArray(messages.conversationId, ids))
    .orderBy(messages.conversationId, desc(messages.createdAt), desc(messages.id));
  return new Map((await withImages(db, rows)).map((r) => [r.conversationId, r]));
}

export async function isImageUsed(db: DbOrTx, fileId: string): Promise<boolean> {
  const [row] = await db.select({ id: messages.id }).from(messages).where(eq(messages.imageId, fileId)).limit(1);
  return row !== undefined;
}
