import type { ApiResult } from './api';

/** The `TaskFeed` message for a feed page the API did not serve. */
export function feedFailureKey(failure: Extract<ApiResult<unknown>, { ok: false }>): 'badLink' | 'searchBusy' | 'loadError' {
  if (failure.reason !== 'http') return 'loadError';
  // A 400 here is a stale or mangled cursor in a shared link: the first page still works.
  if (failure.status === 400) return 'badLink';
  // The typo fallback had no free slot or ran out of time: retrying shortly, or other words, will do.
  if (failure.code === 'tasks.search_busy') return 'searchBusy';
  return 'loadError';
}
