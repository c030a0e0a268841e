import type { Db } from '../src/db/client.js';

/** The database, counting the reads asked of it (selects and raw statements): how a test shows work is done in a few queries, not one per row. */
export function countingSelects(target: Db): { db: Db; counter: { selects: number } } {
  const counter = { selects: 0 };
  const db = new Proxy(target, {
    get(t, key, receiver) {
      if (key === 'select' || key === 'execute') counter.selects += 1;
      return Reflect.get(t, key, receiver);
    },
  });
  return { db, counter };
}
