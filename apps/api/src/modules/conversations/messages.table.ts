import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { conversations } from './conversations.table.js';
import { files } from '../files/files.table.js';
import { users } from '../users/users.table.js';

/** A chat message: text, an image, or both. Stored before it is delivered, so none is lost. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id),
    /** Plain text, rendered as text; up to 4,000 characters (checked by the contract). */
    body: text('body'),
    /** A private chat_image file: only the two participants can load it. */
    imageId: uuid('image_id').references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    // History pages newest-first by keyset (createdAt, id).
    index('messages_conversation_idx').on(t.conversationId, t.createdAt.desc(), t.id.desc()),
    check('messages_not_empty', sql`${t.body} is not null or ${t.imageId} is not null`),
  ],
);

export type MessageRow = typeof messages.$inferSelect;
