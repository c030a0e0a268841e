import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories as categorySeeds, cities as citySeeds } from './reference-data.js';
import { seedReferenceData } from './seed-reference-data.js';

const t = useTestApp();

const hasTajik = /[ғӣқӯҳҷҒӢҚӮҲҶ]/;

describe('GET /api/v1/categories', () => {
  it('serves the two-level taxonomy with Russian and Tajik names', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/categories' });
    expect(res.statusCode).toBe(200);
    const { items, nextCursor } = res.json();
    expect(nextCursor).toBeNull();
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.map((c: { slug: string }) => c.slug)).toEqual(categorySeeds.map((c) => c.slug));
    for (const category of items) {
      expect(category.name.ru).not.toBe('');
      expect(category.name.tg).not.toBe('');
      expect(category.icon).toBeTruthy();
      expect(category.children.length).toBeGreaterThanOrEqual(3);
      for (const child of category.children)
        expect(child).toMatchObject({ name: { ru: expect.any(String), tg: expect.any(String) }, children: [] });
    }
    // Tajik is a language of its own, not Russian copied over.
    expect(items.filter((c: { name: { tg: string } }) => hasTajik.test(c.name.tg)).length).toBeGreaterThan(6);
    expect(res.headers['cache-control']).toContain('max-age');
  });

  it('is seeded idempotently: running the seed again changes nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json();
    await seedReferenceData(t.db);
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json();
    expect(after).toEqual(before);
  });
});

describe('GET /api/v1/cities', () => {
  it('serves the cities of Tajikistan, Dushanbe with its four districts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/cities' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(citySeeds.length);
    const names = items.map((c: { name: { ru: string } }) => c.name.ru);
    for (const city of [
      'Душанбе',
      'Худжанд',
      'Бохтар',
      'Куляб',
      'Истаравшан',
      'Турсунзаде',
      'Вахдат',
      'Гиссар',
      'Пенджикент',
      'Исфара',
      'Канибадам',
      'Хорог',
    ]) {
      expect(names).toContain(city);
    }
    const dushanbe = items.find((c: { name: { ru: string } }) => c.name.ru === 'Душанбе');
    expect(dushanbe.districts.map((d: { name: { tg: string } }) => d.name.tg)).toEqual(['Сино', 'Фирдавсӣ', 'Исмоили Сомонӣ', 'Шоҳмансур']);
  });
});
