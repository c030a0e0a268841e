import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import * as schema from '../src/db/schema/index.js';
import { findDeliveryContact, findDeliveryTargets } from '../src/modules/notifications/delivery-repository.js';
import { findUnfinishedTaskAlerts } from '../src/modules/notifications/task-alert-fanout-repository.js';
import { findAlertRecipientDetails, findMatchingOrder } from '../src/modules/notifications/task-alert-recipients-repository.js';
import { findDigestSubscribers } from '../src/modules/notifications/task-digest-repository.js';
import { findProviderResponses } from '../src/modules/responses/responses-repository.js';
import { categoryNames, cityNames, districtNames } from '../src/modules/catalog/index.js';
import { providersServing } from '../src/modules/profiles/index.js';
import { taskStatuses } from '../src/modules/tasks/index.js';
import { findFeedTasks, findPinnedFeedTasks } from '../src/modules/tasks/task-feed-repository.js';
import { userAccounts, userContacts } from '../src/modules/users/index.js';
import { liveSessionOf } from '../src/modules/auth/index.js';
import { findLiveSession } from '../src/modules/auth/sessions-repository.js';
import { imageSizes } from '../src/modules/files/image-sizes.js';
import { loadProfileView, loadProfileViewBySession } from '../src/modules/profiles/profile-view.js';
import { responsesCountOf } from '../src/modules/responses/index.js';
import { findTaskPage } from '../src/modules/tasks/task-page-repository.js';
import { createTask, createUser, referencePlaces } from './factories.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * Hot queries read other modules' data through relations and predicates the owners export (users'
 * userContacts, tasks' taskStatuses, the catalog's names, profiles' providersServing) instead of their tables
 * (decision 016). That costs nothing only while PostgreSQL pulls each relation up into the query that joins
 * it: a relation that grew a LIMIT, a DISTINCT or an aggregate would stay a subquery scanned whole. Each
 * relation is checked to be a plain projection (what PostgreSQL pulls up), and each statement is explained
 * as the repository sends it: no plan node may scan one of those relations.
 */

describe("the owners' relations are plain projections", () => {
  const dialect = new PgDialect();
  const relations = {
    userContacts: userContacts._.sql,
    taskStatuses: taskStatuses._.sql,
    categoryNames: categoryNames('categories')._.sql,
    cityNames: cityNames._.sql,
    districtNames: districtNames._.sql,
    providersServing: providersServing({ cityId: 'c', districtId: 'd' }, ['a', 'b']),
    userAccounts: userAccounts._.sql,
    imageSizes: imageSizes._.sql,
    liveSessionOf: liveSessionOf('hash', '2026-12-03T00:00:00Z')._.sql,
  };
  for (const [name, query] of Object.entries(relations)) {
    it(`${name} has no limit, offset, distinct, grouping, ordering, set operation or window`, () => {
      const text = dialect.sqlToQuery(query).sql.toLowerCase();
      expect(text).toMatch(/^\s*select\b/);
      expect(text).not.toMatch(/\b(limit|offset|distinct|group by|having|order by|union|intersect|except|over)\b/);
    });
  }
});

interface PlanNode {
  'Node Type': string;
  Alias?: string;
  Plans?: PlanNode[];
}

const ownersRelations = new Set([
  'user_contacts',
  'user_accounts',
  'image_sizes',
  'live_session',
  'task_statuses',
  'categories',
  'subcategories',
  'city_names',
  'district_names',
  's',
]);

function subqueryScans(node: PlanNode, into: string[] = []): string[] {
  if (node['Node Type'] === 'Subquery Scan' && node.Alias && ownersRelations.has(node.Alias)) into.push(node.Alias);
  for (const child of node.Plans ?? []) subqueryScans(child, into);
  return into;
}

describe.runIf(inject('testDatabase').kind === 'postgres')("the owners' relations are folded into the queries that use them", () => {
  let testDb: TestDatabase;
  let pool: pg.Pool;
  let db: Db;
  let statements: { sql: string; params: unknown[] }[] = [];
  let ids: { provider: string; task: string; city: string; category: string; subcategory: string };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const places = await referencePlaces(testDb.database.db);
    const customer = await createUser(testDb.database.db);
    const provider = await createUser(testDb.database.db, { role: 'provider' });
    const task = await createTask(testDb.database.db, customer.id, { publishedAt: new Date() });
    ids = { provider: provider.id, task: task.id, city: places.cityId, category: places.categoryId, subcategory: places.subcategoryId };
    pool = new pg.Pool({ connectionString: testDb.url!, max: 1 });
    db = drizzle(pool, { schema, logger: { logQuery: (text, params) => void statements.push({ sql: text, params }) } }) as unknown as Db;
  });

  afterAll(async () => {
    await pool?.end();
    await testDb?.drop();
  });

  const now = new Date();
  const alertTask = () => ({
    id: ids.task,
    title: 'task',
    categoryId: ids.category,
    subcategoryId: ids.subcategory,
    cityId: ids.city,
    districtId: null,
  });
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['the feed page', () => findFeedTasks(db, { cityId: ids.city }, 'newest', null, 20)],
    ['the pinned block', () => findPinnedFeedTasks(db, {}, ids.provider, { since: new Date(now.getTime() - 3_600_000), now }, 5)],
    ["a provider's responses by outcome", () => findProviderResponses(db, ids.provider, { outcome: 'not_chosen', after: null, limit: 20 })],
    ["one person's contact", () => findDeliveryContact(db, ids.provider)],
    ['the delivery targets', () => findDeliveryTargets(db, [ids.provider])],
    ['the digest subscribers', () => findDigestSubscribers(db)],
    ['the unfinished fan-outs', () => findUnfinishedTaskAlerts(db, { from: new Date(0), to: now }, 10)],
    ['the matching order', () => findMatchingOrder(db, alertTask(), null, 1000)],
    ["a batch's details", () => findAlertRecipientDetails(db, [{ rank: 1n, userId: ids.provider }])],
    ['the session check', () => findLiveSession(db, 'no-such-hash', now)],
    ['/me with its session', () => loadProfileViewBySession(db, 'no-such-hash', now)],
    // An id that names no one: the plan is the same, and the catalog the presenter needs is not loaded.
    ["a provider's page", () => loadProfileView(db, '00000000-0000-4000-8000-000000000000', 'active-provider')],
    ['a task page', () => findTaskPage(db, ids.task, responsesCountOf)],
  ];

  for (const [name, run] of cases) {
    it(`${name}: no subquery scan of an owner's relation`, async () => {
      statements = [];
      await run();
      const selects = statements.filter((s) => /^\s*(with|select)\b/i.test(s.sql));
      expect(selects).toHaveLength(1);
      const { rows } = await pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (costs off, format json) ${selects[0]!.sql}`,
        selects[0]!.params,
      );
      expect(subqueryScans(rows[0]!['QUERY PLAN'][0].Plan)).toEqual([]);
    });
  }
});
