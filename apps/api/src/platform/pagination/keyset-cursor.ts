import { AppError } from '../http/errors.js';

/** Opaque cursor for keyset pagination on (timestamp, id), newest first. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError('validation.failed', 'The cursor is not valid', {
      errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Unknown cursor; start again from the first page' }],
    });
  }
  return { at: date, id };
}
