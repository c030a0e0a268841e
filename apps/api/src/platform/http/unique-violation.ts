import type { TProblemCode } from '@dastiyor/contracts';
import { hasSqlState } from '../../db/sql-state.js';
import { AppError } from './errors.js';

/** Postgres 23505 (unique_violation), also when wrapped by a driver or Drizzle. */
export const isUniqueViolation = (error: unknown): boolean => hasSqlState(error, '23505');

/** Awaits a write and turns a unique-constraint violation into a domain error. */
export async function conflictOnUnique<T>(write: Promise<T>, code: TProblemCode, detail: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(code, detail);
    throw error;
  }
}
