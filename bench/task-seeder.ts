import pg from 'pg';

/** Bench customers are recognisable by this e-mail domain (.invalid never resolves) and cannot sign in. */
const customerDomain = 'bench.dastiyor.invalid';

const ruPrefixes = ['Нужен мастер', 'Ищу специалиста', 'Срочно нужна помощь', 'Требуется исполнитель', 'Нужна услуга', 'Ищу исполнителя'];
const ruSuffixes = ['', ' сегодня', ' на выходных', ' в течение недели', ' недорого', ' с гарантией', ' вечером', ' завтра утром'];
const tgPrefixes = ['Усто лозим', 'Мутахассис лозим', 'Ёрӣ лозим', 'Иҷрокунанда лозим'];
const sentences = [
  'Адрес сообщу выбранному исполнителю.',
  'Материалы мои, нужна только работа.',
  'Нужно сделать аккуратно и без задержек.',
  'Оплата наличными или переводом после работы.',
  'Есть фотографии, пришлю в чате.',
  'Прошу откликаться только с опытом.',
  'Могу встретить у подъезда, есть парковка.',
  'Сроки обсуждаются, важно качество.',
  'Корҳо бояд тоза ва босифат иҷро шаванд.',
  'Пардохт баъд аз анҷоми кор.',
];

const sqlArray = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
/** A uniformly drawn element of a literal array (random() is evaluated per row). */
const pick = (values: string[]) => `(${sqlArray(values)})[1 + floor(random() * ${values.length})::int]`;

export interface SeedTimings {
  customersMs: number;
  dropIndexesMs: number;
  insertMs: number;
  indexesMs: number;
  vacuumAnalyzeMs: number;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return Math.round(performance.now() - started);
}

/**
 * Writes `customers` customers and `tasks` tasks in one transaction, set-based. The feed indexes are
 * dropped for the insert and rebuilt from their own definitions (pg_indexes), which is several times
 * faster than maintaining two GIN indexes row by row; a failure rolls all of it back, indexes included.
 * The search_text trigger is disabled for the insert and search_text is composed by the same SELECT,
 * with the trigger's formula; `verifySearchText` checks a sample afterwards.
 */
export async function seedTasks(url: string, counts: { tasks: number; customers: number }): Promise<SeedTimings> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`set local maintenance_work_mem = '512MB'`);
    await client.query('set local max_parallel_maintenance_workers = 2');

    const customersMs = await timed(() =>
      client.query(
        `insert into users (role, name, email, email_verified_at, password_hash, city_id, created_at)
         select 'customer', 'Заказчик ' || g, 'customer-' || g || '@${customerDomain}', now(), '!bench-no-login',
                (select id from cities order by sort_order limit 1), now() - random() * interval '365 days'
         from generate_series(1, $1::int) g`,
        [counts.customers],
      ),
    );

    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes
       where schemaname = 'public' and tablename = 'tasks' and indexname <> 'tasks_pkey' order by indexname`,
    );
    const dropIndexesMs = await timed(async () => {
      for (const index of indexes) await client.query(`drop index "${index.indexname}"`);
      await client.query('alter table tasks disable trigger tasks_search_text');
    });

    const insertMs = await timed(() => client.query(insertTasksSql, [counts.tasks]));

    const indexesMs = await timed(async () => {
      for (const index of indexes) await client.query(index.indexdef);
      await client.query('alter table tasks enable trigger tasks_search_text');
    });
    await client.query('commit');

    // VACUUM as well as ANALYZE: it sets hint bits and the visibility map once, as autovacuum would
    // on a live table, instead of letting the first benchmark requests pay for it.
    const vacuumAnalyzeMs = await timed(() => client.query('vacuum (analyze)'));
    return { customersMs, dropIndexesMs, insertMs, indexesMs, vacuumAnalyzeMs };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Rows of a sample whose search_text differs from what the trigger would have composed: 0 expected. */
export async function verifySearchText(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from tasks t tablesample system (1)
       where t.search_text is distinct from concat_ws(' ', t.title, t.description,
         (select concat_ws(' ', name->>'ru', name->>'tg') from categories where id = t.category_id),
         (select concat_ws(' ', name->>'ru', name->>'tg') from categories where id = t.subcategory_id))`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * One row per task. Popularity is skewed the way a marketplace is: random()^k over reference rows in
 * their display order makes the first categories and the capital far more common than the last ones.
 * ~80% new, 8% in progress, 8% completed, 3% cancelled, 1% draft; 20% negotiable; 15% urgent;
 * budgets log-uniform 50–5,000 TJS; published over the last 90 days; 60% with a start date.
 */
const insertTasksSql = `
with subs as (
  select row_number() over (order by p.sort_order, c.sort_order) as n, c.id as subcategory_id, p.id as category_id,
         c.name as sub_name, p.name as cat_name
  from categories c join categories p on p.id = c.parent_id
),
towns as (
  select row_number() over (order by c.sort_order) as n, c.id as city_id,
         (select array_agg(d.id order by d.sort_order) from districts d where d.city_id = c.id) as district_ids
  from cities c
),
customers as (
  select row_number() over (order by id) as n, id from users where email like '%@${customerDomain}'
),
sizes as (
  select (select count(*) from subs) as subs, (select count(*) from towns) as towns, (select count(*) from customers) as customers
),
draws as (
  -- OFFSET 0 keeps the draws in their own subquery: each random() is evaluated once per row.
  select g, random() as r_status, random() as r_budget, random() as r_when, random() as r_lang,
         1 + floor(power(random(), 2) * sizes.subs)::int as sub_n,
         1 + floor(power(random(), 3) * sizes.towns)::int as town_n,
         1 + floor(random() * sizes.customers)::int as customer_n
  from generate_series(1, $1::int) g, sizes
  offset 0
),
task_rows as (
  select
    cu.id as customer_id,
    case when d.r_lang < 0.15
      then ${pick(tgPrefixes)} || ': ' || lower(s.sub_name->>'tg')
      else ${pick(ruPrefixes)} || ': ' || lower(s.sub_name->>'ru') || ${pick(ruSuffixes)}
    end as title,
    concat_ws(' ', ${pick(sentences)}, ${pick(sentences)}, 'Объём работы примерно на ' || (1 + d.g % 6) || ' ч.') as description,
    s.category_id, s.subcategory_id, t.city_id,
    case when t.district_ids is not null and random() < 0.85
      then t.district_ids[1 + floor(random() * cardinality(t.district_ids))::int] end as district_id,
    case when random() < 0.5 then 'ул. Рудаки, ' || (1 + d.g % 200) end as address,
    case when d.r_budget < 0.2 then 'negotiable' else 'fixed' end::budget_type as budget_type,
    case when d.r_budget >= 0.2 then (round(50 * power(100, random()) / 10) * 10 * 100)::int end as budget_amount,
    case when random() < 0.15 then 'urgent' else 'normal' end::task_urgency as urgency,
    case when d.r_status < 0.80 then 'new' when d.r_status < 0.88 then 'in_progress'
         when d.r_status < 0.96 then 'completed' when d.r_status < 0.99 then 'cancelled' else 'draft'
    end::task_status as status,
    now() - d.r_when * interval '90 days' as moment,
    s.sub_name, s.cat_name
  from draws d
  join subs s on s.n = d.sub_n
  join towns t on t.n = d.town_n
  join customers cu on cu.n = d.customer_n
),
timed_rows as (
  select r.*,
         case when r.status <> 'draft' then r.moment end as published_at,
         case when random() < 0.6 then date_trunc('hour', r.moment + random() * interval '14 days') end as starts_at
  from task_rows r
)
insert into tasks (customer_id, title, description, category_id, subcategory_id, city_id, district_id, address,
                   budget_type, budget_amount, starts_at, ends_at, urgency, status, published_at, cancel_reason,
                   search_text, closed_at, created_at, updated_at)
select customer_id, title, description, category_id, subcategory_id, city_id, district_id, address,
       budget_type, budget_amount, starts_at,
       case when starts_at is not null and random() < 0.3 then starts_at + (1 + floor(random() * 8)) * interval '1 hour' end,
       urgency, status, published_at,
       case when status = 'cancelled' then 'Нашёл исполнителя сам' end,
       concat_ws(' ', title, description, concat_ws(' ', cat_name->>'ru', cat_name->>'tg'), concat_ws(' ', sub_name->>'ru', sub_name->>'tg')),
       case when status in ('completed', 'cancelled') then moment + random() * interval '7 days' end,
       moment - random() * interval '2 hours',
       moment
from timed_rows
`;
