import { QueryBuilder } from 'drizzle-orm/pg-core';
import { tasks } from './tasks.table.js';

/**
 * A task's status, as another module's page may filter and sort on it (a provider's responses by outcome, the
 * fan-outs still worth finishing): join it on `id`. PostgreSQL pulls the subquery up, so the join is the
 * table's own.
 */
export const taskStatuses = new QueryBuilder().select({ id: tasks.id, status: tasks.status }).from(tasks).as('task_statuses');
