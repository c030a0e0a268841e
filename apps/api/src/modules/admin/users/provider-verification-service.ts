import type { TAdminUserSummary } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { conflict, notFound } from '../../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { presentAdminUser } from './admin-user-presenter.js';
import { lockAdminUser, setProviderVerifiedAt } from './admin-users-repository.js';

/**
 * Marks a provider checked by an admin (the badge customers see on the profile), or takes the mark
 * back. Only providers carry it: a customer or an admin is a 409, as is a change to the state it is already in.
 */
export async function setProviderVerified(
  deps: { db: Db; clock: () => Date },
  admin: Actor,
  userId: string,
  verified: boolean,
  origin: RequestOrigin,
): Promise<TAdminUserSummary> {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const before = await lockAdminUser(tx, userId);
    if (!before) throw notFound('No such user');
    if (before.role !== 'provider') throw conflict('Only providers can be verified');
    if ((before.verifiedAt !== null) === verified) {
      throw conflict(verified ? 'This provider is already verified' : 'This provider is not verified');
    }
    const verifiedAt = verified ? now : null;
    await setProviderVerifiedAt(tx, userId, verifiedAt, now);
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: verified ? 'user.verify' : 'user.unverify',
      targetType: 'user',
      targetId: userId,
      before: { verifiedAt: before.verifiedAt?.toISOString() ?? null },
      after: { verifiedAt: verifiedAt?.toISOString() ?? null },
    });
    return presentAdminUser({ ...before, verifiedAt });
  });
}
