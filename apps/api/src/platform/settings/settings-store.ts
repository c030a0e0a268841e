// Operational key-value settings (maintenance mode, generated keys): infrastructure, not a domain.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { settings } from './settings.table.js';

export async function readSetting<T>(db: DbOrTx, key: string): Promise<T | null> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return (row?.value as T | undefined) ?? null;
}

export async function writeSetting(db: DbOrTx, key: string, value: unknown): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}

/** Serialises writers of one key until the transaction ends (the row may not exist yet, so no FOR UPDATE). */
export async function lockSetting(tx: DbOrTx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`setting:${key}`}, 0))`);
}

/** The stored value, after storing `value` if the key had none: every caller racing on first use gets the first one. */
export async function keepFirstSetting(db: DbOrTx, key: string, value: unknown): Promise<unknown> {
  await db.insert(settings).values({ key, value }).onConflictDoNothing();
  return readSetting<unknown>(db, key);
}
