import pg from 'pg';

/**
 * The statements this process sends to PostgreSQL while `run` runs, as their SQL text: every pooled query
 * goes through `pg.Client#query`, prepared ones included (which a proxy on the drizzle handle cannot see once
 * the statement is built). Test files run one at a time per worker, so nothing else is counted.
 */
export async function wireStatements(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  // Any: pg's query has a dozen overloads; this only looks at the first argument and passes all on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const first: unknown = args[0];
    sent.push(typeof first === 'string' ? first : String((first as { text?: unknown }).text));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}
