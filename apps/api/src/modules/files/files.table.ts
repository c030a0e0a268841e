import { integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

export const fileKind = pgEnum('file_kind', ['avatar', 'portfolio', 'task_photo', 'chat_image']);

/** An uploaded image after re-encoding: one row, several sizes stored under `variants`. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  kind: fileKind('kind').notNull(),
  /** Size name → storage key, e.g. { "256": "avatars/<id>/256.webp" }. */
  variants: jsonb('variants').$type<Record<string, string>>().notNull(),
  contentType: text('content_type').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: integer('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
