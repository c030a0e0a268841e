/**
 * `npm run bench:reference`: the reads every page makes besides its own — `GET /api/v1/categories`,
 * `/api/v1/cities`, a provider's `GET /api/v1/me` — and a guest's task page (`GET /api/v1/tasks/:id`), through
 * the real API, each against a bare `node:http` baseline answering the same bytes after ONE prepared `pg`
 * statement (the feed bench's method): the category or city rows; for `/me` and the task page the very statement
 * the API sends (its text taken from the API's own query builders). Both run in this process, one after the
 * other per route, on a database of their own (reference data, one provider, one task), analysed after seeding.
 * Settings: BENCH_REFERENCE_DATABASE_URL, BENCH_CONNECTIONS (10), BENCH_WARMUP_SECONDS (3), BENCH_SECONDS (10),
 * BENCH_ROUTES (a comma-separated part of each path to run only those, e.g. `me,tasks`; all by default).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { is, Placeholder } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '@dastiyor/api/src/db/client.js';
import { sessionCookie } from '@dastiyor/api/src/modules/auth/session-plugin.js';
import { hashToken, startSession } from '@dastiyor/api/src/modules/auth/sessions-service.js';
import { profileBySessionQuery } from '@dastiyor/api/src/modules/profiles/profile-view.js';
import { responsesCountOf } from '@dastiyor/api/src/modules/responses/index.js';
import { seedPlans } from '@dastiyor/api/src/modules/subscriptions/plans-service.js';
import { taskPageQuery } from '@dastiyor/api/src/modules/tasks/task-page-repository.js';
import { startApiServer } from './api-server.js';
import { ensureBenchDatabase, openMigratedBenchDatabase } from './bench-database.js';
import { loadUrl } from './load-runner.js';

const databaseUrl = process.env.BENCH_REFERENCE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dastiyor_bench_reference';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const only = process.env.BENCH_ROUTES?.split(',').filter(Boolean) ?? [];

/**
 * A provider with a service city, two districts and three categories (the /me a signed-in provider loads), and
 * one open task of a customer's (the task page a guest opens). Answers the provider's cookie and the task's id.
 */
async function seed(): Promise<{ cookie: string; taskId: string }> {
  await ensureBenchDatabase(databaseUrl, { drop: true });
  const database = await openMigratedBenchDatabase(databaseUrl, 2);
  try {
    await seedPlans(database.db);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        `insert into users (role, name, email, email_verified_at, password_hash) values ('provider', 'Фирӯз Бенчев', 'bench@bench.dastiyor.invalid', now(), '!') returning id`,
      );
      const userId = rows[0]!.id;
      await client.query(
        `insert into provider_profiles (user_id, description, skills, service_city_id)
         select $1, 'Сантехник, 10 лет опыта', array['сантехника', 'отопление'], id from cities order by sort_order limit 1`,
        [userId],
      );
      await client.query(
        `insert into provider_categories (user_id, category_id) select $1, id from categories where parent_id is not null order by sort_order limit 3`,
        [userId],
      );
      await client.query(
        `insert into provider_districts (user_id, district_id)
         select $1, d.id from districts d join provider_profiles p on p.service_city_id = d.city_id and p.user_id = $1 order by d.sort_order limit 2`,
        [userId],
      );
      const task = await client.query<{ id: string }>(
        `with customer as (
           insert into users (role, name, email, email_verified_at, password_hash)
           values ('customer', 'Мадина Бенчева', 'customer@bench.dastiyor.invalid', now(), '!') returning id)
         insert into tasks (customer_id, title, description, category_id, subcategory_id, city_id, budget_type, budget_amount, status, published_at)
         select customer.id, 'Починить кран на кухне', 'Течёт смеситель, нужно заменить картридж и проверить трубы под раковиной.',
                sub.parent_id, sub.id, city.id, 'fixed', 150, 'new', now()
         from customer,
              (select id, parent_id from categories where parent_id is not null order by sort_order limit 1) sub,
              (select id from cities order by sort_order limit 1) city
         returning id`,
      );
      const { token } = await startSession(database.db, userId, new Date(), { ip: '127.0.0.1', userAgent: 'reference-bench' });
      // As a live database would have them: the planner's statistics.
      await client.query('analyze');
      apiStatements = apiStatementsOf(database.db);
      return { cookie: `${sessionCookie}=${token}`, taskId: task.rows[0]!.id };
    } finally {
      await client.end();
    }
  } finally {
    await database.close();
  }
}

interface Route {
  path: string;
  /** Whether the request carries the provider's session (the reference data is read as a guest). */
  signedIn: boolean;
  /** The baseline's one statement per request, and its parameters given the request's cookie. */
  statement: () => string;
  params: (cookie: string) => unknown[];
}

const tokenHash = (cookie: string) => hashToken(cookie.slice(cookie.indexOf('=') + 1));

interface ApiStatement {
  text: string;
  /** Bound values in order; a placeholder's name where the API fills one in per request. */
  params: Array<{ placeholder: string } | { value: unknown }>;
}

/** The API's own statements for `/me` and the task page, as text and parameters (known once the seed ran). */
let apiStatements: { me: ApiStatement; taskPage: ApiStatement } | null = null;

function apiStatementsOf(db: Db) {
  const of = (query: { toSQL(): { sql: string; params: unknown[] } }): ApiStatement => {
    const { sql, params } = query.toSQL();
    return { text: sql, params: params.map((p) => (is(p, Placeholder) ? { placeholder: p.name } : { value: p })) };
  };
  return { me: of(profileBySessionQuery(db)), taskPage: of(taskPageQuery(db, responsesCountOf)) };
}

function apiStatement(which: 'me' | 'taskPage') {
  if (!apiStatements) throw new Error('the API statements are known once the seed ran');
  return apiStatements[which];
}

const paramsOf = (statement: ApiStatement, values: Record<string, unknown>) =>
  statement.params.map((p) => ('placeholder' in p ? values[p.placeholder] : p.value));

const routes: Route[] = [
  {
    path: '/api/v1/categories',
    signedIn: false,
    statement: () => 'select id, parent_id, slug, name, icon from categories where is_active order by sort_order, slug',
    params: () => [],
  },
  {
    path: '/api/v1/cities',
    signedIn: false,
    statement: () => 'select id, slug, name from cities order by sort_order, slug',
    params: () => [],
  },
  {
    path: '/api/v1/me',
    signedIn: true,
    statement: () => apiStatement('me').text,
    params: (cookie) => paramsOf(apiStatement('me'), { tokenHash: tokenHash(cookie), now: new Date().toISOString() }),
  },
  {
    // As a guest.
    path: '/api/v1/tasks/:id',
    signedIn: false,
    statement: () => apiStatement('taskPage').text,
    params: () => paramsOf(apiStatement('taskPage'), { taskId }),
  },
];

/** The seeded task, known once the seed ran. */
let taskId = '';
const concrete = (path: string) => path.replace(':id', taskId);

/** Bare node:http: one prepared statement, then the bytes the API answered. */
async function startBaseline(bodies: Map<string, string>, cookie: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer((request, response) => {
    const route = routes.find((r) => concrete(r.path) === request.url);
    if (!route) return void response.writeHead(404).end();
    pool
      .query({ name: route.path, text: route.statement(), values: route.params(cookie) })
      .then(() => {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(bodies.get(route.path));
      })
      .catch(() => response.writeHead(503).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/** Through the feed bench's runner, without its CPU watch (these runs are short and side by side). */
const load = (url: string, cookie: string | null) =>
  loadUrl(url, { connections, warmupSeconds: warmup, durationSeconds: duration, headers: cookie ? { cookie } : {} }, async () => ({
    stop: async () => null,
  }));

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main() {
  const seeded = await seed();
  const cookie = seeded.cookie;
  taskId = seeded.taskId;
  const api = await startApiServer(databaseUrl, 10);
  const bodies = new Map<string, string>();
  for (const route of routes) {
    const answer = await fetch(api.url + concrete(route.path), route.signedIn ? { headers: { cookie } } : {});
    if (!answer.ok) throw new Error(`${route.path} answered ${answer.status}`);
    bodies.set(route.path, await answer.text());
  }
  const baseline = await startBaseline(bodies, cookie);
  console.log(`load average before: ${loadavg()}; ${connections} connections, ${warmup} s warm-up, ${duration} s measured`);
  console.log('| route | bytes | baseline req/s | API req/s | ratio | API p50 / p99 (ms) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const route of routes.filter((r) => only.length === 0 || only.some((part) => r.path.includes(part)))) {
      const as = route.signedIn ? cookie : null;
      const bare = await load(baseline.url + concrete(route.path), as);
      const real = await load(api.url + concrete(route.path), as);
      if (real.non2xx > 0 || bare.non2xx > 0)
        throw new Error(`${route.path}: non-2xx answers (${real.non2xx} API, ${bare.non2xx} baseline)`);
      const ratio = real.requestsPerSecond / bare.requestsPerSecond;
      console.log(
        `| \`${route.path}\` | ${bodies.get(route.path)!.length} | ${bare.requestsPerSecond.toFixed(0)} | ${real.requestsPerSecond.toFixed(0)} | ${ratio.toFixed(2)} | ${real.p50} / ${real.p99} |`,
      );
    }
  } finally {
    await baseline.close();
    await api.close();
  }
  console.log(`load average after: ${loadavg()}`);
}

await main();
