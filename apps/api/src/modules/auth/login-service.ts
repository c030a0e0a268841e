import { createHmac } from 'node:crypto';
import type { TCodeSentResponse, TLocale } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type UserRow, findUserByContact } from '../users/index.js';
import type { AuthDeps } from './auth-service.js';
import type { CodeRow } from './codes-repository.js';
import { codeInvalid, issueCode, withValidCode } from './codes-service.js';
import { type Contact, contactOfLogin, maskContact } from './contacts.js';
import { clearLoginAttempts, reserveLoginAttempt } from './login-attempts-repository.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { startSession } from './sessions-service.js';

/** Ten password checks per account in fifteen minutes; past them the password alone no longer signs in. */
export const loginRules = { maxFailures: 10, windowMs: 15 * 60_000 } as const;

const wrongCredentials = () => new AppError('auth.invalid_credentials', 'Wrong login or password');

/**
 * Whose counter a login spends: the account's, whichever of its contacts was typed; for a login with
 * no account, one of its own (keyed by an HMAC, so mistyped addresses are not stored), so a stranger's
 * eleventh guess is answered exactly as an owner's.
 */
function attemptSubject(secret: string, contact: Contact, user: UserRow | null): string {
  if (user) return `user:${user.id}`;
  return `login:${createHmac('sha256', secret).update(`login-attempts:${contact.value}`).digest('hex')}`;
}

/** Offers only the contact the person typed: naming the account's other one would tell a stranger that it exists, and what it is. */
function stepUpRequired(contact: Contact, windowStartedAt: Date, now: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((windowStartedAt.getTime() + loginRules.windowMs - now.getTime()) / 1000));
  return new AppError('auth.step_up_required', 'Too many failed attempts: sign in with the password and a one-time code', {
    retryAfter,
    stepUp: { channels: [{ channel: contact.kind === 'email' ? 'email' : 'sms', destination: maskContact(contact) }] },
  });
}

function loginContact(login: string): Contact {
  const contact = contactOfLogin(login);
  if (contact) return contact;
  throw new AppError('validation.failed', 'The login is neither an email nor a phone number', {
    errors: [{ path: 'body.login', code: 'invalid_login', message: 'Enter an email or a phone number' }],
  });
}

/** `user` was found by this contact; is that contact one the owner has proven? */
const isVerified = (user: UserRow, contact: Contact) => (contact.kind === 'email' ? user.emailVerifiedAt : user.phoneVerifiedAt) !== null;

/**
 * Password login by email or phone. Each request first reserves a password check on the account's
 * counter in one statement; only the first ten in a window are verified at all, so no burst gets more
 * guesses. The rest, right password or not, answer `auth.step_up_required`: sign in with a code too.
 * Unknown accounts spend a counter of their own and the same hashing, and get the same answers.
 */
export async function login(deps: AuthDeps, loginInput: string, password: string, origin: RequestOrigin) {
  const now = deps.clock();
  const contact = contactOfLogin(loginInput);
  if (!contact) {
    await burnPasswordCheck(password);
    throw wrongCredentials();
  }
  const user = await findUserByContact(deps.db, contact);
  const subject = attemptSubject(deps.secret, contact, user);
  const reserved = await reserveLoginAttempt(deps.db, subject, now, loginRules);
  if (reserved.attempt > loginRules.maxFailures) throw stepUpRequired(contact, reserved.windowStartedAt, now);
  if (!user) {
    await burnPasswordCheck(password);
    throw wrongCredentials();
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const target = { actorId: null, targetType: 'user', targetId: user.id } as const;
    await recordAudit(deps.db, now, origin, { ...target, action: 'auth.login_failed' });
    // Exactly one request holds the last attempt, so the lock is recorded once per window.
    if (reserved.attempt === loginRules.maxFailures) await recordAudit(deps.db, now, origin, { ...target, action: 'auth.locked' });
    throw wrongCredentials();
  }
  if (user.status === 'blocked') {
    await recordAudit(deps.db, now, origin, { actorId: user.id, action: 'auth.login_blocked', targetType: 'user', targetId: user.id });
    throw new AppError('auth.blocked', 'This account is blocked');
  }
  return deps.db.transaction(async (tx) => {
    await clearLoginAttempts(tx, subject);
    await recordAudit(tx, now, origin, {
      actorId: user.id,
      action: 'auth.login',
      targetType: 'user',
      targetId: user.id,
      meta: { via: 'password' },
    });
    return { user, ...(await startSession(tx, user.id, now, origin)) };
  });
}

/**
 * The step-up's code, to the contact named by `login` when it belongs to an active account and is
 * verified. Same answer, same limits (one a minute, five an hour, ten a day per destination) and a
 * row recorded alike otherwise, as forgot-password does. Sent whether or not the account is locked
 * right now: the code never signs in without the password, and a window that ends between the
 * answer and the click must not leave the person waiting for a code that never comes.
 */
export async function sendLoginCode(
  deps: AuthDeps,
  loginInput: string,
  locale: TLocale,
  origin: RequestOrigin,
): Promise<TCodeSentResponse> {
  const contact = loginContact(loginInput);
  const user = await findUserByContact(deps.db, contact);
  const usable = user !== null && user.status === 'active' && isVerified(user, contact);
  const sent = await issueCode(deps, {
    purpose: 'login',
    contact,
    locale: user?.locale ?? locale,
    userId: user?.id ?? null,
    send: usable ? 'code' : 'nothing',
  });
  if (usable) {
    await recordAudit(deps.db, deps.clock(), origin, {
      actorId: null,
      action: 'auth.step_up_sent',
      targetType: 'user',
      targetId: user.id,
      meta: { channel: sent.channel },
    });
  }
  return sent;
}

/**
 * Signs in with the code and the password. The password is verified only once the code is right, so
 * a locked account's password can be guessed only by whoever holds its phone or mailbox, five tries a
 * code; a wrong one counts as a wrong try on the code. Success clears the account's counter.
 */
export async function verifyLoginCode(deps: AuthDeps, loginInput: string, code: string, password: string, origin: RequestOrigin) {
  const contact = loginContact(loginInput);
  const now = deps.clock();
  const user = await findUserByContact(deps.db, contact);
  const confirm = async (tx: DbOrTx, row: CodeRow): Promise<AppError | null> => {
    if (!user || row.userId !== user.id) return codeInvalid();
    const target = { targetType: 'user', targetId: user.id, meta: { via: 'code' } } as const;
    if (!(await verifyPassword(user.passwordHash, password))) {
      await recordAudit(tx, now, origin, { ...target, actorId: null, action: 'auth.login_failed' });
      return new AppError('auth.invalid_credentials', 'Wrong password', {
        errors: [{ path: 'body.password', code: 'wrong_password', message: 'Wrong password' }],
      });
    }
    if (user.status === 'blocked') {
      await recordAudit(tx, now, origin, { ...target, actorId: user.id, action: 'auth.login_blocked' });
      return new AppError('auth.blocked', 'This account is blocked');
    }
    return null;
  };
  return withValidCode(deps, { now, purpose: 'login', target: contact.value, code, confirm }, async (tx) => {
    // confirm() refused every case without an owner, so `user` is there.
    const owner = user!;
    await clearLoginAttempts(tx, attemptSubject(deps.secret, contact, owner));
    await recordAudit(tx, now, origin, {
      actorId: owner.id,
      action: 'auth.login',
      targetType: 'user',
      targetId: owner.id,
      meta: { via: 'code', channel: contact.kind === 'email' ? 'email' : 'sms' },
    });
    return { user: owner, ...(await startSession(tx, owner.id, now, origin)) };
  });
}
