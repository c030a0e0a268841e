import { type TFeedSort } from '@dastiyor/contracts';
import { FeedSort, Urgency } from '@dastiyor/contracts/values';

// The feed's filters as they live in the page URL: readable (budget in somoni, dates as days), shareable, and
// never able to make the API answer 400 (anything malformed is dropped, not forwarded).

export interface FeedParams {
  categoryId?: string;
  subcategoryId?: string;
  cityId?: string;
  districtId?: string;
  /** Somoni, as typed ("150" or "150,50"). */
  budgetMin?: string;
  budgetMax?: string;
  urgency?: (typeof Urgency)[number];
  /** yyyy-mm-dd */
  dateFrom?: string;
  dateTo?: string;
  q?: string;
  sort?: TFeedSort;
  cursor?: string;
  /** '1': only tasks matching the signed-in provider (the API refuses it to anyone else, so the page drops it). */
  matching?: '1';
}

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const somoniPattern = /^\d{1,7}(?:[.,]\d{1,2})?$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : undefined);
const pick = <T extends string>(value: string | undefined, ok: (v: string) => boolean): T | undefined =>
  value && ok(value) ? (value as T) : undefined;

/** Somoni as typed → diram, or null when it is not an amount. */
export function somoniToDiram(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, '');
  if (!somoniPattern.test(normalized)) return null;
  return Math.round(Number(normalized.replace(',', '.')) * 100);
}

export function readFeedParams(search: SearchParamsRecord): FeedParams {
  const uuid = (key: string) => pick<string>(single(search[key]), (v) => uuidPattern.test(v));
  const q = single(search.q);
  return {
    categoryId: uuid('categoryId'),
    subcategoryId: uuid('subcategoryId'),
    cityId: uuid('cityId'),
    districtId: uuid('districtId'),
    budgetMin: pick(single(search.budgetMin), (v) => somoniToDiram(v) !== null),
    budgetMax: pick(single(search.budgetMax), (v) => somoniToDiram(v) !== null),
    urgency: pick(single(search.urgency), (v) => (Urgency as readonly string[]).includes(v)),
    dateFrom: pick(single(search.dateFrom), (v) => dayPattern.test(v) && !Number.isNaN(Date.parse(v))),
    dateTo: pick(single(search.dateTo), (v) => dayPattern.test(v) && !Number.isNaN(Date.parse(v))),
    q: q ? q.slice(0, 100) : undefined,
    sort: pick(single(search.sort), (v) => (FeedSort as readonly string[]).includes(v)),
    cursor: pick(single(search.cursor), (v) => v.length <= 200),
    matching: pick(single(search.matching), (v) => v === '1'),
  };
}

/** The query string for GET /api/v1/tasks. */
export function feedApiQuery(params: FeedParams, limit: number): string {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const key of [
    'categoryId',
    'subcategoryId',
    'cityId',
    'districtId',
    'urgency',
    'dateFrom',
    'dateTo',
    'q',
    'sort',
    'cursor',
  ] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.matching) query.set('matching', 'true');
  if (params.budgetMin) query.set('budgetMin', String(somoniToDiram(params.budgetMin)));
  if (params.budgetMax) query.set('budgetMax', String(somoniToDiram(params.budgetMax)));
  return query.toString();
}

/** The page's own query (for "more" and "reset" links): the filters as the person set them, plus `extra`. */
export function feedPageQuery(params: FeedParams, extra: Partial<FeedParams> = {}): Record<string, string> {
  const merged: FeedParams = { ...params, cursor: undefined, ...extra };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
}

/** True when anything narrows the feed (the sort alone does not). */
export function hasFeedFilters(params: FeedParams): boolean {
  const { sort: _sort, cursor: _cursor, ...filters } = params;
  return Object.values(filters).some(Boolean);
}
