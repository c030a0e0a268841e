import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { files } from './files.table.js';

export type FileRow = typeof files.$inferSelect;

export async function insertFile(db: DbOrTx, values: typeof files.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(files).values(values).returning();
  return row!;
}

export async function findFileById(db: DbOrTx, id: string): Promise<FileRow | null> {
  const [row] = await db.select().from(files).where(eq(files.id, id)).limit(1);
  return row ?? null;
}

export async function findFilesByIds(db: DbOrTx, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(files).where(inArray(files.id, ids));
}

/** Deletes an owner's rows among `ids` (someone else's id matches nothing) and returns them. */
export async function deleteFilesOfOwner(db: DbOrTx, ownerId: string, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .delete(files)
    .where(and(eq(files.ownerId, ownerId), inArray(files.id, ids)))
    .returning();
}
