import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTask, createUser } from '../../../test/factories.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories } from '../../db/schema/index.js';

const titles: Record<string, string> = {};

const t = useTestApp();
beforeAll(async () => {
  const db = t.db;
  const customer = await createUser(db);
  const [moving] = await db.select().from(categories).where(eq(categories.slug, 'moving-cargo'));
  const [movingSub] = await db.select().from(categories).where(eq(categories.parentId, moving!.id)).limit(1);
  const texts = {
    plumber: ['Нужен сантехник на завтра', 'Поменять сифон под раковиной.'],
    wardrobe: ['Ҷевонро ҷамъ кардан лозим', 'Ҷевони нав аз мағоза, се дар дорад.'],
    wardrobeRu: ['Собрать чевон', 'Купили чевон, нужно собрать.'],
    piano: ['Перевезти пианино', 'Третий этаж без лифта.'],
    english: ['Репетитор по английскому', 'Ученик 9 класса, два раза в неделю.'],
  };
  for (const [key, [title, description]] of Object.entries(texts)) {
    const row = await createTask(db, customer.id, {
      title,
      description,
      ...(key === 'piano' ? { categoryId: moving!.id, subcategoryId: movingSub!.id } : {}),
    });
    titles[row.id] = key;
  }
});

async function search(q: string): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks?q=${encodeURIComponent(q)}` });
  expect(res.statusCode).toBe(200);
  return res
    .json()
    .items.map((i: { id: string }) => titles[i.id])
    .sort();
}

describe('search', () => {
  it('finds Russian words in other forms ("сантехника" finds "сантехник")', async () => {
    expect(await search('сантехника')).toEqual(['plumber']);
    expect(await search('сифоны')).toEqual(['plumber']);
  });

  it('folds Tajik letters: "ҷевон" finds a task written "чевон" and the other way round', async () => {
    expect(await search('ҷевон')).toEqual(['wardrobe', 'wardrobeRu']);
    expect(await search('чевон')).toEqual(['wardrobe', 'wardrobeRu']);
  });

  it('counts category names in both languages as matches', async () => {
    const [moving] = await t.db.select().from(categories).where(eq(categories.slug, 'moving-cargo'));
    expect(await search(moving!.name.ru.split(' ')[0]!)).toContain('piano');
    expect(await search(moving!.name.tg.split(' ')[0]!)).toContain('piano');
  });

  it('forgives a typo in a title word', async () => {
    expect(await search('репититор')).toEqual(['english']);
  });

  it('finds nothing for unrelated words, and is not confused by query syntax', async () => {
    expect(await search('вертолёт')).toEqual([]);
    expect(await search('"сантехник" OR -')).toEqual(['plumber']);
  });
});
