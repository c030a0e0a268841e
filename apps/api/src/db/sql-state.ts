/** Whether a PostgreSQL error carries this SQLSTATE, also when a driver or Drizzle wrapped it. */
export function hasSqlState(error: unknown, state: string): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === state) return true;
  }
  return false;
}
