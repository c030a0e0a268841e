import type { TAdminTaskDetail, TAdminTasksQuery, TAdminTasksResponse } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { presentAdminTaskDetail, presentAdminTaskSummary } from './admin-task-presenter.js';
import { decodeTaskCursor, encodeTaskCursor } from './admin-task-cursor.js';
import { findAdminTask, findAdminTasks, findTaskResponsesForAdmin, findUserName } from './admin-tasks-repository.js';
import { findAuditTrail, findComplaintsAboutTask } from './task-context-repository.js';

const auditTrailLimit = 50;

/** Every task, drafts and hidden ones included, newest first; one extra row says whether a next page exists. */
export async function listAdminTasks(deps: { db: Db }, admin: Actor, query: TAdminTasksQuery): Promise<TAdminTasksResponse> {
  assertAdmin(admin);
  const after = query.cursor ? decodeTaskCursor(query.cursor) : null;
  const rows = await findAdminTasks(deps.db, query, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAdminTaskSummary),
    nextCursor: rows.length > query.limit && last ? encodeTaskCursor({ at: last.createdAtKey, id: last.task.id }) : null,
  };
}

/** One task for an admin: private fields, every response, the complaints about it and its audit trail. */
export async function getAdminTask(deps: { db: Db }, admin: Actor, taskId: string): Promise<TAdminTaskDetail> {
  assertAdmin(admin);
  const row = await findAdminTask(deps.db, taskId);
  if (!row) throw notFound('No such task');
  const selectedId = row.task.selectedProviderId;
  const [responses, complaints, audit, selectedProvider] = await Promise.all([
    findTaskResponsesForAdmin(deps.db, taskId),
    findComplaintsAboutTask(deps.db, taskId),
    findAuditTrail(deps.db, taskId, auditTrailLimit),
    selectedId ? findUserName(deps.db, selectedId) : null,
  ]);
  return presentAdminTaskDetail({ row, selectedProvider, responses, complaints, audit });
}
