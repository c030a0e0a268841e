import { type SQL, and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { categories, cities, districts } from '../../catalog/catalog.table.js';
import { responses } from '../../responses/responses.table.js';
import { tasks } from '../../tasks/tasks.table.js';
import { users } from '../../users/users.table.js';
import type { TaskCursor } from './admin-task-cursor.js';

const subcategories = alias(categories, 'subcategories');

export interface AdminTaskFilter {
  q?: string;
  status?: (typeof tasks.$inferSelect)['status'];
  hidden?: boolean;
  categoryId?: string;
  cityId?: string;
  customerId?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `q`: a task id, else words of title and description (the feed's stemmed search) or any part of the title. */
function searchCondition(q: string): SQL {
  if (uuidPattern.test(q)) return eq(tasks.id, q);
  const part = `%${escapeLike(q)}%`;
  return sql`(${tasks.searchVector} @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${q}))
    or dastiyor_fold(${tasks.title}) like dastiyor_fold(${part}))`;
}

/** created_at to the microsecond, as text: a JavaScript Date would drop the last three digits and skip rows. */
const createdAtKey = sql<string>`to_char(${tasks.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Every task that passes the filter, newest created first, one page past `after` (keyset on created_at, id). */
export function findAdminTasks(db: DbOrTx, filter: AdminTaskFilter, after: TaskCursor | null, limit: number) {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(searchCondition(filter.q));
  if (filter.status) conditions.push(eq(tasks.status, filter.status));
  if (filter.hidden !== undefined) conditions.push(filter.hidden ? sql`${tasks.hiddenAt} is not null` : sql`${tasks.hiddenAt} is null`);
  if (filter.categoryId)
    conditions.push(sql`(${tasks.categoryId} = ${filter.categoryId} or ${tasks.subcategoryId} = ${filter.categoryId})`);
  if (filter.cityId) conditions.push(eq(tasks.cityId, filter.cityId));
  if (filter.customerId) conditions.push(eq(tasks.customerId, filter.customerId));
  if (after) conditions.push(sql`(${tasks.createdAt}, ${tasks.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  return selectAdminTasks(db)
    .where(and(...conditions))
    .orderBy(desc(tasks.createdAt), desc(tasks.id))
    .limit(limit);
}

/** One task with the names of what it points to, and the customer's contacts. */
export async function findAdminTask(db: DbOrTx, id: string) {
  const [row] = await selectAdminTasks(db).where(eq(tasks.id, id)).limit(1);
  return row ?? null;
}

function selectAdminTasks(db: DbOrTx) {
  return db
    .select({
      task: tasks,
      createdAtKey,
      category: { id: categories.id, name: categories.name },
      subcategory: { id: subcategories.id, name: subcategories.name },
      city: { id: cities.id, name: cities.name },
      districtName: districts.name,
      customer: { id: users.id, name: users.name, email: users.email, phone: users.phone, status: users.status },
      responsesCount: sql<number>`(select count(*)::int from ${responses}
        where ${responses.taskId} = ${tasks.id} and ${responses.status} <> 'withdrawn')`,
    })
    .from(tasks)
    .innerJoin(categories, eq(categories.id, tasks.categoryId))
    .innerJoin(subcategories, eq(subcategories.id, tasks.subcategoryId))
    .innerJoin(cities, eq(cities.id, tasks.cityId))
    .innerJoin(users, eq(users.id, tasks.customerId))
    .leftJoin(districts, eq(districts.id, tasks.districtId))
    .$dynamic();
}

export type AdminTaskRow = NonNullable<Awaited<ReturnType<typeof findAdminTask>>>;

/** Every response to the task, withdrawn ones included, oldest first, with the provider's name. */
export function findTaskResponsesForAdmin(db: DbOrTx, taskId: string) {
  return db
    .select({ response: responses, providerName: users.name })
    .from(responses)
    .innerJoin(users, eq(users.id, responses.providerId))
    .where(eq(responses.taskId, taskId))
    .orderBy(responses.createdAt, responses.id);
}

export async function findUserName(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, id));
  return row ?? null;
}
