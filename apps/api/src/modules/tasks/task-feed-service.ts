import type { TTaskFeedQuery, TTaskFeedResponse } from '@dastiyor/contracts';
import type { AuthContext } from '../auth/index.js';
import { AppError, forbidden } from '../../platform/http/errors.js';
import { startOfDushanbeDay } from '../../platform/time/dushanbe-day.js';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.js';
import { presentTaskCard } from './task-card-presenter.js';
import { feedSortKey, findFeedTasks, findPinnedFeedTasks, hasWordMatch } from './task-feed-repository.js';
import { findSpellingFeedTasks } from './task-feed-spelling.js';
import type { TasksDeps } from './task-service.js';

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

/** How many fresh matching tasks a Premium provider sees pinned, and for how long after publication. */
export const pinning = { limit: 5, freshMs: 3_600_000 } as const;

/**
 * The public feed of open tasks. One extra row tells whether a next page exists, no COUNT(*). A Premium
 * provider's first page in the default order also gets the fresh tasks of their line and area pinned on top;
 * the regular list and its cursor stay exactly a guest's, only page 1 drops the pinned ones so none shows twice.
 */
export async function listFeedTasks(
  deps: Pick<TasksDeps, 'db' | 'clock'>,
  query: TTaskFeedQuery,
  viewer: AuthContext | null,
  /** Aborts when the client has gone: a search waiting for a costly slot stops waiting. */
  signal?: AbortSignal,
): Promise<TTaskFeedResponse> {
  if (query.budgetMin !== undefined && query.budgetMax !== undefined && query.budgetMin > query.budgetMax) {
    throw new AppError('validation.failed', 'The budget range is empty', {
      errors: [{ path: 'query.budgetMax', code: 'range', message: 'The maximum is below the minimum' }],
    });
  }
  if (query.matching && !viewer) throw new AppError('auth.required', 'Sign in as a provider to see the tasks matching you');
  if (query.matching && viewer?.user.role !== 'provider') throw forbidden('Only providers have tasks matching their services');
  const { from, to } = dateBounds(query);
  // Typo tolerance is a fallback: only when no open task matches the words does `q` match by spelling.
  const qMode = query.q ? ((await hasWordMatch(deps.db, query.q)) ? 'words' : 'spelling') : undefined;
  const matchingProviderId = query.matching ? viewer?.user.id : undefined;
  const filter = { ...query, dateFrom: from, dateTo: to, qMode, matchingProviderId } as const;
  const after = query.cursor ? decodeFeedCursor(query.cursor, query.sort) : null;
  const mayPin = viewer?.user.role === 'provider' && !after && query.sort === 'newest';
  const now = deps.clock();
  const [rows, pinnedRows] = await Promise.all([
    query.q && qMode === 'spelling'
      ? findSpellingFeedTasks(deps.db, { ...filter, q: query.q }, query.sort, after, query.limit + 1, undefined, signal)
      : findFeedTasks(deps.db, filter, query.sort, after, query.limit + 1),
    mayPin
      ? findPinnedFeedTasks(deps.db, filter, viewer.user.id, { since: new Date(now.getTime() - pinning.freshMs), now }, pinning.limit)
      : [],
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const pinnedIds = new Set(pinnedRows.map((row) => row.id));
  return {
    items: [
      ...pinnedRows.map((row) => ({ ...presentTaskCard(row), pinned: true })),
      ...page.filter((row) => !pinnedIds.has(row.id)).map((row) => presentTaskCard(row)),
    ],
    nextCursor:
      rows.length > query.limit && last ? encodeFeedCursor({ sort: query.sort, key: feedSortKey(last, query.sort), id: last.id }) : null,
  };
}
