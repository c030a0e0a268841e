import type { AnyColumn, Placeholder, SQL } from 'drizzle-orm';

/** What a SQL fragment compares against: a bound value, a prepared statement's placeholder, or an outer query's column. */
export type SqlOperand = string | Placeholder | SQL | AnyColumn;
