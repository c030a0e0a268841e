import type { TAdminAuditQuery, TAdminAuditResponse } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset-cursor.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { presentAuditEntry } from './admin-user-presenter.js';
import { findAuditEntries } from './audit-log-repository.js';

const dushanbeOffsetMs = 5 * 3_600_000;
const dayMs = 86_400_000;

/** The UTC instant a YYYY-MM-DD day begins in Asia/Dushanbe (UTC+5 all year). */
export function dushanbeDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - dushanbeOffsetMs);
}

/** Every admin action and security event, newest first, filtered by actor, action prefix, target and Dushanbe days. */
export async function listAuditLog(deps: { db: Db }, admin: Actor, query: TAdminAuditQuery): Promise<TAdminAuditResponse> {
  assertAdmin(admin);
  if (query.from && query.to && query.from > query.to) {
    throw new AppError('validation.failed', 'The range ends before it starts', {
      errors: [{ path: 'query.to', code: 'before_from', message: '`to` is earlier than `from`' }],
    });
  }
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findAuditEntries(
    deps.db,
    {
      actorId: query.actorId,
      action: query.action,
      targetId: query.targetId,
      since: query.from ? dushanbeDayStart(query.from) : undefined,
      until: query.to ? new Date(dushanbeDayStart(query.to).getTime() + dayMs) : undefined,
    },
    { before, limit: query.limit + 1 },
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAuditEntry),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
