import type { TStopWord, TStopWordsResponse } from '@dastiyor/contracts';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset-cursor.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import {
  forgetStopWords,
  type StopWordRow,
  deleteStopWord,
  findStopWordsPage,
  insertStopWord,
  normaliseStopWord,
} from '../../moderation/index.js';
import type { AdminDeps } from '../admin-deps.js';

const presentStopWord = (row: StopWordRow): TStopWord => ({
  id: row.id,
  word: row.word,
  locale: row.locale,
  createdAt: row.createdAt.toISOString(),
});

export async function listStopWords(
  deps: Pick<AdminDeps, 'db'>,
  admin: Actor,
  query: { locale?: 'ru' | 'tg'; cursor?: string; limit: number },
): Promise<TStopWordsResponse> {
  assertAdmin(admin);
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findStopWordsPage(deps.db, { locale: query.locale, before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentStopWord),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** Stored folded, so "Ҷевон" and "чевон" are one entry (a second is 409); punctuation alone is 400. */
export async function addStopWord(
  deps: Pick<AdminDeps, 'db' | 'clock'>,
  admin: Actor,
  input: { word: string; locale: 'ru' | 'tg' },
  origin: RequestOrigin,
): Promise<TStopWord> {
  assertAdmin(admin);
  const word = normaliseStopWord(input.word);
  if (word === '') {
    throw new AppError('validation.failed', 'A stop word needs letters or digits', {
      errors: [{ path: 'body.word', code: 'no_letters', message: 'Type a word' }],
    });
  }
  const now = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertStopWord(tx, { word, locale: input.locale, createdBy: admin.id, createdAt: now });
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'stop_word.create',
      targetType: 'stop_word',
      targetId: inserted.id,
      after: { word, locale: input.locale },
    });
    return inserted;
  });
  forgetStopWords(deps.db);
  return presentStopWord(row);
}

export async function removeStopWord(
  deps: Pick<AdminDeps, 'db' | 'clock'>,
  admin: Actor,
  id: string,
  origin: RequestOrigin,
): Promise<void> {
  assertAdmin(admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const removed = await deleteStopWord(tx, id);
    if (!removed) throw notFound('No such stop word');
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'stop_word.delete',
      targetType: 'stop_word',
      targetId: id,
      before: { word: removed.word, locale: removed.locale },
    });
  });
  forgetStopWords(deps.db);
}
