import { type TComplaintReceipt, type TCreateComplaintRequest, complaintLimits } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { AuthContext } from '../auth/index.js';
import { findReportableTarget } from './complaint-targets.js';
import { countReportsSince, insertComplaint, lockReporter, mayReport, oldestReportSince } from '../complaints/index.js';

export interface ComplaintsDeps {
  db: Db;
  clock: () => Date;
}

const hourMs = 3_600_000;
const windows = [
  { ms: hourMs, max: complaintLimits.perHour },
  { ms: 24 * hourMs, max: complaintLimits.perDay },
] as const;

/**
 * A signed-in person reports a task, a user, a review or a message. The limit is counted in the database per
 * account (exact across instances, under the reporter's lock), before the target is looked at, so the limit
 * also caps probing for what exists. A target the reporter may not see is 404; their own content is 400.
 */
export async function reportContent(deps: ComplaintsDeps, auth: AuthContext, input: TCreateComplaintRequest): Promise<TComplaintReceipt> {
  const now = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    await lockReporter(tx, auth.user.id);
    for (const window of windows) {
      const since = new Date(now.getTime() - window.ms);
      if ((await countReportsSince(tx, auth.user.id, since)) < window.max) continue;
      const oldest = await oldestReportSince(tx, auth.user.id, since);
      const retryAfter = oldest ? Math.max(1, Math.ceil((oldest.getTime() + window.ms - now.getTime()) / 1000)) : 60;
      throw new AppError('rate_limited', 'Too many reports; try again later', { retryAfter });
    }
    const target = await findReportableTarget(tx, input.targetType, input.targetId, auth.user.id);
    if (!target) throw notFound('Nothing to report here');
    if (!mayReport(auth.user.id, target.ownerId)) {
      throw new AppError('validation.failed', 'You cannot report yourself or your own content', {
        errors: [{ path: 'body.targetId', code: 'own_content', message: 'This is your own' }],
      });
    }
    return insertComplaint(tx, {
      source: 'user',
      reporterId: auth.user.id,
      targetType: input.targetType,
      targetId: input.targetId,
      targetUserId: target.ownerId,
      reason: input.reason,
      text: input.text || null,
      createdAt: now,
    });
  });
  return { id: row.id, status: row.status, createdAt: row.createdAt.toISOString() };
}
