// Plain values of the admin-users contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** Every account role and status an admin can filter by. */
export const AdminUserRole = ['customer', 'provider', 'admin'] as const;

export const AdminUserStatus = ['active', 'blocked'] as const;
