import { AppError } from '../http/errors.js';

/** Opaque cursor for keyset pagination on (timestamp, id), newest first. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/** Any id PostgreSQL's `uuid` type accepts in its canonical form (the form we encode). */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The instants a cursor may hold: years 2000 to 9999. Nothing we store is older, and a wider value
 * (year 0, `+275760-…`) is one PostgreSQL or `toISOString` refuses, which would answer 500.
 */
export const cursorTimeRange = { min: Date.UTC(2000, 0, 1), maxExclusive: Date.UTC(10000, 0, 1) } as const;

export const isCursorTime = (ms: number) => Number.isSafeInteger(ms) && ms >= cursorTimeRange.min && ms < cursorTimeRange.maxExclusive;

/** The one answer to any cursor we did not hand out: 400 `validation.failed` on `query.cursor`. */
export function invalidCursor(): AppError {
  return new AppError('validation.failed', 'The cursor is not valid', {
    errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Unknown cursor; start again from the first page' }],
  });
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor`, strictly: an ISO instant within `cursorTimeRange`, `|`, a
 * UUID, and nothing else; re-encoding must give back the very same text (so lenient base64 and
 * `Date` parsing cannot let anything else through). Anything else throws `invalidCursor()`.
 */
export function decodeCursor(cursor: string): KeysetPosition {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 2) throw invalidCursor();
  const [at, id] = parts as [string, string];
  const ms = Date.parse(at);
  if (!isCursorTime(ms) || !uuidPattern.test(id)) throw invalidCursor();
  const position = { at: new Date(ms), id };
  if (encodeCursor(position) !== cursor) throw invalidCursor();
  return position;
}
