import { index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { categories, cities, districts } from '../catalog/catalog.table.js';
import { files } from '../files/files.table.js';
import { users } from '../users/users.table.js';

/** The provider side of an account; rating fields are maintained by the reviews module. */
export const providerProfiles = pgTable(
  'provider_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    description: text('description').notNull().default(''),
    skills: text('skills').array().notNull().default([]),
    serviceCityId: uuid('service_city_id').references(() => cities.id),
    ratingAverage: numeric('rating_average', { precision: 3, scale: 2, mode: 'number' }),
    reviewsCount: integer('reviews_count').notNull().default(0),
    completedCount: integer('completed_count').notNull().default(0),
    /** An admin checked this provider (issue 8): a badge customers see. */
    verifiedAt: timestamp('verified_at', { withTimezone: true, precision: 3 }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // New-task matching starts from the task's city (issue 15: without it every provider was scanned).
  (t) => [index('provider_profiles_city_idx').on(t.serviceCityId, t.userId)],
);

/** Categories a provider serves: a join table so new-task fan-out can use an index. */
export const providerCategories = pgTable(
  'provider_categories',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
  },
  // The key serves "what does this provider do"; the index serves matching: "who does this category".
  (t) => [primaryKey({ columns: [t.userId, t.categoryId] }), index('provider_categories_category_idx').on(t.categoryId, t.userId)],
);

export const providerDistricts = pgTable(
  'provider_districts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.districtId] })],
);

export const portfolioItems = pgTable(
  'portfolio_items',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.fileId] })],
);
