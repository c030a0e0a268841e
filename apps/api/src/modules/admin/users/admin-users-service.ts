import type { TAdminUserDetail, TAdminUsersQuery, TAdminUsersResponse } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset-cursor.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { presentAdminUser, presentAuditEntry } from './admin-user-presenter.js';
import { findAdminUser, findAdminUsers } from './admin-users-repository.js';
import {
  findAuditTrailOf,
  findComplaintsOf,
  findPaymentsOf,
  findPeriodsOf,
  findResponsesOf,
  findTasksOf,
} from './user-overview-repository.js';

/** How many of the newest entries each section of the user page shows. */
export const userSectionSize = 20;

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** Accounts newest first, searched and filtered. */
export async function listAdminUsers(deps: { db: Db }, admin: Actor, query: TAdminUsersQuery): Promise<TAdminUsersResponse> {
  assertAdmin(admin);
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findAdminUsers(deps.db, query, { before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAdminUser),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** The whole picture of one account: profile, and the newest of everything it did and was done to it. */
export async function getAdminUserDetail(deps: { db: Db }, admin: Actor, id: string): Promise<TAdminUserDetail> {
  assertAdmin(admin);
  const found = await findAdminUser(deps.db, id);
  if (!found) throw notFound('No such user');
  const { user, profile } = found;
  const n = userSectionSize;
  // One after another: a pooled connection each would be faster, but this page is one admin's click.
  const tasks = await findTasksOf(deps.db, id, n);
  const responses = await findResponsesOf(deps.db, id, n);
  const periods = await findPeriodsOf(deps.db, id, n);
  const payments = await findPaymentsOf(deps.db, id, n);
  const about = await findComplaintsOf(deps.db, id, 'about', n);
  const by = await findComplaintsOf(deps.db, id, 'by', n);
  const audit = await findAuditTrailOf(deps.db, id, n);
  const complaint = (c: (typeof about.items)[number]) => ({ ...c, createdAt: c.createdAt.toISOString() });
  return {
    ...presentAdminUser({ ...user, verifiedAt: profile?.verifiedAt ?? null }),
    locale: user.locale,
    blockReason: user.blockReason,
    provider:
      user.role === 'provider'
        ? {
            description: profile?.description ?? '',
            skills: profile?.skills ?? [],
            ratingAverage: profile?.ratingAverage ?? null,
            reviewsCount: profile?.reviewsCount ?? 0,
            completedCount: profile?.completedCount ?? 0,
            verifiedAt: iso(profile?.verifiedAt ?? null),
          }
        : null,
    tasks: {
      total: tasks.total,
      items: tasks.items.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), hiddenAt: iso(t.hiddenAt) })),
    },
    responses: { total: responses.total, items: responses.items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) },
    subscriptions: {
      total: periods.total,
      items: periods.items.map((p) => ({
        ...p,
        startsAt: p.startsAt.toISOString(),
        endsAt: p.endsAt.toISOString(),
        cancelledAt: iso(p.cancelledAt),
        revokedAt: iso(p.revokedAt),
      })),
    },
    payments: {
      total: payments.total,
      items: payments.items.map((p) => ({ ...p, createdAt: p.createdAt.toISOString(), paidAt: iso(p.paidAt) })),
    },
    complaintsAbout: { total: about.total, items: about.items.map(complaint) },
    complaintsBy: { total: by.total, items: by.items.map(complaint) },
    audit: { total: audit.total, items: audit.items.map(presentAuditEntry) },
  };
}
