import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { AppError } from '../../platform/http/errors.js';

import type { Contact } from '../users/index.js';

export type { Contact };

/** E.164 with Tajikistan as the default region; a number that cannot exist is a field error. */
export function normalizePhone(input: string, field = 'body.phone'): string {
  const phone = parsePhoneNumberFromString(input, 'TJ');
  if (!phone || !phone.isValid()) {
    throw new AppError('validation.failed', 'The phone number is not valid', {
      errors: [{ path: field, code: 'invalid_phone', message: 'Enter a valid phone number, e.g. +992 90 123 45 67' }],
    });
  }
  return phone.number;
}

/** The contact named by a request that carries exactly one of email or phone (the schema ensures it). */
export function contactOf(body: { email?: string; phone?: string }): Contact {
  return body.email ? { kind: 'email', value: body.email.toLowerCase() } : { kind: 'phone', value: normalizePhone(body.phone ?? '') };
}

/** A login is an email when it has an @, otherwise a phone number. */
export function contactOfLogin(login: string): Contact | null {
  if (login.includes('@')) return { kind: 'email', value: login.trim().toLowerCase() };
  const phone = parsePhoneNumberFromString(login, 'TJ');
  return phone?.isValid() ? { kind: 'phone', value: phone.number } : null;
}

export function maskContact(contact: Contact): string {
  if (contact.kind === 'email') {
    const [local = '', domain = ''] = contact.value.split('@');
    return `${local.slice(0, 2)}${'*'.repeat(Math.max(1, local.length - 2))}@${domain}`;
  }
  return `${contact.value.slice(0, 4)} ***-**-${contact.value.slice(-2)}`;
}
