import { describe, expect, it } from 'vitest';
import { feedFailureKey } from '../src/lib/feed-failure';

describe('feedFailureKey', () => {
  it('says a busy search is busy, not that the feed could not load', () => {
    expect(feedFailureKey({ ok: false, reason: 'http', status: 503, code: 'tasks.search_busy' })).toBe('searchBusy');
  });

  it('sends a stale cursor back to the first page and anything else to the generic message', () => {
    expect(feedFailureKey({ ok: false, reason: 'http', status: 400, code: 'validation.failed' })).toBe('badLink');
    expect(feedFailureKey({ ok: false, reason: 'http', status: 503, code: 'service_unavailable' })).toBe('loadError');
    expect(feedFailureKey({ ok: false, reason: 'http', status: 502 })).toBe('loadError');
    expect(feedFailureKey({ ok: false, reason: 'unreachable' })).toBe('loadError');
  });
});
