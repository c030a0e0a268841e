import type { TAdminComplaint, TAdminComplaintsResponse } from '@dastiyor/contracts';
import type { DbOrTx } from '../../../db/client.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset-cursor.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import {
  type ComplaintRow,
  type QueueFilter,
  findComplaint,
  findQueuePage,
  lockComplaint,
  updateComplaint,
} from '../../complaints/index.js';
import type { AdminDeps } from '../admin-deps.js';
import { loadPeople, loadTargetContexts } from './complaint-context-repository.js';
import { presentComplaint } from './complaint-presenter.js';

async function present(db: DbOrTx, rows: ComplaintRow[]): Promise<TAdminComplaint[]> {
  const [contexts, people] = await Promise.all([
    loadTargetContexts(db, rows),
    loadPeople(
      db,
      rows.flatMap((r) => [r.reporterId, r.targetUserId, r.resolvedBy]),
    ),
  ]);
  return rows.map((row) => presentComplaint(row, contexts, people));
}

/** The queue, newest first, with each target's context. */
export async function listComplaints(
  deps: Pick<AdminDeps, 'db'>,
  admin: Actor,
  query: Omit<QueueFilter, 'before'> & { cursor?: string },
): Promise<TAdminComplaintsResponse> {
  assertAdmin(admin);
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findQueuePage(deps.db, { ...query, before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await present(deps.db, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

export async function getComplaint(deps: Pick<AdminDeps, 'db'>, admin: Actor, id: string): Promise<TAdminComplaint> {
  assertAdmin(admin);
  const row = await findComplaint(deps.db, id);
  if (!row) throw notFound('No such complaint');
  const [item] = await present(deps.db, [row]);
  return item!;
}

/** Closes an open complaint as resolved (acted on) or rejected (nothing to do), with the admin's note. */
export async function closeComplaint(
  deps: Pick<AdminDeps, 'db' | 'clock'>,
  admin: Actor,
  id: string,
  outcome: 'resolved' | 'rejected',
  note: string,
  origin: RequestOrigin,
): Promise<TAdminComplaint> {
  assertAdmin(admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, id);
    if (!row) throw notFound('No such complaint');
    if (row.status !== 'open') throw new AppError('conflict', `The complaint is already ${row.status}`);
    await updateComplaint(tx, id, { status: outcome, resolutionNote: note, resolvedBy: admin.id, resolvedAt: now });
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: outcome === 'resolved' ? 'complaint.resolve' : 'complaint.reject',
      targetType: 'complaint',
      targetId: id,
      before: { status: row.status },
      after: { status: outcome, note },
      meta: { targetType: row.targetType, targetId: row.targetId, targetUserId: row.targetUserId },
    });
  });
  return getComplaint(deps, admin, id);
}
