import { type SQL, sql } from 'drizzle-orm';
import { customType, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { categories, cities, districts } from '../catalog/catalog.table.js';
import { files } from '../files/files.table.js';
import { users } from '../users/users.table.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const taskHiddenCause = pgEnum('task_hidden_cause', ['admin', 'owner_blocked']);
export const taskStatus = pgEnum('task_status', ['draft', 'new', 'in_progress', 'completed', 'cancelled']);
export const budgetType = pgEnum('budget_type', ['fixed', 'negotiable']);
export const taskUrgency = pgEnum('task_urgency', ['normal', 'urgent']);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    subcategoryId: uuid('subcategory_id')
      .notNull()
      .references(() => categories.id),
    cityId: uuid('city_id')
      .notNull()
      .references(() => cities.id),
    districtId: uuid('district_id').references(() => districts.id),
    /** Private: only the customer and the selected provider ever see it. */
    address: text('address'),
    budgetType: budgetType('budget_type').notNull(),
    /** Diram; null when negotiable. */
    budgetAmount: integer('budget_amount'),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }),
    urgency: taskUrgency('urgency').notNull().default('normal'),
    status: taskStatus('status').notNull().default('draft'),
    /** Whole milliseconds (precision 3): feed cursors carry JavaScript times. */
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    cancelReason: text('cancel_reason'),
    /** The provider whose response the customer selected; with an active subscription they see the contacts. */
    selectedProviderId: uuid('selected_provider_id').references(() => users.id),
    /** The selected provider asked the customer to confirm the work is done. */
    completionRequestedAt: timestamp('completion_requested_at', { withTimezone: true, precision: 3 }),
    /** Title, description and category names in both languages, composed on write; what search reads. */
    searchText: text('search_text').notNull().default(''),
    /** `spamFingerprint(title, description)` (moderation/text-fold.ts), written with the text: the duplicate-task rule. */
    textFingerprint: text('text_fingerprint'),
    /**
     * search_text parsed once on write: matching a stored vector costs microseconds a row, while
     * to_tsvector() at read time cost ~90 µs a row and made search the feed's slowest shape (BENCHMARKS.md).
     */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('russian'::regconfig, dastiyor_fold(${tasks.searchText}))`,
    ),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** When the new-task fan-out ran; a published task still without it after a few minutes is swept up again. */
    matchedAt: timestamp('matched_at', { withTimezone: true, precision: 3 }),
    /**
     * Hidden by moderation (issue 8): out of the feed and off every page but the owner's and admins'.
     * `hiddenCause` says who may lift it: unblocking a user unhides only what blocking hid.
     */
    hiddenAt: timestamp('hidden_at', { withTimezone: true, precision: 3 }),
    hiddenCause: taskHiddenCause('hidden_cause'),
    hiddenReason: text('hidden_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The public feed: open tasks, newest first, keyset on (published_at, id); one index per common filter.
    index('tasks_feed_idx')
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'new'`),
    index('tasks_feed_category_idx')
      .on(t.categoryId, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'new'`),
    index('tasks_feed_subcategory_idx')
      .on(t.subcategoryId, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'new'`),
    index('tasks_feed_city_idx')
      .on(t.cityId, t.districtId, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'new'`),
    index('tasks_feed_search_idx')
      .using('gin', t.searchVector)
      .where(sql`${t.status} = 'new'`),
    index('tasks_feed_title_trgm_idx')
      .using('gin', sql`dastiyor_fold(${t.title}) gin_trgm_ops`)
      .where(sql`${t.status} = 'new'`),
    index('tasks_customer_idx').on(t.customerId, t.createdAt.desc()),
    // The duplicate-task rule: the same normalised text from one customer within 24 hours.
    index('tasks_customer_fingerprint_idx')
      .on(t.customerId, t.textFingerprint, t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    // Admin: the task list newest first; the dashboard's published / closed per day.
    index('tasks_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('tasks_published_idx')
      .on(t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    index('tasks_closed_idx')
      .on(t.closedAt)
      .where(sql`${t.closedAt} is not null`),
    index('tasks_selected_provider_idx')
      .on(t.selectedProviderId, t.status)
      .where(sql`${t.selectedProviderId} is not null`),
  ],
);

/** Photos of a task, in the order the customer gave; a file belongs to one task at most. */
export const taskAttachments = pgTable(
  'task_attachments',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.fileId] }), uniqueIndex('task_attachments_file_uq').on(t.fileId)],
);
