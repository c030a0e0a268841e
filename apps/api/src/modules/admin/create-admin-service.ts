import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/index.js';
import { type Contact, normalizePhone, isPersonalPassword, minimumPasswordScore, passwordScore, hashPassword } from '../auth/index.js';
import { findUserByContact, insertUser, updateUser } from '../users/index.js';

export class AdminInputError extends Error {}

export interface CreateAdminInput {
  email?: string;
  phone?: string;
  password: string;
  name?: string;
}

const cliOrigin = { ip: null, userAgent: 'cli:admin:create' };

/**
 * Creates an admin account, or promotes the account that already holds this email or phone (its
 * password is replaced). The contacts given are marked verified: the operator vouches for them.
 */
export async function createOrPromoteAdmin(db: Db, input: CreateAdminInput, now: Date) {
  if (!input.email && !input.phone) throw new AdminInputError('Give --email and/or --phone');
  if (input.password.length < 10) throw new AdminInputError('The password needs at least 10 characters');
  if (isPersonalPassword(input.password, input)) throw new AdminInputError('The password must not contain the email or phone');
  if (passwordScore(input.password, input) < minimumPasswordScore) throw new AdminInputError('This password is too easy to guess');
  const email = input.email?.trim().toLowerCase();
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AdminInputError('The email is not valid');
  let phone: string | undefined;
  try {
    phone = input.phone ? normalizePhone(input.phone) : undefined;
  } catch {
    throw new AdminInputError('The phone number is not valid');
  }
  const passwordHash = await hashPassword(input.password);
  const contacts: Contact[] = [
    ...(email ? [{ kind: 'email' as const, value: email }] : []),
    ...(phone ? [{ kind: 'phone' as const, value: phone }] : []),
  ];
  return db.transaction(async (tx) => {
    const found = (await Promise.all(contacts.map((c) => findUserByContact(tx, c)))).filter((u) => u !== null);
    if (new Set(found.map((u) => u.id)).size > 1) throw new AdminInputError('The email and the phone belong to two different accounts');
    const existing = found[0];
    const verified = {
      ...(email ? { email, emailVerifiedAt: now } : {}),
      ...(phone ? { phone, phoneVerifiedAt: now } : {}),
    };
    const user = existing
      ? await updateUser(tx, existing.id, {
          role: 'admin',
          status: 'active',
          passwordHash,
          passwordChangedAt: now,
          ...verified,
          ...(input.name ? { name: input.name } : {}),
          updatedAt: now,
        })
      : await insertUser(tx, {
          role: 'admin',
          name: input.name ?? 'Администратор',
          passwordHash,
          ...verified,
          createdAt: now,
          updatedAt: now,
        });
    await recordAudit(tx, now, cliOrigin, {
      actorId: null,
      action: existing ? 'admin.promoted' : 'admin.created',
      targetType: 'user',
      targetId: user.id,
      meta: { via: 'cli', email: email ?? null, phone: phone ?? null, previousRole: existing?.role ?? null },
    });
    return { id: user.id, created: !existing };
  });
}
