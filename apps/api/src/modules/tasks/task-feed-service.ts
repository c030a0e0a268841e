import type { TTaskFeedQuery, TTaskFeedResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { startOfDushanbeDay } from '../../platform/time/dushanbe-day.js';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.js';
import { presentTaskCard } from './task-card-presenter.js';
import { feedSortKey, findFeedTasks } from './task-feed-repository.js';

const dayMs = 86_400_000;
const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A date-only bound means that whole day in Dushanbe: from its midnight, to the next midnight. */
function dateBounds(query: TTaskFeedQuery) {
  const from = query.dateFrom
    ? isDateOnly(query.dateFrom)
      ? startOfDushanbeDay(new Date(`${query.dateFrom}T12:00:00+05:00`))
      : new Date(query.dateFrom)
    : undefined;
  const to = query.dateTo
    ? isDateOnly(query.dateTo)
      ? new Date(startOfDushanbeDay(new Date(`${query.dateTo}T12:00:00+05:00`)).getTime() + dayMs)
      : new Date(query.dateTo)
    : undefined;
  return { from, to };
}

/** The public feed of open tasks. One extra row tells whether a next page exists, no COUNT(*). */
export async function listFeedTasks(db: Db, query: TTaskFeedQuery): Promise<TTaskFeedResponse> {
  if (query.budgetMin !== undefined && query.budgetMax !== undefined && query.budgetMin > query.budgetMax) {
    throw new AppError('validation.failed', 'The budget range is empty', {
      errors: [{ path: 'query.budgetMax', code: 'range', message: 'The maximum is below the minimum' }],
    });
  }
  const { from, to } = dateBounds(query);
  const after = query.cursor ? decodeFeedCursor(query.cursor, query.sort) : null;
  const rows = await findFeedTasks(db, { ...query, dateFrom: from, dateTo: to }, query.sort, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentTaskCard),
    nextCursor:
      rows.length > query.limit && last ? encodeFeedCursor({ sort: query.sort, key: feedSortKey(last, query.sort), id: last.id }) : null,
  };
}
