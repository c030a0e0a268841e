import type { TFeedSort } from '@dastiyor/contracts';
import { sql, type AnyColumn, type Placeholder, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { tasks } from './tasks.table.js';
import { matchesProviderConditions, openTaskConditions } from './task-match-rule.js';

// The pieces every feed statement is built from: filters, sort orders, resume points, statement names.

export interface FeedFilter {
  categoryId?: string;
  subcategoryId?: string;
  cityId?: string;
  districtId?: string;
  urgency?: 'normal' | 'urgent';
  budgetMin?: number;
  budgetMax?: number;
  dateFrom?: Date;
  dateTo?: Date;
  q?: string;
  /**
   * How `q` matches: `words` = stemmed full text over title, description and category names (Tajik
   * letters folded); `spelling` = a close spelling of a title word (pg_trgm), the typo fallback used only
   * when no open task matches the words at all (see hasWordMatch and task-feed-spelling.ts).
   */
  qMode?: 'words' | 'spelling';
  /** Only tasks matching this provider's services and area (task-match-rule.ts). */
  matchingProviderId?: string;
}

/** The columns a sort reads: the tasks table's own, or the same fields carried through a CTE. */
export interface SortColumns {
  id: AnyPgColumn;
  publishedAt: AnyPgColumn;
  budgetAmount: AnyPgColumn;
  startsAt: AnyPgColumn;
}

const taskSortColumns: SortColumns = {
  id: tasks.id,
  publishedAt: tasks.publishedAt,
  budgetAmount: tasks.budgetAmount,
  startsAt: tasks.startsAt,
};

/**
 * How each sort orders and where a page resumes. Keys are numbers in cursors (milliseconds for times;
 * columns hold whole milliseconds). Tasks without the key (negotiable, flexible date) come last; the
 * id breaks ties. `newest` walks tasks_feed_idx as it is declared (published_at DESC NULLS LAST).
 * The resume point is two placeholders, `afterKey` and `afterId` (see `afterValues`).
 */
export function sortSpec(sort: TFeedSort, c: SortColumns = taskSortColumns): { order: SQL[]; after: SQL } {
  const afterKey = sql.placeholder('afterKey');
  const afterId = sql.placeholder('afterId');
  switch (sort) {
    case 'newest':
      return {
        order: [sql`${c.publishedAt} desc nulls last`, sql`${c.id} desc`],
        after: sql`(${c.publishedAt}, ${c.id}) < (${afterKey}::timestamptz, ${afterId}::uuid)`,
      };
    case 'budget_desc':
      return {
        order: [sql`coalesce(${c.budgetAmount}, -1) desc`, sql`${c.id} desc`],
        after: sql`(coalesce(${c.budgetAmount}, -1), ${c.id}) < (${afterKey}::int, ${afterId}::uuid)`,
      };
    case 'budget_asc':
      return {
        order: [sql`coalesce(${c.budgetAmount}, 2147483647) asc`, sql`${c.id} asc`],
        after: sql`(coalesce(${c.budgetAmount}, 2147483647), ${c.id}) > (${afterKey}::int, ${afterId}::uuid)`,
      };
    case 'date':
      return {
        order: [sql`coalesce(${c.startsAt}, 'infinity'::timestamptz) asc`, sql`${c.id} asc`],
        after: sql`(coalesce(${c.startsAt}, 'infinity'::timestamptz), ${c.id}) > (${afterKey}::timestamptz, ${afterId}::uuid)`,
      };
  }
}

/** The placeholder values of a resume point: times as ISO text, a flexible date (key 1e15) as 'infinity'. */
export function afterValues(sort: TFeedSort, key: number, id: string) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const value = sort === 'newest' ? iso(key) : sort === 'date' ? (key >= 1e15 ? 'infinity' : iso(key)) : key;
  return { afterKey: value, afterId: id };
}

export type Placeholders = Record<string, unknown>;

/** A close spelling of a title word: pg_trgm word similarity on the folded title (tasks_feed_title_trgm_idx). */
export const spellingMatch = (q: Placeholder, title: AnyColumn = tasks.title) => sql`dastiyor_fold(${q}) <% dastiyor_fold(${title})`;

/**
 * Open, published tasks that pass the request's filters: shared by the feed and its pinned block. Every
 * filter value is a placeholder named after its filter, so the SQL depends only on which filters are
 * present (the feed prepares it once per such set); `status = 'new'` stays a literal, or a generic plan
 * could not use the partial feed indexes. Tasks moderation hid never show (a filter on the index's rows:
 * hidden ones are rare, so the partial indexes keep serving the feed).
 */
export function feedConditions(filter: FeedFilter): { conditions: SQL[]; values: Placeholders } {
  const conditions: SQL[] = openTaskConditions();
  const values: Placeholders = {};
  const add = (key: keyof FeedFilter | 'qSpelling', value: unknown, condition: (p: Placeholder) => SQL) => {
    if (value === undefined || value === '') return;
    values[key] = value instanceof Date ? value.toISOString() : value;
    conditions.push(condition(sql.placeholder(key)));
  };
  add('categoryId', filter.categoryId, (p) => sql`${tasks.categoryId} = ${p}`);
  add('subcategoryId', filter.subcategoryId, (p) => sql`${tasks.subcategoryId} = ${p}`);
  add('cityId', filter.cityId, (p) => sql`${tasks.cityId} = ${p}`);
  add('districtId', filter.districtId, (p) => sql`${tasks.districtId} = ${p}`);
  add('urgency', filter.urgency, (p) => sql`${tasks.urgency} = ${p}`);
  add('budgetMin', filter.budgetMin, (p) => sql`${tasks.budgetAmount} >= ${p}`);
  add('budgetMax', filter.budgetMax, (p) => sql`${tasks.budgetAmount} <= ${p}`);
  add('dateFrom', filter.dateFrom, (p) => sql`${tasks.startsAt} >= ${p}`);
  add('dateTo', filter.dateTo, (p) => sql`${tasks.startsAt} < ${p}`);
  if (filter.matchingProviderId) {
    values.matchingProviderId = filter.matchingProviderId;
    conditions.push(...matchesProviderConditions(sql.placeholder('matchingProviderId')));
  }
  // Two placeholder names, so the two modes never share a prepared statement's signature. The typo
  // check costs ~9 µs a row and would run for nearly every row the feed index walks: never OR them.
  if (filter.qMode === 'spelling') {
    add('qSpelling', filter.q, spellingMatch);
  } else {
    add('q', filter.q, (p) => sql`${tasks.searchVector} @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${p}))`);
  }
  return { conditions, values };
}

/**
 * A row count written into the SQL, not bound: with `LIMIT $n` PostgreSQL's generic plan assumes a large
 * result and never wins over a custom plan, so every execution would be planned again
 * (bench/baseline-server.ts does the same). The dialect writes an object limit as SQL, hence the cast.
 */
export const literalLimit = (rows: number) => sql.raw(String(Math.trunc(rows))) as unknown as Placeholder;
