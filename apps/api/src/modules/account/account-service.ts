import type { TCodeSentResponse } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import {
  type AuthDeps,
  latestOpenCodeOfUser,
  issueCode,
  withValidCode,
  type Contact,
  assertAcceptablePassword,
  hashPassword,
  verifyPassword,
  revokeSessionsOf,
  type AuthContext,
} from '../auth/index.js';
import { findUserByContact, findUserById, updateUser } from '../users/index.js';

/** Sensitive changes ask for the current password, so a borrowed unlocked phone is not enough. */
async function assertCurrentPassword(deps: AuthDeps, auth: AuthContext, password: string, origin: RequestOrigin) {
  const user = await findUserById(deps.db, auth.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    await recordAudit(deps.db, deps.clock(), origin, {
      actorId: auth.user.id,
      action: 'auth.password_check_failed',
      targetType: 'user',
      targetId: auth.user.id,
    });
    throw new AppError('validation.failed', 'The current password is wrong', {
      errors: [{ path: 'body.currentPassword', code: 'wrong_password', message: 'The current password is wrong' }],
    });
  }
  return user;
}

/** A new password ends every other session; this one stays signed in. */
export async function changePassword(deps: AuthDeps, auth: AuthContext, current: string, next: string, origin: RequestOrigin) {
  const user = await assertCurrentPassword(deps, auth, current, origin);
  assertAcceptablePassword(next, user, 'body.newPassword');
  const now = deps.clock();
  const passwordHash = await hashPassword(next);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, auth.user.id, { passwordHash, passwordChangedAt: now, updatedAt: now });
    await revokeSessionsOf(tx, auth.user.id, now, auth.sessionId);
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'auth.password_changed',
      targetType: 'user',
      targetId: auth.user.id,
    });
  });
}

const purposeOf = (kind: Contact['kind']) => (kind === 'email' ? 'change_email' : 'change_phone') as 'change_email' | 'change_phone';

/** Step one of adding or changing an email or phone: a code goes to the NEW destination. */
export async function requestContactChange(
  deps: AuthDeps,
  auth: AuthContext,
  contact: Contact,
  password: string,
  origin: RequestOrigin,
): Promise<TCodeSentResponse> {
  const user = await assertCurrentPassword(deps, auth, password, origin);
  const owner = await findUserByContact(deps.db, contact);
  if (owner) {
    const mine = owner.id === user.id;
    throw new AppError(
      mine ? 'conflict' : 'auth.account_exists',
      mine ? 'This is already your contact' : 'Another account uses this contact',
      {
        errors: [
          {
            path: `body.${contact.kind}`,
            code: mine ? 'unchanged' : 'account_exists',
            message: mine ? 'Already yours' : 'Used by another account',
          },
        ],
      },
    );
  }
  return issueCode(deps, {
    purpose: purposeOf(contact.kind),
    contact,
    locale: user.locale,
    userId: user.id,
    payload: { value: contact.value },
  });
}

/** Step two: the code proves the new destination; it replaces the old one, verified. */
export async function confirmContactChange(deps: AuthDeps, auth: AuthContext, kind: Contact['kind'], code: string, origin: RequestOrigin) {
  const purpose = purposeOf(kind);
  const pending = await latestOpenCodeOfUser(deps.db, purpose, auth.user.id);
  if (!pending) {
    throw new AppError('auth.code_invalid', 'No change is waiting for a code', {
      errors: [{ path: 'body.code', code: 'code_invalid', message: 'Ask for a code first' }],
    });
  }
  const now = deps.clock();
  return withValidCode(deps, { now, purpose, target: pending.target, code }, async (tx) => {
    const before = await findUserById(tx, auth.user.id);
    const set = kind === 'email' ? { email: pending.target, emailVerifiedAt: now } : { phone: pending.target, phoneVerifiedAt: now };
    const user = await updateUser(tx, auth.user.id, { ...set, updatedAt: now });
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: kind === 'email' ? 'auth.email_changed' : 'auth.phone_changed',
      targetType: 'user',
      targetId: auth.user.id,
      before: { [kind]: before?.[kind] ?? null },
      after: { [kind]: user[kind] },
    });
    return user;
  });
}
