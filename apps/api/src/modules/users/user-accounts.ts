import { QueryBuilder } from 'drizzle-orm/pg-core';
import { users } from './users.table.js';

/**
 * An account as its owner and its public page show it (name, language, city, avatar, since when; the
 * contacts as entered, verified or not: presenters decide who sees them). A relation, not the table, for
 * the statement that reads a whole profile at once (profiles' `/me` and provider page).
 */
export const userAccounts = new QueryBuilder()
  .select({
    id: users.id,
    role: users.role,
    status: users.status,
    name: users.name,
    email: users.email,
    emailVerifiedAt: users.emailVerifiedAt,
    phone: users.phone,
    phoneVerifiedAt: users.phoneVerifiedAt,
    locale: users.locale,
    cityId: users.cityId,
    avatarFileId: users.avatarFileId,
    createdAt: users.createdAt,
  })
  .from(users)
  .as('user_accounts');
