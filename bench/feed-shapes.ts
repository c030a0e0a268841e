import pg from 'pg';

/** A request shape of the load run: a name for the table and the path both servers answer. */
export interface FeedShape {
  name: string;
  path: string;
}

/** The search term: a profession word a customer types, matching one subcategory and some titles. */
export const searchTerm = 'холодильник';

async function idBySlug(client: pg.Client, table: 'categories' | 'cities', slug: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`select id from ${table} where slug = $1`, [slug]);
  if (!rows[0]) throw new Error(`${table} "${slug}" is missing from the bench database's reference data`);
  return rows[0].id;
}

/**
 * The typical requests: the first page, a category in the second city (a provider in Khujand
 * looking for plumbing work), the second page through the first page's cursor, urgent tasks in a
 * budget range (200–1,000 TJS) and a full-text search. `firstPageCursor` reads a cursor from the API.
 */
export async function resolveFeedShapes(databaseUrl: string, firstPageCursor: (path: string) => Promise<string>): Promise<FeedShape[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let categoryId: string;
  let cityId: string;
  try {
    categoryId = await idBySlug(client, 'categories', 'plumbing-electrics');
    cityId = await idBySlug(client, 'cities', 'khujand');
  } finally {
    await client.end();
  }
  const newest = '/api/v1/tasks?limit=20';
  const cursor = await firstPageCursor(newest);
  return [
    { name: 'newest, page 1', path: newest },
    { name: 'category + city', path: `/api/v1/tasks?categoryId=${categoryId}&cityId=${cityId}&limit=20` },
    { name: 'newest, page 2 (cursor)', path: `/api/v1/tasks?limit=20&cursor=${cursor}` },
    { name: 'urgent + budget 200–1,000 TJS', path: '/api/v1/tasks?urgency=urgent&budgetMin=20000&budgetMax=100000&limit=20' },
    { name: `search q=${searchTerm}`, path: `/api/v1/tasks?q=${encodeURIComponent(searchTerm)}&limit=20` },
  ];
}
