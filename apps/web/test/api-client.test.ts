import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClients, inLocale, settle } from '../src/lib/api-client';

const taskId = '7c1e7c0e-4a59-4d2a-9a0e-0d6f3c1b2a11';
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json', ...headers },
  });
type Sent = [string, RequestInit & { headers: Record<string, string> }];
const sentOf = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls as Sent[];

describe('the typed API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const { api } = createApiClients();

  it('sends the path, JSON body and language the contract describes, and answers the typed body', async () => {
    const fetchMock = vi.fn().mockResolvedValue(answer(200, { id: taskId, status: 'cancelled' }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await settle(
      api.POST('/api/v1/tasks/{id}/status', {
        params: { path: { id: taskId } },
        body: { status: 'cancelled', reason: 'Сделал сам' },
        headers: inLocale('tg'),
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { id: taskId, status: 'cancelled' } });
    const [[path, init]] = sentOf(fetchMock) as [Sent];
    expect(path).toBe(`/api/v1/tasks/${taskId}/status`);
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', cache: 'no-store' });
    expect(JSON.parse(String(init.body))).toEqual({ status: 'cancelled', reason: 'Сделал сам' });
    expect(init.headers).toMatchObject({ accept: 'application/json', 'content-type': 'application/json', 'accept-language': 'tg' });
    expect(init.headers['idempotency-key']).toBeUndefined();
  });

  it('turns a refusal into its problem code, field reasons and Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(answer(400, { code: 'validation.failed', errors: [{ path: 'body.reason', code: 'too_big', message: '…' }] }))
        .mockResolvedValueOnce(answer(429, { code: 'rate_limited' }, { 'retry-after': '30' }))
        .mockResolvedValueOnce(answer(502, '<html>Bad gateway</html>')),
    );
    const cancel = () => settle(api.POST('/api/v1/tasks/{id}/status', { params: { path: { id: taskId } }, body: { status: 'cancelled' } }));
    expect(await cancel()).toEqual({
      ok: false,
      problem: { status: 400, code: 'validation.failed', fieldErrors: { reason: 'too_big' }, retryAfter: null },
    });
    expect(await cancel()).toMatchObject({ ok: false, problem: { status: 429, code: 'rate_limited', retryAfter: 30 } });
    expect(await cancel()).toMatchObject({ ok: false, problem: { status: 502, code: 'service_unavailable' } });
  });

  it('answers the network problem, without retrying, when a plain call gets no answer', async () => {
    const fetchMock = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetchMock);
    const result = await settle(api.POST('/api/v1/responses/{id}/select', { params: { path: { id: taskId } } }));
    expect(result).toMatchObject({ ok: false, problem: { status: 0, code: 'network' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
