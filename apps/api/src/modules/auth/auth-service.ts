import type { TCodeSentResponse, TLocale, TRegisterRequest } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { SmsSender } from '../../platform/sms/sms-sender.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { findUserByContact, insertUser, updateUser } from '../users/index.js';
import { latestOpenCode } from './codes-repository.js';
import { codeInvalid, issueCode, withValidCode } from './codes-service.js';
import { type Contact } from './contacts.js';
import { assertAcceptablePassword, ownerOfContact } from './password-policy.js';
import { hashPassword } from './passwords.js';
import { revokeSessionsOf } from './sessions-repository.js';
import { startSession } from './sessions-service.js';

export interface AuthDeps {
  db: Db;
  mailer: Mailer;
  sms: SmsSender;
  clock: () => Date;
  secret: string;
}

interface PendingRegistration {
  role: 'customer' | 'provider';
  name: string;
  passwordHash: string;
  locale: TLocale;
}

const accountExists = (contact: Contact) =>
  new AppError('auth.account_exists', `An account with this ${contact.kind === 'email' ? 'email' : 'phone number'} already exists`, {
    errors: [{ path: `body.${contact.kind}`, code: 'account_exists', message: 'Already registered; log in or reset the password' }],
  });

/**
 * Step one of sign-up: nothing but a code is stored until the code comes back. A taken email or
 * phone gets the same answer, the same cost (the password is hashed alike) and a row that counts
 * against the limits, but its owner receives a notice that someone tried to sign up, never a code.
 */
export async function register(deps: AuthDeps, input: TRegisterRequest & { contact: Contact }): Promise<TCodeSentResponse> {
  assertAcceptablePassword(input.password, { ...ownerOfContact(input.contact), name: input.name });
  const locale = input.locale ?? 'ru';
  const passwordHash = await hashPassword(input.password);
  const owner = await findUserByContact(deps.db, input.contact);
  if (owner) return issueCode(deps, { purpose: 'register', contact: input.contact, locale: owner.locale, send: 'signup_attempt_notice' });
  const pending: PendingRegistration = { role: input.role, name: input.name, passwordHash, locale };
  return issueCode(deps, { purpose: 'register', contact: input.contact, locale, payload: pending });
}

/** Step two: the right code creates the account (contact verified) and signs it in. */
export async function verifyRegistration(deps: AuthDeps, contact: Contact, code: string, origin: RequestOrigin) {
  const now = deps.clock();
  return withValidCode(deps, { now, purpose: 'register', target: contact.value, code }, async (tx, row) => {
    const pending = row.payload as PendingRegistration;
    if (await findUserByContact(tx, contact)) throw accountExists(contact);
    const user = await insertUser(tx, {
      role: pending.role,
      name: pending.name,
      passwordHash: pending.passwordHash,
      locale: pending.locale,
      ...(contact.kind === 'email' ? { email: contact.value, emailVerifiedAt: now } : { phone: contact.value, phoneVerifiedAt: now }),
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, now, origin, {
      actorId: user.id,
      action: 'auth.registered',
      targetType: 'user',
      targetId: user.id,
      meta: { via: contact.kind, role: user.role },
    });
    const session = await startSession(tx, user.id, now, origin);
    return { user, ...session };
  });
}

/**
 * A new code for a sign-up in progress; the pending details travel with it. For a taken email or
 * phone with an attempt on record the owner gets the notice again, answered like a real resend.
 */
export async function resendRegistrationCode(deps: AuthDeps, contact: Contact): Promise<TCodeSentResponse> {
  const open = await latestOpenCode(deps.db, 'register', contact.value);
  const owner = await findUserByContact(deps.db, contact);
  // An attempt on a taken address carries no payload; should that address be free again, it is no sign-up.
  if (!open || (!owner && !open.payload)) {
    throw new AppError('validation.failed', 'No sign-up is waiting for this contact; start again', {
      errors: [{ path: `body.${contact.kind}`, code: 'no_pending_signup', message: 'Start the sign-up again' }],
    });
  }
  if (owner) return issueCode(deps, { purpose: 'register', contact, locale: owner.locale, send: 'signup_attempt_notice' });
  const pending = open.payload as PendingRegistration;
  return issueCode(deps, { purpose: 'register', contact, locale: pending.locale, payload: pending });
}

/** Always the same answer, whether or not an account exists; limits apply to the destination alike. */
export async function forgotPassword(deps: AuthDeps, contact: Contact, locale: TLocale): Promise<TCodeSentResponse> {
  const user = await findUserByContact(deps.db, contact);
  const usable = user !== null && user.status === 'active';
  return issueCode(deps, {
    purpose: 'reset',
    contact,
    locale: user?.locale ?? locale,
    userId: user?.id ?? null,
    send: usable ? 'code' : 'nothing',
  });
}

/** A right code sets the new password, ends every session and signs in afresh. */
export async function resetPassword(deps: AuthDeps, contact: Contact, code: string, password: string, origin: RequestOrigin) {
  // Only the contact named in the request: checking the account's other contact here would tell a stranger
  // holding no code what that contact is.
  assertAcceptablePassword(password, ownerOfContact(contact));
  const now = deps.clock();
  const passwordHash = await hashPassword(password);
  return withValidCode(deps, { now, purpose: 'reset', target: contact.value, code }, async (tx, row) => {
    if (!row.userId) throw codeInvalid();
    const user = await updateUser(tx, row.userId, { passwordHash, passwordChangedAt: now, updatedAt: now });
    await revokeSessionsOf(tx, user.id, now, null);
    await recordAudit(tx, now, origin, { actorId: user.id, action: 'auth.password_reset', targetType: 'user', targetId: user.id });
    return { user, ...(await startSession(tx, user.id, now, origin)) };
  });
}
