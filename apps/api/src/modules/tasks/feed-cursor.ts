import type { TFeedSort } from '@dastiyor/contracts';
import { invalidCursor, isCursorTime, uuidPattern } from '../../platform/pagination/keyset-cursor.js';

/** Where a feed page ended: the sort it belongs to, that sort's key of the last task, and its id. */
export interface FeedPosition {
  sort: TFeedSort;
  key: number;
  id: string;
}

const int4Max = 2147483647;

/**
 * Which keys each sort can have encoded (see `feedSortKey`): budgets are integer diram in an int4
 * column, with -1 / int4Max standing for "negotiable"; times are whole milliseconds, with 1e15 for
 * a flexible date. A key outside these would make the SQL cast fail or compare nonsense.
 */
const validKey: Record<TFeedSort, (key: number) => boolean> = {
  newest: isCursorTime,
  budget_desc: (key) => Number.isInteger(key) && key >= -1 && key <= int4Max,
  budget_asc: (key) => Number.isInteger(key) && key >= 0 && key <= int4Max,
  date: (key) => key === 1e15 || isCursorTime(key),
};

export const encodeFeedCursor = (p: FeedPosition) => Buffer.from(JSON.stringify([p.sort, p.key, p.id])).toString('base64url');

/** Reads a cursor made by `encodeFeedCursor` for this `sort`, strictly (it must re-encode to itself). */
export function decodeFeedCursor(cursor: string, sort: TFeedSort): FeedPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor();
  const [s, key, id] = parsed as unknown[];
  if (s !== sort || typeof key !== 'number' || !validKey[sort](key) || typeof id !== 'string' || !uuidPattern.test(id))
    throw invalidCursor();
  const position = { sort, key, id };
  if (encodeFeedCursor(position) !== cursor) throw invalidCursor();
  return position;
}
