import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { RunningServer } from './api-server.js';

/**
 * The floor the API is measured against: bare `node:http`, no framework, no validation library, and
 * per request exactly ONE named (prepared) `pg` statement doing the same joins as the feed and
 * returning the same rows, serialised to the same JSON body. Only the newest-first feed is served.
 * A search first asks, as the API does, whether any open task matches the words (one unnamed probe,
 * so it is planned for its own term); when none does, its one statement is the typo fallback written
 * the obvious exact way: every close spelling from the trigram index, sorted, one page.
 *
 * The page size is written into the statement (one statement per size) rather than bound: with
 * `LIMIT $n` PostgreSQL's generic plan assumes a large result, never wins against the custom plan,
 * and every execution is planned again, which is the cost a prepared statement exists to avoid.
 * With `unnamed` statements the same SQL is parsed and planned per request, as the API's is.
 */

const columns = `t.id, t.title, t.description, t.status, t.budget_type, t.budget_amount, t.urgency, t.starts_at,
  t.published_at, t.created_at, c.id as c_id, c.slug as c_slug, c.name as c_name, s.id as s_id, s.slug as s_slug,
  s.name as s_name, ci.id as ci_id, ci.name as ci_name, d.id as d_id, d.name as d_name,
  (select a.file_id from task_attachments a where a.task_id = t.id order by a.sort_order limit 1) as thumb_id`;

/** Each filter as a condition over its parameter; the same conditions the API's repository writes. */
const filters: Record<string, (p: string) => string> = {
  categoryId: (p) => `t.category_id = ${p}::uuid`,
  subcategoryId: (p) => `t.subcategory_id = ${p}::uuid`,
  cityId: (p) => `t.city_id = ${p}::uuid`,
  districtId: (p) => `t.district_id = ${p}::uuid`,
  urgency: (p) => `t.urgency = ${p}::task_urgency`,
  budgetMin: (p) => `t.budget_amount >= ${p}::int`,
  budgetMax: (p) => `t.budget_amount <= ${p}::int`,
  q: (p) => `t.search_vector @@ websearch_to_tsquery('russian'::regconfig, dastiyor_fold(${p}))`,
};

/** The typo fallback's condition, used instead of `q`'s when no open task matches the words. */
const spelling = (p: string) => `dastiyor_fold(${p}) <% dastiyor_fold(t.title)`;

const open = `t.status = 'new' and t.published_at is not null and t.hidden_at is null`;
const wordProbe = `select 1 from tasks t where ${open} and ${filters.q!('$1')} limit 1`;
const newest = (alias: string) => `${alias}.published_at desc nulls last, ${alias}.id desc`;

interface Statement {
  name: string;
  text: string;
  keys: string[];
}

const cardsFrom = `from tasks t
    join categories c on c.id = t.category_id
    join categories s on s.id = t.subcategory_id
    join cities ci on ci.id = t.city_id
    left join districts d on d.id = t.district_id`;

/**
 * One statement per combination of filters present, cursor or not, page size and search mode; prepared
 * once per connection. `spelling`: the matches from the trigram index, then the page of them; without
 * MATERIALIZED PostgreSQL folds the CTE into the outer ORDER BY … LIMIT and walks the feed instead.
 */
function statementFor(
  keys: string[],
  withCursor: boolean,
  rows: number,
  mode: 'words' | 'spelling',
  cache: Map<string, Statement>,
): Statement {
  const signature = `${keys.join(',')}|${withCursor}|${rows}|${mode}`;
  const cached = cache.get(signature);
  if (cached) return cached;
  const where = [open, ...keys.map((k, i) => (k === 'q' && mode === 'spelling' ? spelling : filters[k]!)(`$${i + 1}`))];
  const after = (alias: string) => `(${alias}.published_at, ${alias}.id) < ($${keys.length + 1}::timestamptz, $${keys.length + 2}::uuid)`;
  const text =
    mode === 'words'
      ? `select ${columns} ${cardsFrom}
    where ${[...where, ...(withCursor ? [after('t')] : [])].join(' and ')}
    order by ${newest('t')} limit ${rows}`
      : `with matches as materialized (select t.id, t.published_at from tasks t where ${where.join(' and ')}),
    page as (select m.id from matches m ${withCursor ? `where ${after('m')}` : ''} order by ${newest('m')} limit ${rows})
    select ${columns} ${cardsFrom}
    where t.id in (select id from page)
    order by ${newest('t')} limit ${rows}`;
  const statement = { name: `baseline_feed_${cache.size}`, text, keys };
  cache.set(signature, statement);
  return statement;
}

type Row = Record<string, unknown> & { description: string; published_at: Date; created_at: Date; starts_at: Date | null };

/** The card the API's presenter makes, written out by hand. */
function card(r: Row) {
  const text = r.description.replace(/\s+/g, ' ').trim();
  return {
    id: r.id,
    title: r.title,
    excerpt: text.length > 180 ? `${text.slice(0, 179).trimEnd()}…` : text,
    status: r.status,
    category: { id: r.c_id, slug: r.c_slug, name: r.c_name },
    subcategory: { id: r.s_id, slug: r.s_slug, name: r.s_name },
    city: { id: r.ci_id, name: r.ci_name },
    district: r.d_id ? { id: r.d_id, name: r.d_name } : null,
    budgetType: r.budget_type,
    budgetAmount: r.budget_type === 'fixed' ? r.budget_amount : null,
    urgency: r.urgency,
    startsAt: r.starts_at?.toISOString() ?? null,
    createdAt: (r.published_at ?? r.created_at).toISOString(),
    pinned: false,
    thumbnailUrl: r.thumb_id ? `/api/v1/files/${String(r.thumb_id)}/small` : null,
  };
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export async function startBaselineServer(
  databaseUrl: string,
  poolMax: number,
  statementKind: 'prepared' | 'unnamed',
): Promise<RunningServer> {
  // The API sets the same threshold per connection (db/client.ts); here as a startup parameter.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax, options: '-c pg_trgm.word_similarity_threshold=0.5' });
  const statements = new Map<string, Statement>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://baseline');
    if (url.pathname !== '/api/v1/tasks') return send(res, 404, { code: 'not_found' });
    const params = url.searchParams;
    const limit = Math.min(Math.max(Math.trunc(Number(params.get('limit') ?? 20)) || 20, 1), 50);
    const keys = Object.keys(filters).filter((k) => params.has(k));
    const values: unknown[] = keys.map((k) => params.get(k));
    const cursor = params.get('cursor');
    if (cursor) {
      const [, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, number, string];
      values.push(new Date(key).toISOString(), id);
    }
    const q = params.get('q');
    const mode = async () => (q === null || (await pool.query(wordProbe, [q])).rowCount ? 'words' : 'spelling');
    const page = async () => {
      const statement = statementFor(keys, Boolean(cursor), limit + 1, await mode(), statements);
      const query =
        statementKind === 'prepared' ? { name: statement.name, text: statement.text, values } : { text: statement.text, values };
      return pool.query<Row>(query);
    };
    page().then(
      ({ rows }) => {
        const page = rows.slice(0, limit);
        const last = page.at(-1);
        const nextCursor =
          rows.length > limit && last
            ? Buffer.from(JSON.stringify(['newest', last.published_at.getTime(), last.id])).toString('base64url')
            : null;
        send(res, 200, { items: page.map(card), nextCursor });
      },
      (error: unknown) => send(res, 500, { code: 'internal', detail: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
