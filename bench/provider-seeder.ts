import { defaultNotificationSettings } from '@dastiyor/api/src/modules/notifications/notification-settings-defaults.js';
import pg from 'pg';

/** Bench providers are recognisable by this e-mail domain (.invalid never resolves) and cannot sign in. */
export const providerDomain = 'providers.bench.dastiyor.invalid';

/**
 * Cohorts, by a hash of the id so every run agrees without storing them: a tenth of the providers have
 * a browser subscribed to push (its endpoint is re-made each run, pointing at that run's receiver), a
 * fiftieth asked for matching tasks by email one by one, one in two hundred is blocked.
 */
export const cohortSql = {
  device: (id: string) => `abs(hashtext(${id}::text)) % 10 = 0`,
  email: (id: string) => `abs(hashtext(${id}::text || ':email')) % 50 = 0`,
  blocked: (id: string) => `abs(hashtext(${id}::text || ':blocked')) % 200 = 0`,
};

/**
 * Writes `count` providers in one transaction, set-based, skewed the way the feed bench skews tasks
 * (random()^k over reference rows in display order): the capital and the first lines of work dominate.
 * Each serves one to three lines (70% a whole category, 30% one subcategory); a quarter of those in a
 * city with districts chose one or two of them. Device and email owners have quiet hours off, so the
 * bench measures pushes that are due now whatever the hour it runs at.
 */
export async function seedProviders(url: string, count: number): Promise<{ ms: number }> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const base = defaultNotificationSettings();
  const quiet = { ...base.quietHours, enabled: false };
  const deviceSettings = { ...base, quietHours: quiet };
  const emailSettings = {
    ...base,
    quietHours: quiet,
    channels: { ...base.channels, 'task.matching': { email: true, sms: false, push: true } },
  };
  try {
    await client.query('begin');
    await client.query(`
      create temp table seeded on commit drop as
      with towns as (
        select row_number() over (order by c.sort_order) as n, c.id,
               (select array_agg(d.id order by d.sort_order) from districts d where d.city_id = c.id) as district_ids
        from cities c
      ),
      sizes as (select count(*) as towns from towns)
      select gen_random_uuid() as id, g, t.id as city_id, t.district_ids, random() as r_lang, random() as r_districts, random() as r_lines
      from (select g, 1 + floor(power(random(), 3) * sizes.towns)::int as town_n from generate_series(1, ${Number(count)}) g, sizes offset 0) d
      join towns t on t.n = d.town_n`);
    await client.query(
      `insert into users (id, role, status, name, email, email_verified_at, password_hash, locale, created_at)
       select id, 'provider', case when ${cohortSql.blocked('id')} then 'blocked' else 'active' end::user_status,
              'Исполнитель ' || g, 'provider-' || g || '@${providerDomain}',
              case when ${cohortSql.email('id')} then now() end, '!bench-no-login',
              case when r_lang < 0.2 then 'tg' else 'ru' end::user_locale, now() - random() * interval '3 years'
       from seeded`,
    );
    await client.query(`insert into provider_profiles (user_id, service_city_id) select id, city_id from seeded`);
    await client.query(`
      with cats as (select row_number() over (order by sort_order) as n, id from categories where parent_id is null),
      subs as (
        select row_number() over (order by p.sort_order, c.sort_order) as n, c.id
        from categories c join categories p on p.id = c.parent_id
      ),
      sizes as (select (select count(*) from cats) as cats, (select count(*) from subs) as subs),
      picks as (
        select s.id as user_id, random() < 0.7 as whole, random() as r
        -- The count must come from the row: a bare random() here is drawn once for all of them.
        from seeded s, generate_series(1, 1 + floor(s.r_lines * 3)::int) k
        offset 0
      )
      insert into provider_categories (user_id, category_id)
      select p.user_id, case when p.whole then c.id else sc.id end
      from picks p cross join sizes
      left join lateral (select id from cats where n = 1 + floor(power(p.r, 2) * sizes.cats)::int) c on true
      left join lateral (select id from subs where n = 1 + floor(power(p.r, 2) * sizes.subs)::int) sc on true
      on conflict do nothing`);
    await client.query(`
      insert into provider_districts (user_id, district_id)
      select s.id, s.district_ids[1 + floor(random() * cardinality(s.district_ids))::int]
      from seeded s, generate_series(1, 1 + floor(s.r_districts * 8)::int) k
      where s.district_ids is not null and s.r_districts < 0.25
      on conflict do nothing`);
    await client.query(
      `insert into notification_settings (user_id, settings, updated_at)
       select id, case when ${cohortSql.email('id')} then $2::jsonb else $1::jsonb end, now()
       from seeded where ${cohortSql.device('id')} or ${cohortSql.email('id')}`,
      [JSON.stringify(deviceSettings), JSON.stringify(emailSettings)],
    );
    await client.query('commit');
    await client.query('vacuum (analyze) users, provider_profiles, provider_categories, provider_districts, notification_settings');
    return { ms: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

export async function countProviders(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from users where email like '%@${providerDomain}'`);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
