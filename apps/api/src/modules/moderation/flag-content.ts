import type { Db, DbOrTx } from '../../db/client.js';
import { type ComplaintRow, hasOpenFlag, insertComplaint } from '../complaints/index.js';
import { cachedStopWords } from './stop-word-cache.js';
import { findStopWords } from './stop-word-matcher.js';

export interface FlaggableContent {
  targetType: Extract<ComplaintRow['targetType'], 'task' | 'response' | 'message'>;
  targetId: string;
  /** Who wrote it: the one a moderator may warn or block. */
  authorId: string;
  text: string;
  now: Date;
}

/**
 * Post-moderation (decision 006): content with a stop word stays published and lands in the admin queue as a
 * complaint of source `stop_word`, in the caller's transaction. One open flag per target: an edit that still
 * matches adds nothing. Answers the words that matched.
 */
export async function flagStopWords(tx: DbOrTx, db: Db, content: FlaggableContent): Promise<string[]> {
  const matched = findStopWords(content.text, await cachedStopWords(db, tx));
  if (matched.length === 0 || (await hasOpenFlag(tx, content.targetType, content.targetId))) return matched;
  await insertComplaint(tx, {
    source: 'stop_word',
    reporterId: null,
    targetType: content.targetType,
    targetId: content.targetId,
    targetUserId: content.authorId,
    reason: 'stop_word',
    matchedWords: matched,
    createdAt: content.now,
  });
  return matched;
}
