import { invalidCursor, isCursorTime, uuidPattern } from '../../../platform/pagination/keyset-cursor.js';

/** A resume point of the admin task list: created_at as microsecond text (see admin-tasks-repository.ts) and the id. */
export interface TaskCursor {
  at: string;
  id: string;
}

const atPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export const encodeTaskCursor = (cursor: TaskCursor) => Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');

/**
 * Reads a cursor made by `encodeTaskCursor`, strictly: the time must be a real instant within
 * `cursorTimeRange` (its millisecond part round-trips through `Date`, so no month 13 or hour 25
 * reaches the SQL cast), the id a UUID, and the text must re-encode to the same cursor.
 */
export function decodeTaskCursor(cursor: string): TaskCursor {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 2) throw invalidCursor();
  const [at, id] = parts as [string, string];
  if (!atPattern.test(at) || !uuidPattern.test(id)) throw invalidCursor();
  const millisecondText = `${at.slice(0, 23)}Z`;
  const ms = Date.parse(millisecondText);
  if (!isCursorTime(ms) || new Date(ms).toISOString() !== millisecondText) throw invalidCursor();
  if (encodeTaskCursor({ at, id }) !== cursor) throw invalidCursor();
  return { at, id };
}
