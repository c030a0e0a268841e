// Plain values of the admin-reports contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/**
 * A period's status at the moment of the request, one of: `revoked` (an admin ended it), `expired` (its
 * end has passed), `cancelled` (the provider cancelled; it runs to its end), `upcoming` (a renewal not yet
 * started), `active` (in force).
 */
export const AdminPeriodStatus = ['active', 'upcoming', 'cancelled', 'expired', 'revoked'] as const;
