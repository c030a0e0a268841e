import type { TAdminBlockResult } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin, revokeSessionsOf } from '../../auth/index.js';
import { blockStateOf, presentAdminUser } from './admin-user-presenter.js';
import { hideOpenTasksOf, lockAdminUser, setUserBlock, unhideTasksHiddenByBlock } from './admin-users-repository.js';

export interface UserBlockDeps {
  db: Db;
  clock: () => Date;
}

/**
 * Blocks an account at once: every session ends in the same transaction (a live socket closes at
 * its next heartbeat, when its session no longer reads), and the account's open tasks leave the
 * feed with cause `owner_blocked`, so unblocking can show exactly those again. Admins are not
 * blocked from here (403); an account already blocked is a 409.
 */
export async function blockUser(
  deps: UserBlockDeps,
  admin: Actor,
  userId: string,
  reason: string,
  origin: RequestOrigin,
): Promise<TAdminBlockResult> {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const before = await lockAdminUser(tx, userId);
    if (!before) throw notFound('No such user');
    if (before.role === 'admin') throw forbidden('Admins cannot be blocked from the admin panel');
    if (before.status === 'blocked') throw conflict('This account is already blocked');
    const after = { ...(await setUserBlock(tx, userId, { at: now, reason }, now)), verifiedAt: before.verifiedAt };
    await revokeSessionsOf(tx, userId, now, null);
    const hiddenTaskIds = await hideOpenTasksOf(tx, userId, reason, now);
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'user.block',
      targetType: 'user',
      targetId: userId,
      before: blockStateOf(before),
      after: blockStateOf(after),
      meta: { reason, hiddenTaskIds },
    });
    return { user: presentAdminUser(after), tasksAffected: hiddenTaskIds.length };
  });
}

/** Lifts a block: the account signs in again and only the tasks blocking hid come back. 409 when not blocked. */
export async function unblockUser(deps: UserBlockDeps, admin: Actor, userId: string, origin: RequestOrigin): Promise<TAdminBlockResult> {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const before = await lockAdminUser(tx, userId);
    if (!before) throw notFound('No such user');
    if (before.status !== 'blocked') throw conflict('This account is not blocked');
    const after = { ...(await setUserBlock(tx, userId, null, now)), verifiedAt: before.verifiedAt };
    const shownTaskIds = await unhideTasksHiddenByBlock(tx, userId, now);
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'user.unblock',
      targetType: 'user',
      targetId: userId,
      before: blockStateOf(before),
      after: blockStateOf(after),
      meta: { shownTaskIds },
    });
    return { user: presentAdminUser(after), tasksAffected: shownTaskIds.length };
  });
}
