import { describe, expect, it } from 'vitest';
import { asGuest, asVisitor } from '../src/lib/server-api';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const answer = <T>(status: number, data?: T, error?: unknown) => Promise.resolve({ data, error, response: json(status, data ?? error) });

describe('server-side reads', () => {
  it('as the visitor: their data, a guest on 401, unavailable on anything else or no answer', async () => {
    expect(await asVisitor(answer(200, { id: 'u1' }))).toEqual({ status: 'ok', data: { id: 'u1' } });
    expect(await asVisitor(answer(401, undefined, { code: 'auth.required' }))).toEqual({ status: 'guest' });
    expect(await asVisitor(answer(404, undefined, { code: 'not_found' }))).toEqual({ status: 'unavailable' });
    expect(await asVisitor(answer(503, undefined, '<html>'))).toEqual({ status: 'unavailable' });
    expect(await asVisitor(Promise.reject(new DOMException('timed out', 'TimeoutError')))).toEqual({ status: 'unavailable' });
  });

  it('publicly: the data, the refusal with its status and code, a wrong upstream or no answer', async () => {
    expect(await asGuest(answer(200, { items: [] }))).toEqual({ ok: true, data: { items: [] } });
    expect(await asGuest(answer(404, undefined, { code: 'not_found' }))).toEqual({
      ok: false,
      reason: 'http',
      status: 404,
      code: 'not_found',
    });
    expect(await asGuest(answer(502, undefined, '<html>Bad gateway</html>'))).toEqual({ ok: false, reason: 'http', status: 502 });
    // openapi-fetch throws a SyntaxError when a 200 is not JSON: a proxy's page, not the API.
    expect(await asGuest(Promise.reject(new SyntaxError('Unexpected token <')))).toEqual({ ok: false, reason: 'invalid' });
    expect(await asGuest(Promise.reject(new TypeError('fetch failed')))).toEqual({ ok: false, reason: 'unreachable' });
  });
});
