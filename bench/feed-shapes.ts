import pg from 'pg';

/** A request shape of the load run: a name for the table and the path both servers answer. */
export interface FeedShape {
  name: string;
  path: string;
  /** Whether the answer has tasks; a search nothing matches must answer an empty page. */
  finds: 'tasks' | 'nothing';
}

/** The search term: a profession word a customer types, matching one subcategory and some titles. */
export const searchTerm = 'холодильник';

/**
 * Searches no open task matches as words (issue 14), so the API falls back to spellings: a typo of the
 * search term (5,825 close spellings on the 1M seed, newest first), a typo with no close spelling whose
 * trigrams are common (4,474 titles share enough of them to be checked), Tajik typed in Latin letters,
 * and a random string.
 */
export const noMatchSearches = [
  { term: 'холодилник', what: 'typo', finds: 'tasks' },
  { term: 'тамода', what: 'typo, no close spelling', finds: 'nothing' },
  { term: 'tamiri yakhdon', what: 'Tajik in Latin letters', finds: 'nothing' },
  { term: 'qxvzjk', what: 'random string', finds: 'nothing' },
] as const;

async function idBySlug(client: pg.Client, table: 'categories' | 'cities', slug: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`select id from ${table} where slug = $1`, [slug]);
  if (!rows[0]) throw new Error(`${table} "${slug}" is missing from the bench database's reference data`);
  return rows[0].id;
}

/**
 * The typical requests: the first page, a category in the second city (a provider in Khujand
 * looking for plumbing work), the second page through the first page's cursor, urgent tasks in a
 * budget range (200–1,000 TJS), a full-text search and the searches nothing matches as words.
 * `firstPageCursor` reads a cursor from the API.
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
  const search = (term: string) => `/api/v1/tasks?q=${encodeURIComponent(term)}&limit=20`;
  return [
    { name: 'newest, page 1', path: newest, finds: 'tasks' },
    { name: 'category + city', path: `/api/v1/tasks?categoryId=${categoryId}&cityId=${cityId}&limit=20`, finds: 'tasks' },
    { name: 'newest, page 2 (cursor)', path: `/api/v1/tasks?limit=20&cursor=${cursor}`, finds: 'tasks' },
    {
      name: 'urgent + budget 200–1,000 TJS',
      path: '/api/v1/tasks?urgency=urgent&budgetMin=20000&budgetMax=100000&limit=20',
      finds: 'tasks',
    },
    { name: `search q=${searchTerm}`, path: search(searchTerm), finds: 'tasks' },
    ...noMatchSearches.map((s) => ({ name: `no word match: ${s.what}, q=${s.term}`, path: search(s.term), finds: s.finds })),
  ];
}
