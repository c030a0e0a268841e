// The users module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { findUserByContact, findUserById, findUserNames, insertUser, lockUserForEdit, updateUser } from './users-repository.js';
export type { UserRow } from './users-repository.js';
export type { Contact } from './contact.js';
export { userAccounts } from './user-accounts.js';
export { userContacts } from './user-contacts.js';
