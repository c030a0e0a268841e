import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

export const stopWordLocale = pgEnum('stop_word_locale', ['ru', 'tg']);

/** Words that send new tasks, responses and messages into the moderation queue; matched on folded text. */
export const stopWords = pgTable('stop_words', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored folded (lower case, Tajik letters normalised) so matching needs no per-row work. */
  word: text('word').notNull().unique(),
  locale: stopWordLocale('locale').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
});
