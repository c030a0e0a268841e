import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from './users.table.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';
import type { Contact } from './contact.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByContact(db: DbOrTx, contact: Contact): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(contact.kind === 'email' ? eq(users.email, contact.value) : eq(users.phone, contact.value))
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** The names and avatars other modules show beside their own rows, by id, in one query. */
export async function findUserNames(db: DbOrTx, ids: string[]): Promise<Map<string, { name: string; avatarFileId: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name, avatarFileId: users.avatarFileId })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

/**
 * The user's row, locked until the transaction ends, so two edits of one person (their profile, avatar or
 * portfolio) run one after the other. `no key update`, the lock an UPDATE takes anyway, does not wait for the
 * key-share locks that inserting a row referencing the user (a new `files` row) holds, so two racing uploads
 * queue instead of deadlocking.
 */
export async function lockUserForEdit(tx: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('no key update');
  return row ?? null;
}

/** Inserts a user; a taken email or phone becomes `auth.account_exists`, never a 500. */
export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await conflictOnUnique(
    db.insert(users).values(values).returning(),
    'auth.account_exists',
    'An account with this email or phone already exists',
  );
  return row!;
}

export async function updateUser(db: DbOrTx, id: string, set: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await conflictOnUnique(
    db.update(users).set(set).where(eq(users.id, id)).returning(),
    'auth.account_exists',
    'An account with this email or phone already exists',
  );
  return row!;
}
