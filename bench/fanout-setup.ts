import { positiveInt } from './bench-config.js';
import { openDatabase } from '@dastiyor/api/src/db/client.js';
import { sessionCookie } from '@dastiyor/api/src/modules/auth/session-plugin.js';
import { startSession } from '@dastiyor/api/src/modules/auth/sessions-service.js';
import { ensureBenchDatabase, openMigratedBenchDatabase } from './bench-database.js';
import { withClient } from './fanout-measure.js';
import type { PushReceiver } from './fanout-receiver-client.js';
import { cohortSql, countProviders, providerDomain, seedProviders } from './provider-seeder.js';
import { seedTasks } from './task-seeder.js';

export interface FanoutBenchConfig {
  databaseUrl: string;
  providers: number;
  /** Tasks behind the feed the bench loads while the fan-out runs. */
  feedTasks: number;
  customers: number;
  /** How many times the busiest task is published, one after another: more samples for the feed's p99 during a fan-out. */
  bigTasks: number;
  paceTasks: number;
  paceIntervalMs: number;
  /** Feed requests per second, spread over `feedConnections`: a steady load, not a saturating one. */
  feedRate: number;
  feedConnections: number;
  idleSeconds: number;
  poolMax: number;
  jobsPoolMax: number;
  apiPort: number;
  /** in-process: the API runs the jobs; worker: a worker process does (BACKGROUND_JOBS, decision 015), over Redis. */
  backgroundJobs: 'in-process' | 'worker';
  redisUrl: string;
}

/** Every default is the figure or the feed bench's. */
export function loadFanoutConfig(): FanoutBenchConfig {
  return {
    databaseUrl: process.env.BENCH_FANOUT_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dastiyor_fanout_bench',
    providers: positiveInt('BENCH_PROVIDERS', 200_000),
    feedTasks: positiveInt('BENCH_FEED_TASKS', 100_000),
    customers: positiveInt('BENCH_CUSTOMERS', 2_000),
    bigTasks: positiveInt('BENCH_BIG_TASKS', 3),
    paceTasks: positiveInt('BENCH_PACE_TASKS', 40),
    paceIntervalMs: positiveInt('BENCH_PACE_INTERVAL_MS', 3_000),
    feedRate: positiveInt('BENCH_FEED_RATE', 25),
    feedConnections: positiveInt('BENCH_FEED_CONNECTIONS', 5),
    idleSeconds: positiveInt('BENCH_IDLE_SECONDS', 20),
    poolMax: positiveInt('BENCH_POOL_MAX', 10),
    jobsPoolMax: positiveInt('BENCH_JOBS_POOL_MAX', 4),
    apiPort: positiveInt('BENCH_FANOUT_API_PORT', 3592),
    backgroundJobs: process.env.BENCH_BACKGROUND_JOBS === 'in-process' ? 'in-process' : 'worker',
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Creates, migrates and seeds the bench database once; later runs find it ready. */
export async function prepareFanoutData(config: FanoutBenchConfig, log: (line: string) => void) {
  const state = await ensureBenchDatabase(config.databaseUrl, { drop: process.argv.includes('--reseed') });
  log(`database ${state}: ${new URL(config.databaseUrl).pathname.slice(1)}`);
  await (await openMigratedBenchDatabase(config.databaseUrl, 2)).close();
  const tasks = await withClient(config.databaseUrl, async (c) => Number((await c.query('select count(*) as n from tasks')).rows[0].n));
  if (tasks === 0) {
    log(`seeding ${config.feedTasks.toLocaleString('en')} tasks for the feed…`);
    const t = await seedTasks(config.databaseUrl, { tasks: config.feedTasks, customers: config.customers });
    log(`  tasks seeded: insert ${seconds(t.insertMs)}, indexes ${seconds(t.indexesMs)}`);
  }
  const providers = await countProviders(config.databaseUrl);
  if (providers === 0) {
    log(`seeding ${config.providers.toLocaleString('en')} providers…`);
    log(`  providers seeded in ${seconds((await seedProviders(config.databaseUrl, config.providers)).ms)}`);
  } else if (providers !== config.providers) {
    throw new Error(`The bench database holds ${providers} providers, not ${config.providers}; run with --reseed`);
  }
  await withClient(config.databaseUrl, async (c) => {
    // The seeded tasks are old news: their fan-out "ran" (else the in-app sweep would re-run hundreds).
    await c.query('update tasks set matched_at = coalesce(published_at, now()) where matched_at is null');
    // A run starts from a quiet queue: nothing left over from an earlier run, interrupted or not.
    await c.query('update task_alert_fanouts set finished_at = now() where finished_at is null');
    if ((await c.query(`select to_regclass('pgboss.job') as t`)).rows[0].t) {
      await c.query(`delete from pgboss.job where name like 'notifications.%'`);
      await c.query('delete from pgboss.archive');
    }
  });
}

/**
 * Points every device owner's browser at this run's receiver: the keys of a subscription live in the
 * receiver's memory, so they are made anew each run. Blocked providers get a browser too (nothing may
 * reach it). Answers how many were subscribed.
 */
export async function installBrowsers(url: string, receiver: PushReceiver): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ id: string }>(
      `select id from users where email like '%@${providerDomain}' and ${cohortSql.device('id')} order by id`,
    );
    const browsers = await receiver.browsers(rows.length);
    await c.query('begin');
    await c.query(`delete from push_subscriptions where user_id in (select id from users where email like '%@${providerDomain}')`);
    for (let i = 0; i < rows.length; i += 5_000) {
      const slice = rows.slice(i, i + 5_000);
      const b = browsers.slice(i, i + 5_000);
      await c.query(
        `insert into push_subscriptions (user_id, endpoint, p256dh, auth, created_at)
         select * , now() from unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
        [slice.map((r) => r.id), b.map((x) => x.endpoint), b.map((x) => x.p256dh), b.map((x) => x.auth)],
      );
    }
    await c.query('commit');
    await c.query('vacuum (analyze) push_subscriptions');
    return rows.length;
  });
}

export interface TaskPlace {
  categoryId: string;
  subcategoryId: string;
  cityId: string;
  districtId: string | null;
}

/** The line of work and city (no district) that the most active providers serve: the worst task. */
export async function busiestPlace(url: string): Promise<TaskPlace & { providers: number }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ sub: string; cat: string; city: string; n: string }>(
      `select s.id as sub, s.parent_id as cat, p.service_city_id as city, count(distinct p.user_id) as n
       from categories s
       join provider_categories pc on pc.category_id in (s.id, s.parent_id)
       join provider_profiles p on p.user_id = pc.user_id
       join users u on u.id = p.user_id and u.status = 'active'
       where s.parent_id is not null
       group by 1, 2, 3 order by n desc limit 1`,
    );
    const r = rows[0]!;
    return { categoryId: r.cat, subcategoryId: r.sub, cityId: r.city, districtId: null, providers: Number(r.n) };
  });
}

/** Typical tasks, drawn like the feed bench's: popular lines of work and the capital first, 85% with a district. */
export async function typicalPlaces(url: string, count: number): Promise<TaskPlace[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<TaskPlace>(
      `with subs as (
         select row_number() over (order by p.sort_order, c.sort_order) as n, c.id, c.parent_id
         from categories c join categories p on p.id = c.parent_id
       ),
       towns as (
         select row_number() over (order by c.sort_order) as n, c.id,
                (select array_agg(d.id order by d.sort_order) from districts d where d.city_id = c.id) as district_ids
         from cities c
       ),
       sizes as (select (select count(*) from subs) as subs, (select count(*) from towns) as towns),
       draws as (
         select g, 1 + floor(power(random(), 2) * sizes.subs)::int as sub_n, 1 + floor(power(random(), 3) * sizes.towns)::int as town_n,
                random() as r_district, random() as r_pick
         from generate_series(1, $1::int) g, sizes offset 0
       )
       select s.parent_id as "categoryId", s.id as "subcategoryId", t.id as "cityId",
              case when t.district_ids is not null and d.r_district < 0.85
                then t.district_ids[1 + floor(d.r_pick * cardinality(t.district_ids))::int] end as "districtId"
       from draws d join subs s on s.n = d.sub_n join towns t on t.n = d.town_n order by d.g`,
      [count],
    );
    return rows;
  });
}

/**
 * Session cookies for `count` of the seeded customers (signed up a while ago, so the day's limit is
 * ten tasks each, not three), made through the API's own session service.
 */
export async function customerCookies(url: string, count: number): Promise<string[]> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 2 });
  try {
    const ids = await withClient(url, async (c) =>
      (
        await c.query<{ id: string }>(
          // Those who published least today first: each may publish 10 tasks a Dushanbe day, and a day holds several runs.
          `select u.id from users u
           where u.email like '%@bench.dastiyor.invalid' and u.created_at < now() - interval '2 days'
           order by (select count(*) from tasks t
                     where t.customer_id = u.id
                       and t.published_at >= (date_trunc('day', now() at time zone 'Asia/Dushanbe') at time zone 'Asia/Dushanbe')), u.id
           limit $1`,
          [count],
        )
      ).rows.map((r) => r.id),
    );
    const cookies: string[] = [];
    for (const id of ids) {
      const { token } = await startSession(database.db, id, new Date(), { ip: '127.0.0.1', userAgent: 'fanout-bench' });
      cookies.push(`${sessionCookie}=${token}`);
    }
    return cookies;
  } finally {
    await database.close();
  }
}
