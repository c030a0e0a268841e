import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerSettlesKey, idempotencyKeyFor, newIdempotencyKey, settleIdempotencyKey } from '../src/lib/idempotency-key';
import { createApiClients, settle } from '../src/lib/api-client';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('uses crypto.randomUUID where the page is a secure context', () => {
    expect(
      newIdempotencyKey({ randomUUID: () => '11111111-2222-4333-8444-555555555555', getRandomValues: (a: Uint8Array<ArrayBuffer>) => a }),
    ).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('builds a v4 UUID from getRandomValues where randomUUID is missing (plain HTTP)', () => {
    const onlyRandomValues = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey(onlyRandomValues)));
    expect(keys.size).toBe(20);
    for (const key of keys) expect(key).toMatch(uuidV4);
  });
});

describe('one key per action', () => {
  it('gives the same action the same key until an answer settles it, then a new one', () => {
    const action = `POST /api/v1/tasks\n{"title":"${Math.random()}"}`;
    const first = idempotencyKeyFor(action);
    expect(idempotencyKeyFor(action)).toBe(first);
    expect(idempotencyKeyFor(`${action} changed`)).not.toBe(first);
    for (const [status, code] of [
      [0, 'network'],
      [503, 'service_unavailable'],
      [409, 'idempotency.in_progress'],
      [429, 'rate_limited'],
      [401, 'auth.required'],
    ] as const) {
      settleIdempotencyKey(action, status, code);
      expect(idempotencyKeyFor(action), `${status} ${code}`).toBe(first);
    }
    settleIdempotencyKey(action, 201, '');
    expect(idempotencyKeyFor(action)).not.toBe(first);
  });

  it('treats success and the client’s own mistakes as settled, like the API stores them', () => {
    expect([201, 400, 403, 404, 409, 422].map((s) => answerSettlesKey(s, 'x'))).toEqual([true, true, true, true, true, true]);
    expect(answerSettlesKey(409, 'idempotency.in_progress')).toBe(false);
    expect(answerSettlesKey(500, 'internal')).toBe(false);
  });
});

describe('the typed client’s idempotent calls', () => {
  const { api, idempotent } = createApiClients();
  afterEach(() => vi.unstubAllGlobals());

  const answer = (status: number, body: object) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const keysSent = (fetchMock: ReturnType<typeof vi.fn>) =>
    fetchMock.mock.calls.map(([, init]) => (init as RequestInit & { headers: Record<string, string> }).headers['idempotency-key']);

  it('sends a key, retries a dropped connection once with it, and keeps it for the next press after a 503', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(answer(503, { code: 'service_unavailable' }))
      .mockResolvedValueOnce(answer(201, { id: 'm1' }))
      .mockResolvedValueOnce(answer(201, { id: 'm2' }));
    vi.stubGlobal('fetch', fetchMock);
    const body = { text: 'Салом' };
    const press = () => settle(idempotent.POST('/api/v1/conversations/{id}/messages', { params: { path: { id: 'c1' } }, body }));

    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const pressed = press();
    // The one automatic retry waits a second for the connection to come back.
    await vi.advanceTimersByTimeAsync(1000);
    const failed = await pressed;
    vi.useRealTimers();
    expect(failed).toMatchObject({ ok: false, problem: { code: 'service_unavailable' } });
    expect(await press()).toEqual({ ok: true, data: { id: 'm1' } });
    expect(await press()).toEqual({ ok: true, data: { id: 'm2' } });
    const [dropped, retried, again, next] = keysSent(fetchMock);
    expect(dropped).toMatch(uuidV4);
    expect([retried, again]).toEqual([dropped, dropped]);
    expect(next).not.toBe(dropped);
  });

  it('sends no key and never retries by itself on the plain client', async () => {
    const fetchMock = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetchMock);
    expect(await settle(api.POST('/api/v1/responses/{id}/select', { params: { path: { id: 'r1' } } }))).toMatchObject({
      ok: false,
      problem: { code: 'network' },
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(keysSent(fetchMock)).toEqual([undefined]);
  });
});
