import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { AppError } from '../../platform/http/errors.js';
import type { Contact } from './contacts.js';

/** zxcvbn's scale runs 0..4; 3 means "safely unguessable" against an offline attack on a slow hash. */
export const minimumPasswordScore = 3;

/** Words anyone guessing a password on this site would try first. */
const siteWords = ['dastiyor', 'дастёр', 'дастиёр'];

// The maintained lists (common passwords, names, Wikipedia and film words, keyboard layouts) ship with the
// packages; zxcvbn reads them from one global options object, set once when this module loads.
zxcvbnOptions.setOptions({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

/** What the account itself says about its owner: a password built from it is the first thing an attacker tries. */
export interface PasswordOwner {
  email?: string | null;
  phone?: string | null;
  name?: string | null;
}

export function ownerOfContact(contact: Contact): PasswordOwner {
  return contact.kind === 'email' ? { email: contact.value } : { phone: contact.value };
}

function personalParts(owner: PasswordOwner): string[] {
  const parts: string[] = [];
  const local = owner.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3) parts.push(local);
  // The subscriber number without the country code is what people actually type (e.g. 901234567).
  const digits = owner.phone?.replace(/\D/g, '');
  if (digits && digits.length >= 7) parts.push(digits.length > 9 ? digits.slice(-9) : digits);
  return parts;
}

/** The password spells out the account's email local part or phone number (ignoring case and separators). */
export function isPersonalPassword(password: string, owner: PasswordOwner): boolean {
  const lower = password.toLowerCase();
  const digitsOnly = password.replace(/\D/g, '');
  return personalParts(owner).some((part) => (/^\d+$/.test(part) ? digitsOnly.includes(part) : lower.includes(part)));
}

/** zxcvbn's 0..4 score, with the owner's own details and the site's name counted as known words. */
export function passwordScore(password: string, owner: PasswordOwner = {}): number {
  const userInputs = [owner.email, owner.email?.split('@')[0], owner.phone, owner.name, ...siteWords].filter(
    (word): word is string => typeof word === 'string' && word.length > 0,
  );
  return zxcvbn(password, userInputs).score;
}

function refuse(field: string, code: 'password_personal' | 'password_weak', message: string): never {
  throw new AppError('validation.failed', message, { errors: [{ path: field, code, message }] });
}

/**
 * Length is the schema's job (8..128); this refuses a password built from the account's own email or phone
 * and one that zxcvbn rates below 3, each as a field error the web can explain.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner, field = 'body.password'): void {
  if (isPersonalPassword(password, owner)) {
    refuse(field, 'password_personal', 'The password must not contain your email or phone number');
  }
  if (passwordScore(password, owner) < minimumPasswordScore) {
    refuse(field, 'password_weak', 'This password is too easy to guess; use a longer one, e.g. three unrelated words');
  }
}
