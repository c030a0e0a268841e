import { randomUUID } from 'node:crypto';
import { findUserById } from '../../users/index.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { notify, publishNotifications } from '../../notifications/index.js';
import type { AdminDeps } from '../admin-deps.js';

/**
 * A moderator's warning: an in-app notification (and an email, whatever the person's settings say) with the
 * admin's text, stored with the audit entry in one transaction and pushed to the person's sockets after it.
 */
export async function warnUser(
  deps: AdminDeps,
  admin: Actor,
  userId: string,
  message: string,
  origin: RequestOrigin,
): Promise<{ notificationId: string }> {
  assertAdmin(admin);
  const now = deps.clock();
  const notified = await deps.db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw notFound('No such user');
    if (user.role === 'admin') throw new AppError('conflict', 'Admins are not warned');
    const rows = await notify(tx, deps, {
      // Every warning is its own event.
      eventKey: `account.warning:${randomUUID()}`,
      recipients: [{ userId, type: 'account.warning', link: '/notifications', params: { message } }],
    });
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'user.warn',
      targetType: 'user',
      targetId: userId,
      after: { message, notificationId: rows[0]!.id },
    });
    return rows;
  });
  await publishNotifications(deps, notified);
  return { notificationId: notified[0]!.id };
}
