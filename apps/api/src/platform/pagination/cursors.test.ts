import { randomBytes, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { openChat } from '../../../test/chat-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';

/**
 * Issue 14: every paged list, found from the OpenAPI document, answers a cursor it did not hand out
 * with 400 `validation.failed` on `query.cursor` — never 5xx — and still takes well-formed ones.
 */

const cookies: Record<'customer' | 'provider' | 'admin', string> = { customer: '', provider: '', admin: '' };
let pathParams: Record<string, string> = {};
const routes: { path: string; url: string; cookie: string }[] = [];

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const id = '0b9f8c1e-6a7d-4c2b-9e3f-5a1d2c3b4e5f';

const malformed: Record<string, string> = {
  'a timestamp and 36 dashes': b64(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`),
  'the last instant Date can hold': b64(`+275760-09-13T00:00:00.000Z|${id}`),
  'year 0000': b64(`0000-01-01T00:00:00.000Z|${id}`),
  'month 13, hour 25 (microsecond form)': b64(`2026-13-45T25:61:61.000000Z|${id}`),
  'a non-ISO date Date still parses': b64(`Jan 1 2026|${id}`),
  'a third part': b64(`2026-01-01T00:00:00.000Z|${id}|x`),
  'no id': b64('2026-01-01T00:00:00.000Z|'),
  'a feed key of 1e300': b64(`["newest",1e300,"${id}"]`),
  'a fractional budget key': b64(`["budget_asc",1.5,"${id}"]`),
  'a budget past int4': b64(`["budget_desc",2147483648,"${id}"]`),
  'a negative budget': b64(`["budget_asc",-5,"${id}"]`),
  'a feed key as text': b64(`["newest","1","${id}"]`),
  'a feed cursor of four parts': b64(`["newest",1767225600000,"${id}",1]`),
  'a feed object': b64(`{"sort":"newest","key":1,"id":"${id}"}`),
  'a JSON null': b64('null'),
  'plain words': 'nonsense',
  'base64 with junk around a valid cursor': `!!${b64(`2026-01-01T00:00:00.000Z|${id}`)}==`,
  'an empty-ish value': '-',
};
for (let i = 0; i < 8; i += 1) malformed[`random bytes #${i}`] = randomBytes(8 + i * 16).toString('base64url');

/** A well-formed cursor no page handed out: a list must take it (200), whatever its kind. */
function wellFormedCursor(path: string) {
  if (path === '/api/v1/tasks') return b64(`["newest",1767225600000,"${id}"]`);
  if (path === '/api/v1/admin/tasks') return b64(`2026-01-01T00:00:00.123456Z|${id}`);
  return b64(`2026-01-01T00:00:00.000Z|${id}`);
}

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

function expectCursorRefused(res: LightMyRequestResponse, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status: 400, code: 'validation.failed', errors: [{ path: 'query.cursor' }] });
}

const t = useTestApp();
beforeAll(async () => {
  const db = t.db;
  const chat = await openChat(t.app, db, new Date());
  cookies.customer = chat.customer.cookie;
  cookies.provider = chat.provider.cookie;
  cookies.admin = (await signInAdmin(t.app, db, new Date())).cookie;
  pathParams = { '/api/v1/providers/{id}/reviews': chat.provider.user.id, '/api/v1/conversations/{id}/messages': chat.conversationId };

  const doc = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (!operations.get?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor')) continue;
    const url = path.replace('{id}', pathParams[path] ?? randomUUID());
    // The caller is whichever role the list serves: the first whose plain first page answers 200.
    let cookie: string | null = null;
    for (const candidate of Object.values(cookies)) {
      if ((await get(url, candidate)).statusCode === 200) {
        cookie = candidate;
        break;
      }
    }
    if (!cookie) throw new Error(`no role reads ${path}; give the test a path parameter or a role for it`);
    routes.push({ path, url, cookie });
  }
});

describe('paged lists and their cursors', () => {
  it('finds every paged list in the OpenAPI document', () => {
    // 18 today; a new list joins this walk by itself. Fewer means a route lost its cursor.
    expect(routes.length).toBeGreaterThanOrEqual(18);
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/api/v1/tasks', '/api/v1/providers/{id}/reviews', '/api/v1/admin/tasks']),
    );
  });

  it('should answer 400 on query.cursor, never 5xx, to every malformed cursor on every list', async () => {
    for (const route of routes) {
      for (const [what, cursor] of Object.entries(malformed)) {
        expectCursorRefused(await get(`${route.url}?cursor=${encodeURIComponent(cursor)}`, route.cookie), `${route.path}, ${what}`);
      }
    }
  });

  it('should take a well-formed cursor on every list', async () => {
    for (const route of routes) {
      const res = await get(`${route.url}?cursor=${wellFormedCursor(route.path)}`, route.cookie);
      expect(res.statusCode, `${route.path}: ${res.body}`).toBe(200);
    }
  });

  it('should hold each feed sort to its own keys', async () => {
    const refused: [string, unknown][] = [
      ['newest', 1e300],
      ['newest', 8.64e15],
      ['newest', 1.5],
      ['budget_desc', 1.5],
      ['budget_desc', -2],
      ['budget_desc', 2 ** 31],
      ['budget_asc', -1],
      ['budget_asc', 1e300],
      ['date', 1e16],
      ['date', -1],
      ['newest', null],
    ];
    for (const [sort, key] of refused) {
      const cursor = b64(JSON.stringify([sort, key, id]));
      expectCursorRefused(await get(`/api/v1/tasks?sort=${sort}&cursor=${cursor}`, cookies.provider), `${sort} ${String(key)}`);
    }
    // A cursor of one sort is not a cursor of another.
    expectCursorRefused(
      await get(`/api/v1/tasks?sort=budget_asc&cursor=${b64(`["newest",1767225600000,"${id}"]`)}`, cookies.provider),
      'sort',
    );
    const accepted: [string, number][] = [
      ['budget_desc', -1],
      ['budget_desc', 2147483647],
      ['budget_asc', 0],
      ['budget_asc', 2147483647],
      ['date', 1e15],
      ['date', 1767225600000],
    ];
    for (const [sort, key] of accepted) {
      const res = await get(`/api/v1/tasks?sort=${sort}&cursor=${b64(JSON.stringify([sort, key, id]))}`, cookies.provider);
      expect(res.statusCode, `${sort} ${key}: ${res.body}`).toBe(200);
    }
  });
});

describe('date query parameters', () => {
  it('should answer 400 on the field to dates outside 2000-01-01 … 2099-12-31', async () => {
    const cases: [string, string][] = [
      ['/api/v1/tasks?dateFrom=0000-01-01T00:00:00Z', 'query.dateFrom'],
      ['/api/v1/tasks?dateFrom=0000-01-01', 'query.dateFrom'],
      ['/api/v1/tasks?dateTo=1999-12-31', 'query.dateTo'],
      ['/api/v1/tasks?dateTo=2100-01-01T00:00:00Z', 'query.dateTo'],
      ['/api/v1/tasks?dateFrom=9999-12-31T23:59:59%2B05:00', 'query.dateFrom'],
      ['/api/v1/admin/audit-log?from=0000-01-01', 'query.from'],
      ['/api/v1/admin/payments?to=2100-01-01', 'query.to'],
      ['/api/v1/admin/stats?from=1999-12-31', 'query.from'],
    ];
    for (const [url, path] of cases) {
      const res = await get(url, url.includes('/admin/') ? cookies.admin : cookies.provider);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path }] });
    }
  });

  it('should still take dates inside the range', async () => {
    for (const url of [
      '/api/v1/tasks?dateFrom=2000-01-01&dateTo=2099-12-31',
      '/api/v1/tasks?dateFrom=2026-12-01T00:00:00%2B05:00',
      '/api/v1/admin/audit-log?from=2026-01-01&to=2026-12-01',
    ]) {
      const res = await get(url, url.includes('/admin/') ? cookies.admin : cookies.provider);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
  });
});
