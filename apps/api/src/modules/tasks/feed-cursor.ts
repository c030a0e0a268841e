import type { TFeedSort } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';

/** Where a feed page ended: the sort it belongs to, that sort's key of the last task, and its id. */
export interface FeedPosition {
  sort: TFeedSort;
  key: number;
  id: string;
}

export const encodeFeedCursor = (p: FeedPosition) => Buffer.from(JSON.stringify([p.sort, p.key, p.id])).toString('base64url');

export function decodeFeedCursor(cursor: string, sort: TFeedSort): FeedPosition {
  try {
    const [s, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    if (s === sort && typeof key === 'number' && Number.isFinite(key) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id))
      return { sort, key, id };
  } catch {
    // fall through to the same answer as any other bad cursor
  }
  throw new AppError('validation.failed', 'The cursor is not valid', {
    errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Unknown cursor; start again from the first page' }],
  });
}
