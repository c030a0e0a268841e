import type { TFeedSort } from '@dastiyor/contracts';
import { and, sql, type SQL, type WithSubquery } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared-statements.js';
import { hasSqlState } from '../../db/sql-state.js';
import { tasks } from './tasks.table.js';
import { createSlots, NoSlotError, type SlotLimits, type Slots } from '../../platform/concurrency/slots.js';
import { AppError } from '../../platform/http/errors.js';
import { type FeedRow, findFeedTasks, findTaskCardsByIds } from './task-feed-repository.js';
import { afterValues, type FeedFilter, feedConditions, literalLimit, type SortColumns, sortSpec, spellingMatch } from './task-feed-sql.js';

/**
 * The typo fallback's plan (decision 004). The answer is always the same as one walk of the feed in order
 * with the spelling check on every row; only how the rows are found changes. A walk finds a page fast when
 * close spellings are dense, but when nothing matches it checks every open task (25 s on 1M tasks); the
 * trigram index finds sparse matches at once, but for a common spelling it proposes a large share of the
 * table. So: walk a page's worth of the feed; after a hit, walk further; otherwise (or if that falls short)
 * take the matches from the trigram index, unless there are more than `indexCap` of them, in which case
 * they are dense enough for the walk. Only the newest sort has an index order to walk; the others sort
 * whatever the trigram index finds. Each step is exact (it returns a full page or says it cannot).
 */
export interface SpellingLimits {
  /** Feed rows walked before asking the index: at first, and after a hit, as multiples of the rows asked for. */
  windows: readonly [number, number];
  /** Matches taken from the trigram index at most; beyond that the walk finds a page sooner. */
  indexCap: number;
  /**
   * A search runs first with this statement timeout and no slot: nearly all finish well inside it (a
   * window, an index probe of few candidates). One that runs past it is costly and starts over on one of
   * the pool's `costly` slots with `timeoutMs`, so a burst of them cannot take every connection.
   */
  cheapMs: number;
  /** A pathological spelling (every trigram common, no match) is cut off here rather than hold a connection. */
  timeoutMs: number;
  /** The costly searches at once per database pool, and how many may wait how long. */
  costly: SlotLimits;
}

export const spellingLimits: SpellingLimits = {
  windows: [1, 40],
  indexCap: 4000,
  cheapMs: 100,
  timeoutMs: 2000,
  costly: { concurrent: 4, queued: 64, waitMs: 1000 },
};

type After = { key: number; id: string } | null;
type SpellingFilter = FeedFilter & { q: string };

/** What a step found: the page's ids in order, and whether they are the whole answer. */
interface Step {
  ids: string[];
  complete: boolean;
}

/** One limiter per pool (the Db handle the service was given), made with the limits of its first search. */
const costlySlots = new WeakMap<Db, Slots>();

function costlySlotsOf(db: Db, limits: SlotLimits): Slots {
  let slots = costlySlots.get(db);
  if (!slots) costlySlots.set(db, (slots = createSlots(limits)));
  return slots;
}

const isStatementTimeout = (error: unknown) => hasSqlState(error, '57014');

/**
 * Searches that ran past `cheapMs` lately (the same words, filters and sort), so the next ones go straight to
 * a slot: under a burst of one costly typo, every first try would otherwise burn its 100 ms of CPU for nothing.
 */
const costlyLately = new Map<string, number>();
const costlyMemory = { entries: 1000, ms: 60_000 };

function knownCostly(key: string): boolean {
  const until = costlyLately.get(key);
  if (until === undefined) return false;
  if (until > Date.now()) return true;
  costlyLately.delete(key);
  return false;
}

function rememberCostly(key: string) {
  costlyLately.delete(key);
  // A Map iterates in insertion order: the first key is the oldest.
  if (costlyLately.size >= costlyMemory.entries) costlyLately.delete(costlyLately.keys().next().value!);
  costlyLately.set(key, Date.now() + costlyMemory.ms);
}

/**
 * Open tasks with a close spelling of `filter.q` in the title, one page past `after`, as `findFeedTasks` would
 * list them. Costly searches (past `cheapMs`, now or lately) wait for a slot (`signal`: the client left, stop
 * waiting); no slot or past `timeoutMs`: `tasks.search_busy` (503).
 */
export async function findSpellingFeedTasks(
  db: Db,
  filter: SpellingFilter,
  sort: TFeedSort,
  after: After,
  limit: number,
  limits: SpellingLimits = spellingLimits,
  signal?: AbortSignal,
): Promise<FeedRow[]> {
  const steps = (tx: DbOrTx) => findInSteps(tx, filter, sort, after, limit, limits);
  const key = JSON.stringify([filter, sort]);
  if (!knownCostly(key)) {
    try {
      return await inSnapshot(db, limits.cheapMs, steps);
    } catch (error) {
      if (!isStatementTimeout(error)) throw error;
      rememberCostly(key);
    }
  }
  try {
    return await costlySlotsOf(db, limits.costly).run(() => inSnapshot(db, limits.timeoutMs, steps), signal);
  } catch (error) {
    if (error instanceof NoSlotError) {
      throw new AppError('tasks.search_busy', 'Too many searches by spelling at once; try again shortly', { retryAfter: 1 });
    }
    if (isStatementTimeout(error)) throw new AppError('tasks.search_busy', 'This search took too long; try other words');
    throw error;
  }
}

/**
 * Runs `steps` in one read-only snapshot, so a task changing in between cannot make the steps disagree,
 * with a statement timeout of `timeoutMs`.
 */
async function inSnapshot<T>(db: Db, timeoutMs: number, steps: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      // The planner prices the spelling check like any operator (0.0025) though it costs as much as a
      // page read (~20 µs), so up to ~100k tasks a scan checking every row looked cheaper than the
      // trigram index (10k tasks: 0.3 s). Operators priced 20x here tip that; the walks stay walks.
      await tx.execute(sql`select set_config('statement_timeout', ${String(timeoutMs)}, true),
        set_config('cpu_operator_cost', '0.05', true)`);
      return steps(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Only the newest sort has an index order to walk: a window of it, a further one after a hit, then the walk
 * itself if the widest window's hits put a page within `indexCap` rows (the index would check about as many
 * titles, and then sort). Otherwise, and for the other sorts, the trigram index, or the walk when it has too many.
 */
async function findInSteps(db: DbOrTx, filter: SpellingFilter, sort: TFeedSort, after: After, limit: number, limits: SpellingLimits) {
  const walk = () => findFeedTasks(db, { ...filter, qMode: 'spelling' }, sort, after, limit);
  if (sort === 'newest') {
    for (const [i, multiple] of limits.windows.entries()) {
      const window = limit * multiple;
      const walked = await walkWindow(db, filter, sort, after, limit, window);
      if (walked.complete) return cardsInOrder(db, walked.ids);
      // No hit at all: the matches are sparse, which is the index's case.
      if (walked.ids.length === 0) break;
      // Only the widest window's hits are enough to go by (one early hit says little about the rest).
      if (i === limits.windows.length - 1 && (window * limit) / walked.ids.length <= limits.indexCap) return walk();
    }
  }
  const indexed = await indexPage(db, filter, sort, after, limit, sort === 'newest' ? limits.indexCap : null);
  if (indexed.complete) return cardsInOrder(db, indexed.ids);
  return walk();
}

/** The fields a sort needs, carried through a CTE. */
const sortFields = { id: tasks.id, publishedAt: tasks.publishedAt, budgetAmount: tasks.budgetAmount, startsAt: tasks.startsAt };

/**
 * What each step sends: its `source` rows (a CTE carrying the sort's fields), the first `rows` of them in
 * the sort's order that pass `where`, as one array, and how many rows `source` has: always one row back,
 * even when nothing passed.
 */
function pageStatement(db: DbOrTx, source: WithSubquery & SortColumns, where: SQL | undefined, sort: TFeedSort, rows: number) {
  const fields = { id: source.id, publishedAt: source.publishedAt, budgetAmount: source.budgetAmount, startsAt: source.startsAt };
  const page = db.$with('spelling_page').as(
    db
      .select(fields)
      .from(source)
      .where(where)
      .orderBy(...sortSpec(sort, source).order)
      .limit(literalLimit(rows)),
  );
  const counted = db.$with('spelling_count').as(db.select({ rows: sql<number>`count(*)`.mapWith(Number).as('rows') }).from(source));
  const ids = sql<string[]>`array(select ${page.id} from ${page} order by ${sql.join(sortSpec(sort, page).order, sql`, `)})`;
  return db.with(source, page, counted).select({ sourceRows: counted.rows, ids }).from(counted);
}

/**
 * The next `window` feed rows in order (the same walk as the feed's own page), then the spelling check on
 * those alone. Complete when it finds `limit` rows or the feed ends inside the window.
 */
async function walkWindow(db: DbOrTx, filter: SpellingFilter, sort: TFeedSort, after: After, limit: number, window: number): Promise<Step> {
  const { conditions, values } = feedConditions({ ...filter, q: undefined });
  if (after) {
    conditions.push(sortSpec(sort).after);
    Object.assign(values, afterValues(sort, after.key, after.id));
  }
  values.qSpelling = filter.q;
  const build = () => {
    const walked = db.$with('spelling_window').as(
      db
        .select({ ...sortFields, title: tasks.title })
        .from(tasks)
        .where(and(...conditions))
        .orderBy(...sortSpec(sort).order)
        .limit(literalLimit(window)),
    );
    return pageStatement(db, walked, spellingMatch(sql.placeholder('qSpelling'), walked.title), sort, limit);
  };
  const signature = `spelling-window|${Object.keys(values).join(',')}|${sort}|${limit}|${window}`;
  const [row] = await (preparedStatement(db, signature, build) ?? build()).execute(values);
  const ids = row?.ids ?? [];
  return { ids, complete: ids.length >= limit || (row?.sourceRows ?? 0) < window };
}

/**
 * Every match from the trigram index (tasks_feed_title_trgm_idx) with the filters checked on the same rows,
 * but at most `cap` + 1 of them, then sorted and paged. Complete unless the cap was reached. The matches
 * are read twice (page and count), so PostgreSQL materializes them rather than fold the scan into the
 * page's ORDER BY … LIMIT, which would be the walk again. The resume point is applied to the matches, not
 * inside the scan: there it would tempt the planner into ANDing the bitmap with a range over nearly the
 * whole published_at index.
 */
async function indexPage(
  db: DbOrTx,
  filter: SpellingFilter,
  sort: TFeedSort,
  after: After,
  limit: number,
  cap: number | null,
): Promise<Step> {
  const { conditions, values } = feedConditions({ ...filter, qMode: 'spelling' });
  const build = () => {
    const scan = db
      .select(sortFields)
      .from(tasks)
      .where(and(...conditions))
      .$dynamic();
    const matches = db.$with('spelling_matches').as(cap === null ? scan : scan.limit(literalLimit(cap + 1)));
    return pageStatement(db, matches, after ? sortSpec(sort, matches).after : undefined, sort, limit);
  };
  if (after) Object.assign(values, afterValues(sort, after.key, after.id));
  const signature = `spelling-index|${Object.keys(values).join(',')}|${sort}|${limit}|${cap ?? 'all'}`;
  const [row] = await (preparedStatement(db, signature, build) ?? build()).execute(values);
  return { ids: row?.ids ?? [], complete: cap === null || (row?.sourceRows ?? 0) <= cap };
}

/** The cards of `ids`, in that order. */
async function cardsInOrder(db: DbOrTx, ids: string[]): Promise<FeedRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await findTaskCardsByIds(db, ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
