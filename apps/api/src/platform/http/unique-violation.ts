import type { TProblemCode } from '@dastiyor/contracts';
import { AppError } from './errors.js';

/** Postgres 23505 (unique_violation), also when wrapped by a driver or Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** Awaits a write and turns a unique-constraint violation into a domain error. */
export async function conflictOnUnique<T>(write: Promise<T>, code: TProblemCode, detail: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(code, detail);
    throw error;
  }
}
