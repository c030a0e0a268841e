import type { FieldMessageKey } from '@/lib/problem-messages';
import { phonePrefix, type ContactValue } from './contact-field';

// What the browser can tell before a round trip on a slow connection. The API checks everything again
// (and alone knows about taken phones, common passwords and valid numbers).

export function checkContact(contact: ContactValue): FieldMessageKey | null {
  if (contact.kind === 'phone') {
    const digits = contact.phone.replace(/\D/g, '');
    if (digits === '' || `+${digits} ` === phonePrefix) return 'required';
    return /^[+\d\s()-]+$/.test(contact.phone.trim()) ? null : 'invalidPhone';
  }
  const email = contact.email.trim();
  if (email === '') return 'required';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : 'invalidEmail';
}

/** The contact check, keyed by the tab in use (the field that shows the error). */
export function checkContactField(contact: ContactValue): { phone: FieldMessageKey | null } | { email: FieldMessageKey | null } {
  return contact.kind === 'phone' ? { phone: checkContact(contact) } : { email: checkContact(contact) };
}

export function checkNewPassword(password: string): FieldMessageKey | null {
  if (password === '') return 'required';
  if (password.length < 8) return 'passwordShort';
  return password.length > 128 ? 'passwordLong' : null;
}

export function checkName(name: string): FieldMessageKey | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'required';
  return trimmed.length < 2 ? 'nameShort' : trimmed.length > 80 ? 'tooLong' : null;
}

export function checkCode(code: string): FieldMessageKey | null {
  if (code === '') return 'required';
  return /^\d{6}$/.test(code) ? null : 'codeFormat';
}

/** Only the failed checks, keyed by field. */
export function failedChecks<F extends string>(checks: Partial<Record<F, FieldMessageKey | null>>): Partial<Record<F, FieldMessageKey>> {
  return Object.fromEntries(Object.entries(checks).filter(([, key]) => key !== null)) as Partial<Record<F, FieldMessageKey>>;
}
