import { and, eq, getTableColumns, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared-statements.js';
import type { SqlOperand } from '../../db/sql-operand.js';
import { imageSizesOf } from '../files/index.js';
import { userAccounts } from '../users/index.js';
import { taskCardFields, withCardNames } from './task-feed-repository.js';
import { taskAttachments, tasks } from './tasks.table.js';

// The search columns are the feed's: a page never shows them, and the vector is the row's widest value.
const { searchText: _text, searchVector: _vector, textFingerprint: _fingerprint, ...pageColumns } = getTableColumns(tasks);

/** The task row as its page reads it (everything but the search columns). */
export type TaskPageRow = Omit<typeof tasks.$inferSelect, 'searchText' | 'searchVector' | 'textFingerprint'>;

const posted = alias(tasks, 'posted');

/**
 * Everything a task page shows of the task in ONE prepared statement: the row, the card's names, the photos
 * in order, the customer's name, avatar and published-task count, and the responses count (`responsesCountOf`,
 * the responses module's, handed in by the page's composer). What the viewer has to do with it comes after,
 * only for a signed-in viewer (task-pages).
 */
export async function findTaskPage(db: DbOrTx, taskId: string, responsesCountOf: ResponsesCountOf) {
  const build = () => taskPageQuery(db, responsesCountOf);
  const [found] = await (preparedStatement(db, 'task|page', build) ?? build()).execute({ taskId });
  if (!found) return null;
  const { row, photos, customer, responsesCount, ...card } = found;
  return { card, row, photos, customer, responsesCount };
}

type ResponsesCountOf = (taskId: SqlOperand) => SQL<number>;

/** The statement, with the task's id as the placeholder `taskId` (bench/reference-load.ts runs its text too). */
export function taskPageQuery(db: DbOrTx, responsesCountOf: ResponsesCountOf) {
  return withCardNames(
    db
      .select({
        ...taskCardFields,
        row: pageColumns,
        photos: imageSizesOf({
          from: taskAttachments,
          fileId: taskAttachments.fileId,
          where: eq(taskAttachments.taskId, tasks.id),
          order: sql`${taskAttachments.sortOrder}`,
        }),
        customer: {
          id: userAccounts.id,
          name: userAccounts.name,
          avatarFileId: userAccounts.avatarFileId,
          createdAt: userAccounts.createdAt,
          // By tasks_customer_idx; a customer posts tens of tasks, not thousands.
          tasksPosted: sql<number>`(select count(*)::int from ${tasks} ${posted}
              where ${and(eq(posted.customerId, tasks.customerId), isNotNull(posted.publishedAt))})`,
        },
        responsesCount: responsesCountOf(tasks.id),
      })
      .from(tasks)
      .innerJoin(userAccounts, eq(userAccounts.id, tasks.customerId))
      .where(eq(tasks.id, sql.placeholder('taskId')))
      .$dynamic(),
  );
}
