import { eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { loginAttempts } from './auth.table.js';

export interface LoginWindow {
  maxFailures: number;
  windowMs: number;
}

/**
 * Reserves one password check for `subject` in a single statement, before the password is verified.
 * A window that has run out starts afresh; otherwise the count goes up, held at `maxFailures + 1`.
 * PostgreSQL applies conflicting upserts on one row one after another, each seeing the last, so of
 * any number of parallel requests only `maxFailures` get an attempt of `maxFailures` or less.
 */
export async function reserveLoginAttempt(
  db: DbOrTx,
  subject: string,
  now: Date,
  rules: LoginWindow,
): Promise<{ attempt: number; windowStartedAt: Date }> {
  const windowOver = sql`${loginAttempts.windowStartedAt} <= ${new Date(now.getTime() - rules.windowMs).toISOString()}::timestamptz`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ subject, attempts: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginAttempts.subject,
      set: {
        attempts: sql`case when ${windowOver} then 1 else least(${loginAttempts.attempts} + 1, ${rules.maxFailures + 1}) end`,
        windowStartedAt: sql`case when ${windowOver} then excluded.window_started_at else ${loginAttempts.windowStartedAt} end`,
      },
    })
    .returning({ attempt: loginAttempts.attempts, windowStartedAt: loginAttempts.windowStartedAt });
  return row!;
}

/** A successful sign-in starts the count again. */
export async function clearLoginAttempts(db: DbOrTx, subject: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.subject, subject));
}

/** Up to `limit` rows whose window began at or before `before` (the cleanup job). */
export async function deleteLoginAttemptsStartedBefore(db: DbOrTx, before: Date, limit: number): Promise<number> {
  const stale = db
    .select({ subject: loginAttempts.subject })
    .from(loginAttempts)
    .where(lte(loginAttempts.windowStartedAt, before))
    .limit(limit);
  const rows = await db.delete(loginAttempts).where(inArray(loginAttempts.subject, stale)).returning({ subject: loginAttempts.subject });
  return rows.length;
}
