import { describe, expect, inject, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { countingSelects } from '../../../test/counting-db.js';
import { redisUp, redisUrl } from '../../../test/redis.js';
import { buildTestApp } from '../../../test/test-app.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { type Db, openDatabase } from '../../db/client.js';
import { forgetReferenceData, referenceData } from './reference-cache.js';

const t = useTestApp();

const categoriesOf = (app = t.app, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: '/api/v1/categories', headers });
const rename = async (app: typeof t.app, db: Db, id: string, ru: string) => {
  const admin = await signInAdmin(app, db, new Date());
  const res = await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/categories/${id}`,
    headers: { cookie: admin.cookie },
    payload: { name: { ru, tg: ru } },
  });
  expect(res.statusCode).toBe(200);
};

describe('the reference data cache', () => {
  it('answers /categories and /cities with an ETag and 304 when the client already has that answer', async () => {
    for (const url of ['/api/v1/categories', '/api/v1/cities']) {
      const first = await t.app.inject({ method: 'GET', url });
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(first.json().items.length).toBeGreaterThan(0);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
      expect((await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
    }
  });

  it('reads the database once for many callers, and shows an admin change at once on the same instance', async () => {
    forgetReferenceData(t.db);
    const { db, counter } = countingSelects(t.db);
    const answers = await Promise.all(Array.from({ length: 20 }, () => referenceData(db)));
    expect(new Set(answers).size).toBe(1);
    // The category query and the two of the cities, once.
    expect(counter.selects).toBe(3);

    const before = await categoriesOf();
    const top = before.json().items[0];
    await rename(t.app, t.db, top.id, 'Ремонт и стройка');
    const after = await categoriesOf();
    expect(after.json().items[0].name.ru).toBe('Ремонт и стройка');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('keeps serving what it read while the database cannot answer, and refuses only when it never read anything', async () => {
    let broken = false;
    const flaky = new Proxy(t.db, {
      get(target, key, receiver) {
        if (broken && key === 'select')
          return () => {
            throw new Error('connection terminated');
          };
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const known = await referenceData(t.db);
    // A Db handle of its own has nothing read yet, so nothing to fall back on.
    broken = true;
    await expect(referenceData(flaky)).rejects.toThrow('connection terminated');
    broken = false;
    const read = await referenceData(flaky);
    forgetReferenceData(flaky);
    broken = true;
    expect(await referenceData(flaky)).toBe(read);
    broken = false;
    expect(await referenceData(flaky)).not.toBe(read);
    expect(read.categories).toEqual(known.categories);
  });

  it.runIf(redisUp && inject('testDatabase').kind === 'postgres')(
    "drops another instance's copy when an admin changes a category, through Redis",
    async () => {
      const other = await openDatabase({ kind: 'postgres', url: t.testDb.url!, poolMax: 2 });
      const a = await buildTestApp(t.database, { REDIS_URL: redisUrl });
      const b = await buildTestApp(other, { REDIS_URL: redisUrl });
      try {
        const top = (await categoriesOf(b.app)).json().items[1];
        await rename(a.app, t.db, top.id, 'Переименовано на другом экземпляре');
        await expect.poll(async () => (await categoriesOf(b.app)).json().items[1].name.ru).toBe('Переименовано на другом экземпляре');
      } finally {
        for (const instance of [a, b]) {
          await instance.app.close();
          await instance.platform.bus.close();
        }
        await other.close();
      }
    },
  );
});
