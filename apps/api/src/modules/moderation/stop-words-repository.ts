import { type SQL, and, desc, eq, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { stopWords } from './moderation.table.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export type StopWordRow = typeof stopWords.$inferSelect;

export async function allStopWords(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ word: stopWords.word }).from(stopWords);
  return rows.map((r) => r.word);
}

/** Newest first, keyset on (created_at, id). */
export function findStopWordsPage(db: DbOrTx, filter: { locale?: 'ru' | 'tg'; before: KeysetPosition | null; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.locale) conditions.push(eq(stopWords.locale, filter.locale));
  const { before } = filter;
  if (before)
    conditions.push(or(lt(stopWords.createdAt, before.at), and(eq(stopWords.createdAt, before.at), lt(stopWords.id, before.id)))!);
  return db
    .select()
    .from(stopWords)
    .where(and(...conditions))
    .orderBy(desc(stopWords.createdAt), desc(stopWords.id))
    .limit(filter.limit);
}

/** The word is unique after folding: the same word again is a 409. */
export async function insertStopWord(db: DbOrTx, values: typeof stopWords.$inferInsert): Promise<StopWordRow> {
  const [row] = await conflictOnUnique(db.insert(stopWords).values(values).returning(), 'conflict', 'This stop word is already listed');
  return row!;
}

export async function deleteStopWord(db: DbOrTx, id: string): Promise<StopWordRow | null> {
  const [row] = await db.delete(stopWords).where(eq(stopWords.id, id)).returning();
  return row ?? null;
}
