import pg from 'pg';
import { providerDomain } from './provider-seeder.js';

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface Footprint {
  rows: number;
  bytes: number;
}

/**
 * What the fan-out keeps, table by table: its jobs (pg-boss keeps each queue in a partition of its
 * own), the archive they move to, the fan-out records, the dev outbox the emails land in, the in-app
 * notification rows (none for a new task since decision 015) and the providers' "seen up to" marks.
 */
export async function footprint(url: string): Promise<Record<string, Footprint>> {
  return withClient(url, async (c) => {
    const out: Record<string, Footprint> = {};
    const { rows: queues } = await c.query<{ name: string; partition_name: string }>(
      `select name, partition_name from pgboss.queue where name like 'notifications.%' order by name`,
    );
    for (const q of queues) {
      const { rows } = await c.query<{ rows: string; bytes: string }>(
        `select (select count(*) from pgboss.job where name = $1) as rows, pg_total_relation_size(('pgboss.' || $2)::regclass) as bytes`,
        [q.name, q.partition_name],
      );
      out[`pgboss.job ${q.name}`] = { rows: Number(rows[0]!.rows), bytes: Number(rows[0]!.bytes) };
    }
    for (const [name, sql] of [
      ['pgboss.archive', `select count(*) as rows, pg_total_relation_size('pgboss.archive') as bytes from pgboss.archive`],
      ['task_alert_fanouts', `select count(*) as rows, pg_total_relation_size('task_alert_fanouts') as bytes from task_alert_fanouts`],
      ['outbox_messages', `select count(*) as rows, pg_total_relation_size('outbox_messages') as bytes from outbox_messages`],
      ['notifications (in-app rows)', `select count(*) as rows, pg_total_relation_size('notifications') as bytes from notifications`],
      ['matching_tasks_seen', `select count(*) as rows, pg_total_relation_size('matching_tasks_seen') as bytes from matching_tasks_seen`],
    ] as const) {
      const { rows } = await c.query<{ rows: string; bytes: string }>(sql);
      out[name] = { rows: Number(rows[0]!.rows), bytes: Number(rows[0]!.bytes) };
    }
    return out;
  });
}

/** Alert and delivery jobs not done yet: due now, or held for later (quiet hours, a retry's back-off). */
export async function backlog(url: string): Promise<{ due: number; held: number; failed: number }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ due: string; held: string; failed: string }>(
      `select count(*) filter (where state in ('created', 'retry', 'active') and start_after <= now()) as due,
              count(*) filter (where state in ('created', 'retry') and start_after > now()) as held,
              count(*) filter (where state = 'failed') as failed
       from pgboss.job where name like 'notifications.task-alert%'`,
    );
    return { due: Number(rows[0]!.due), held: Number(rows[0]!.held), failed: Number(rows[0]!.failed) };
  });
}

/** The active providers a task matches, by the bench's own statement of the rule (EXISTS, not the API's). */
const matchingProviders = `with m as (
         select u.id, u.email_verified_at, s.settings
         from tasks t
         join provider_profiles p on p.service_city_id = t.city_id
         join users u on u.id = p.user_id and u.role = 'provider' and u.status = 'active'
         left join notification_settings s on s.user_id = u.id
         where t.id = $1
           and exists (select 1 from provider_categories pc where pc.user_id = u.id and pc.category_id in (t.category_id, t.subcategory_id))
           and (t.district_id is null
             or exists (select 1 from provider_districts d where d.user_id = u.id and d.district_id = t.district_id)
             or not exists (select 1 from provider_districts d where d.user_id = u.id))
       )`;

/** The ids of the active providers a task matches, by the bench's own rule. */
export async function expectedMatchingIds(url: string, taskId: string): Promise<Set<string>> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ id: string }>(`${matchingProviders} select id from m`, [taskId]);
    return new Set(rows.map((r) => r.id));
  });
}

/**
 * Who should get a task's alert, counted apart from the API's own query (the same rule, written with
 * EXISTS): the browsers of active matching providers who allow push, and the matching providers who
 * get these by email one by one at a verified address.
 */
export async function expectedDeliveries(url: string, taskId: string): Promise<{ matching: number; browsers: number; emails: number }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ matching: string; browsers: string; emails: string }>(
      `${matchingProviders}
       select (select count(*) from m) as matching,
              (select count(*) from m join push_subscriptions ps on ps.user_id = m.id
                where coalesce((m.settings->'channels'->'task.matching'->>'push')::boolean, true)) as browsers,
              (select count(*) from m where m.email_verified_at is not null
                and coalesce((m.settings->'channels'->'task.matching'->>'email')::boolean, false)
                and coalesce(m.settings->>'taskDigest', 'instant') = 'instant') as emails`,
      [taskId],
    );
    return { matching: Number(rows[0]!.matching), browsers: Number(rows[0]!.browsers), emails: Number(rows[0]!.emails) };
  });
}

/** The alert emails a task put in the dev outbox, and to how many distinct people. */
export async function alertEmails(url: string, taskId: string): Promise<{ emails: number; people: number }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ emails: string; people: string }>(
      `select count(*) as emails, count(distinct recipient) as people from outbox_messages
       where channel = 'email' and recipient like '%@${providerDomain}' and text like $1`,
      [`%/tasks/${taskId}%`],
    );
    return { emails: Number(rows[0]!.emails), people: Number(rows[0]!.people) };
  });
}
