import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { matchingTasksSeen } from './matching-tasks-seen.table.js';

export async function findSeenUpTo(db: DbOrTx, userId: string): Promise<Date | null> {
  const [row] = await db.select({ at: matchingTasksSeen.seenUpTo }).from(matchingTasksSeen).where(eq(matchingTasksSeen.userId, userId));
  return row?.at ?? null;
}

/** The marks of many users at once; users who never marked are absent. */
export async function findSeenUpToOf(db: DbOrTx, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: matchingTasksSeen.userId, at: matchingTasksSeen.seenUpTo })
    .from(matchingTasksSeen)
    .where(inArray(matchingTasksSeen.userId, userIds));
  return new Map(rows.map((r) => [r.userId, r.at]));
}

/** Moves the mark forward, never back: a late request from a stale tab cannot resurrect what was seen. */
export async function advanceSeenUpTo(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db
    .insert(matchingTasksSeen)
    .values({ userId, seenUpTo: at })
    .onConflictDoUpdate({
      target: matchingTasksSeen.userId,
      set: { seenUpTo: sql`greatest(${matchingTasksSeen.seenUpTo}, excluded.seen_up_to)` },
    });
}
