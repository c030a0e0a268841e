import type { Db, DbOrTx } from '../../db/client.js';
import { allStopWords } from './stop-words-repository.js';

/** How long an instance trusts its copy of the list; an edit on another instance shows within this time. */
export const stopWordCacheMs = 30_000;

// Per database handle, so apps over different databases (tests) never share a list.
const cache = new WeakMap<Db, { words: string[]; at: number }>();

/**
 * The stop-word list, read at most every 30 s per database (every chat message passes through here).
 * `reader` is the caller's transaction: on the embedded single-connection database a read outside it would wait for it.
 */
export async function cachedStopWords(db: Db, reader: DbOrTx, now = Date.now()): Promise<string[]> {
  const hit = cache.get(db);
  if (hit && now - hit.at < stopWordCacheMs) return hit.words;
  const words = await allStopWords(reader);
  cache.set(db, { words, at: now });
  return words;
}

/** After an admin changes the list: this instance reads it afresh on the next check. */
export function forgetStopWords(db: Db): void {
  cache.delete(db);
}
