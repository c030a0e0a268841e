import { type SQL, and, desc, eq, ilike, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { providerProfiles } from '../../profiles/profiles.table.js';
import { tasks } from '../../tasks/tasks.table.js';
import { users } from '../../users/users.table.js';
import type { KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';

export type AdminUserRow = typeof users.$inferSelect & { verifiedAt: Date | null };

// Sign-up stores whole milliseconds but rows made by SQL defaults carry microseconds; the cursor
// carries a JavaScript time, so both order and compare on the millisecond.
const createdMs = sql<Date>`date_trunc('milliseconds', ${users.createdAt})`;

/** `%`, `_` and `\` typed by an admin are matched literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * A name or an email containing `q` (any case), or, when `q` looks like a phone number, a phone
 * containing its digits: "+992 90 123", "90123" and "992-90" all find +99290123….
 */
function searchCondition(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  const conditions: SQL[] = [ilike(users.name, pattern), ilike(users.email, pattern)];
  const digits = q.replace(/\D/g, '');
  if (/^[\d\s()+-]+$/.test(q) && digits.length >= 3) conditions.push(like(users.phone, `%${digits}%`));
  return or(...conditions)!;
}

export async function findAdminUsers(
  db: DbOrTx,
  filter: { q?: string; role?: AdminUserRow['role']; status?: AdminUserRow['status'] },
  options: { before: KeysetPosition | null; limit: number },
): Promise<AdminUserRow[]> {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(searchCondition(filter.q));
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.status) conditions.push(eq(users.status, filter.status));
  const { before } = options;
  if (before) conditions.push(sql`(${createdMs}, ${users.id}) < (${before.at.toISOString()}::timestamptz, ${before.id}::uuid)`);
  const rows = await db
    .select({ user: users, verifiedAt: providerProfiles.verifiedAt })
    .from(users)
    .leftJoin(providerProfiles, eq(providerProfiles.userId, users.id))
    .where(and(...conditions))
    .orderBy(desc(createdMs), desc(users.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r.user, verifiedAt: r.verifiedAt }));
}

/** The account with its provider profile (when it has one), locked for the rest of the transaction. */
export async function lockAdminUser(tx: DbOrTx, id: string): Promise<AdminUserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) return null;
  return { ...row, verifiedAt: (await findProviderProfileRow(tx, id))?.verifiedAt ?? null };
}

export async function findAdminUser(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ user: users, profile: providerProfiles })
    .from(users)
    .leftJoin(providerProfiles, eq(providerProfiles.userId, users.id))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

async function findProviderProfileRow(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(providerProfiles).where(eq(providerProfiles.userId, userId)).limit(1);
  return row ?? null;
}

export async function setUserBlock(tx: DbOrTx, id: string, block: { at: Date; reason: string } | null, now: Date) {
  const [row] = await tx
    .update(users)
    .set({ status: block ? 'blocked' : 'active', blockedAt: block?.at ?? null, blockReason: block?.reason ?? null, updatedAt: now })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

/** Hides the customer's open tasks that nothing else has hidden; answers their ids. */
export async function hideOpenTasksOf(tx: DbOrTx, customerId: string, reason: string, now: Date): Promise<string[]> {
  const rows = await tx
    .update(tasks)
    .set({ hiddenAt: now, hiddenCause: 'owner_blocked', hiddenReason: reason, updatedAt: now })
    .where(and(eq(tasks.customerId, customerId), eq(tasks.status, 'new'), isNull(tasks.hiddenAt)))
    .returning({ id: tasks.id });
  return rows.map((r) => r.id);
}

/** Shows again only what blocking the owner hid; a task an admin hid for its content stays hidden. */
export async function unhideTasksHiddenByBlock(tx: DbOrTx, customerId: string, now: Date): Promise<string[]> {
  const rows = await tx
    .update(tasks)
    .set({ hiddenAt: null, hiddenCause: null, hiddenReason: null, updatedAt: now })
    .where(and(eq(tasks.customerId, customerId), eq(tasks.hiddenCause, 'owner_blocked')))
    .returning({ id: tasks.id });
  return rows.map((r) => r.id);
}

/** The profile row is made on a provider's first edit, so verifying one who never edited creates it. */
export async function setProviderVerifiedAt(tx: DbOrTx, userId: string, verifiedAt: Date | null, now: Date) {
  await tx
    .insert(providerProfiles)
    .values({ userId, verifiedAt, updatedAt: now })
    .onConflictDoUpdate({ target: providerProfiles.userId, set: { verifiedAt, updatedAt: now } });
}
