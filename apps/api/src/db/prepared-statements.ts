import type { DbOrTx } from './client.js';

/**
 * Named (server-side prepared) statements, one per signature, per database handle. With node-postgres each
 * pooled connection parses and plans a statement once and then reuses it, instead of planning it on every
 * request; PGlite ignores the name and runs it as before. A signature names one SQL text (the caller's
 * statement kind plus whatever changes its text: filter set, sort, row counts), so one text always has one
 * name process-wide; past `maxStatements` signatures (odd filter mixes) the query runs unnamed (null here)
 * rather than growing every connection's statement cache. The hot paths use it: the feed, `/me`, a task page.
 */
const maxStatements = 256;
const statementNames = new Map<string, string>();
const preparedByDb = new WeakMap<DbOrTx, Map<string, unknown>>();

export function preparedStatement<P>(db: DbOrTx, signature: string, build: () => { prepare(name: string): P }): P | null {
  let prepared = preparedByDb.get(db);
  if (!prepared) preparedByDb.set(db, (prepared = new Map()));
  // One signature is only ever built by one statement kind, so what is cached under it is a P.
  const cached = prepared.get(signature) as P | undefined;
  if (cached) return cached;
  let name = statementNames.get(signature);
  if (!name) {
    if (statementNames.size >= maxStatements) return null;
    name = `prepared_${statementNames.size}`;
    statementNames.set(signature, name);
  }
  const statement = build().prepare(name);
  prepared.set(signature, statement);
  return statement;
}
