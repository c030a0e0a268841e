import type { TResponseOutcome, TTaskStatus } from '@dastiyor/contracts';
import { type SQL, and, asc, count, desc, eq, gte, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { SqlOperand } from '../../db/sql-operand.js';
import { responses } from './responses.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';
import { spamFingerprint } from '../moderation/index.js';
import { taskStatuses } from '../tasks/index.js';

export type ResponseRow = typeof responses.$inferSelect;

/** One response per task and provider: a second one is a 409, not a 500. */
export async function insertResponse(db: DbOrTx, values: typeof responses.$inferInsert): Promise<ResponseRow> {
  const [row] = await conflictOnUnique(
    db
      .insert(responses)
      .values({ ...values, commentFingerprint: spamFingerprint(values.comment) })
      .returning(),
    'conflict',
    'You have already responded to this task',
  );
  return row!;
}

export async function findResponse(db: DbOrTx, id: string): Promise<ResponseRow | null> {
  const [row] = await db.select().from(responses).where(eq(responses.id, id));
  return row ?? null;
}

/** The response row, locked until the transaction ends: select, reject, edit and withdraw queue on it. */
export async function lockResponse(db: DbOrTx, id: string): Promise<ResponseRow | null> {
  const [row] = await db.select().from(responses).where(eq(responses.id, id)).for('update');
  return row ?? null;
}

export async function updateResponse(db: DbOrTx, id: string, set: Partial<typeof responses.$inferInsert>): Promise<ResponseRow> {
  // The fingerprint follows the comment (an edit changes it), so the copy-paste check never reads a stale one.
  const values = set.comment === undefined ? set : { ...set, commentFingerprint: spamFingerprint(set.comment) };
  const [row] = await db.update(responses).set(values).where(eq(responses.id, id)).returning();
  return row!;
}

/** Every response of a task the customer may weigh (withdrawn ones are gone), oldest first. */
export function findTaskResponses(db: DbOrTx, taskId: string): Promise<ResponseRow[]> {
  return db
    .select()
    .from(responses)
    .where(and(eq(responses.taskId, taskId), ne(responses.status, 'withdrawn')))
    .orderBy(asc(responses.createdAt), asc(responses.id));
}

/**
 * How many responses a task shows (withdrawn ones are gone), as SQL over the task's id: a task page reads it
 * inside its own statement (the task-pages module hands it to tasks).
 */
export const responsesCountOf = (taskId: SqlOperand): SQL<number> =>
  sql<number>`(select count(*)::int from ${responses} where ${responses.taskId} = ${taskId} and ${responses.status} <> 'withdrawn')`;

export async function findProviderResponse(db: DbOrTx, taskId: string, providerId: string): Promise<ResponseRow | null> {
  const [row] = await db
    .select()
    .from(responses)
    .where(and(eq(responses.taskId, taskId), eq(responses.providerId, providerId)));
  return row ?? null;
}

/**
 * How many tasks got this comment from this provider since `since` (the copy-paste check), compared normalised
 * (`spamKey`): one indexed equality on the stored fingerprint (responses_provider_comment_idx).
 */
export async function countSameCommentSince(db: DbOrTx, providerId: string, comment: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(responses)
    .where(
      and(
        eq(responses.providerId, providerId),
        eq(responses.commentFingerprint, spamFingerprint(comment)),
        gte(responses.createdAt, since),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * What became of a response, from its own status and its task's: a pending response on a task that went
 * ahead with someone else was not chosen; on a cancelled task it ended with the task.
 */
const outcome = sql<TResponseOutcome>`case
  when ${responses.status} = 'withdrawn' then 'withdrawn'
  when ${responses.status} = 'selected' then 'selected'
  when ${responses.status} = 'rejected' then 'rejected'
  when ${taskStatuses.status} = 'cancelled' then 'task_cancelled'
  when ${taskStatuses.status} in ('in_progress', 'completed') then 'not_chosen'
  else 'pending' end`;

/** A provider's responses, newest first, keyset on (created_at, id), optionally by outcome. */
export function findProviderResponses(
  db: DbOrTx,
  providerId: string,
  filter: { outcome?: TResponseOutcome; taskStatus?: TTaskStatus; after: KeysetPosition | null; limit: number },
) {
  const conditions: SQL[] = [eq(responses.providerId, providerId)];
  if (filter.outcome) conditions.push(sql`(${outcome}) = ${filter.outcome}`);
  if (filter.taskStatus) conditions.push(eq(taskStatuses.status, filter.taskStatus));
  if (filter.after) {
    const { at, id } = filter.after;
    conditions.push(or(lt(responses.createdAt, at), and(eq(responses.createdAt, at), lt(responses.id, id)))!);
  }
  return db
    .select({ response: responses, outcome })
    .from(responses)
    .innerJoin(taskStatuses, eq(taskStatuses.id, responses.taskId))
    .where(and(...conditions))
    .orderBy(desc(responses.createdAt), desc(responses.id))
    .limit(filter.limit);
}

/** How many responses a provider has sent, and how many the customers chose. */
export async function countProviderResponses(db: DbOrTx, providerId: string) {
  const [row] = await db
    .select({ sent: count(), selected: sql<number>`count(*) filter (where ${responses.status} = 'selected')`.mapWith(Number) })
    .from(responses)
    .where(eq(responses.providerId, providerId));
  return { sent: Number(row?.sent ?? 0), selected: row?.selected ?? 0 };
}

/** Responses a provider created since a moment (the Dushanbe midnight), withdrawn ones included. */
export async function countResponsesSince(db: DbOrTx, providerId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(responses)
    .where(and(eq(responses.providerId, providerId), gte(responses.createdAt, since)));
  return Number(row?.n ?? 0);
}
