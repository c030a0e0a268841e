import { sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { users } from './users.table.js';

/**
 * A person as other modules' set-based queries may read them (the deliveries, the fan-out, the digest): role,
 * status, language and contacts, each contact only once verified. A relation, not the table: PostgreSQL pulls
 * a plain subquery up into the query that joins it, so the plan is the one the table itself would get.
 */
export const userContacts = new QueryBuilder()
  .select({
    id: users.id,
    role: users.role,
    status: users.status,
    locale: users.locale,
    email: sql<string | null>`case when ${users.emailVerifiedAt} is not null then ${users.email} end`.as('email'),
    phone: sql<string | null>`case when ${users.phoneVerifiedAt} is not null then ${users.phone} end`.as('phone'),
  })
  .from(users)
  .as('user_contacts');
