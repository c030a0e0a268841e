import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

/**
 * How far a provider has looked at the new tasks matching them (decision 015): their new-task alerts are the
 * open matching tasks published after `seenUpTo`, computed from the feed, so this one row per provider is all
 * that is stored for them. No row: never marked (the last week counts as new).
 */
export const matchingTasksSeen = pgTable('matching_tasks_seen', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  seenUpTo: timestamp('seen_up_to', { withTimezone: true, precision: 3 }).notNull(),
});
