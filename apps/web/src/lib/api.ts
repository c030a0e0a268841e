import type { TCategoriesResponse, TCitiesResponse, THealthResponse, TTaskFeedResponse } from '@dastiyor/contracts';
import { visitorForwardingHeaders } from './visitor-headers';
import { apiOrigin } from './api-origin';
import { asGuest, publicApi } from './server-api';

// Short, so a slow API degrades a page to its "couldn't load" state instead of holding it hostage.
const defaultTimeoutMs = 3000;

/** A page renders either the data or an honest "couldn't load" state; it never throws because the API is down. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; reason: 'unreachable' | 'invalid' }
  /**
   * The API answered with a status the caller did not accept (404 for an unknown id, say); `code` is the
   * problem+json body's stable code when it sent one (`tasks.search_busy`, say).
   */
  | { ok: false; reason: 'http'; status: number; code?: string };

// Types only from the contracts (the API already validates its responses against their zod schemas).
// The API validates every response against the same zod schemas, so a cheap shape check is enough here
// to turn a wrong upstream (an HTML error page from a proxy, say) into "couldn't load" instead of a crash.
export type ShapeCheck = (body: unknown) => boolean;
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isHealth: ShapeCheck = (body) => isRecord(body) && isRecord(body.maintenance) && typeof body.maintenance.enabled === 'boolean';

interface GetOptions {
  acceptStatus?: (status: number) => boolean;
  timeoutMs?: number;
  /**
   * On behalf of the visitor of the current request (the default): the API then counts their address, not
   * this process's. Off for the web's own shared lookups, which belong to no visitor and run outside pages.
   */
  asVisitor?: boolean;
}
const onlyOk = (status: number) => status === 200;

/** GET a public API path (no cookie); `looksRight` turns a wrong upstream into `invalid` instead of a crash. */
export async function getJson<T>(
  path: string,
  looksRight: ShapeCheck,
  { acceptStatus = onlyOk, timeoutMs = defaultTimeoutMs, asVisitor = true }: GetOptions = {},
): Promise<ApiResult<T>> {
  const visitor = asVisitor ? await visitorForwardingHeaders() : {};
  let response: Response;
  try {
    response = await fetch(`${apiOrigin}${path}`, {
      headers: { accept: 'application/json', ...visitor },
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (!acceptStatus(response.status)) {
    const problem: unknown = await response.json().catch(() => undefined);
    const code = isRecord(problem) && typeof problem.code === 'string' ? problem.code : undefined;
    return { ok: false, reason: 'http', status: response.status, ...(code ? { code } : {}) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  return looksRight(body) ? { ok: true, data: body as T } : { ok: false, reason: 'invalid' };
}

/**
 * Read untyped: a subcategory's `children` is always empty (`never[]` in the contract), which the OpenAPI
 * document can only say as `unknown[]`.
 */
export function fetchCategories(): Promise<ApiResult<TCategoriesResponse>> {
  return getJson('/api/v1/categories', (body) => isRecord(body) && Array.isArray(body.items));
}

export function fetchCities(): Promise<ApiResult<TCitiesResponse>> {
  return asGuest(publicApi.GET('/api/v1/cities'));
}

/** Newest published tasks, as the public feed orders them. */
export function fetchLatestTasks(limit: number): Promise<ApiResult<TTaskFeedResponse>> {
  return asGuest(publicApi.GET('/api/v1/tasks', { params: { query: { limit } } }));
}

/**
 * 503 carries the same body when the database is down, so it is a valid answer too. Every page request
 * may wait on this lookup (see proxy.ts), hence the tighter timeout. One lookup serves every visitor
 * (maintenance-state.ts caches it), so it is the web process's own request, not any visitor's.
 */
export function fetchHealth(): Promise<ApiResult<THealthResponse>> {
  return getJson('/api/v1/health', isHealth, { acceptStatus: (s) => s === 200 || s === 503, timeoutMs: 1500, asVisitor: false });
}
