import type { TTaskFeedQuery, TTaskFeedResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import { presentTaskCard } from './task-card-presenter.js';
import { findFeedTasks } from './task-feed-repository.js';

/** The public feed of open tasks. One extra row tells whether a next page exists, no COUNT(*). */
export async function listFeedTasks(db: Db, query: TTaskFeedQuery): Promise<TTaskFeedResponse> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findFeedTasks(db, query, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentTaskCard),
    nextCursor: rows.length > query.limit && last?.publishedAt ? encodeCursor({ at: last.publishedAt, id: last.id }) : null,
  };
}
