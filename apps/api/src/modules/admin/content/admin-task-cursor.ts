import { AppError } from '../../../platform/http/errors.js';

/** A resume point of the admin task list: created_at as microsecond text (see admin-tasks-repository.ts) and the id. */
export interface TaskCursor {
  at: string;
  id: string;
}

const pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\|[0-9a-f-]{36}$/i;

export const encodeTaskCursor = (cursor: TaskCursor) => Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');

export function decodeTaskCursor(cursor: string): TaskCursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!pattern.test(text)) {
    throw new AppError('validation.failed', 'The cursor is not valid', {
      errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Unknown cursor; start again from the first page' }],
    });
  }
  const [at, id] = text.split('|') as [string, string];
  return { at, id };
}
