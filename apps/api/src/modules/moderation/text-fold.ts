import { createHash } from 'node:crypto';

/**
 * The folding the task search does in SQL (`dastiyor_fold`: lower case, the six Tajik letters onto their
 * Russian look-alikes), plus ё → е, which people type either way. "ҷевон" and "чевон" fold to one word.
 */
export function foldText(input: string): string {
  return input.toLowerCase().replace(/[ғӣқӯҳҷё]/g, (c) => foldMap[c] ?? c);
}

const foldMap: Record<string, string> = { ғ: 'г', ӣ: 'и', қ: 'к', ӯ: 'у', ҳ: 'х', ҷ: 'ч', ё: 'е' };

/** Folded words of a text: runs of letters and digits, everything else is a separator. */
export function foldedWords(input: string): string[] {
  return foldText(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A stop word or phrase as stored: its folded words joined by one space ('' when it has none). */
export const normaliseStopWord = (input: string): string => foldedWords(input).join(' ');

/**
 * Latin and Greek letters that look like Cyrillic ones (after lower-casing), folded onto the Cyrillic letter:
 * tasks and responses are written in Russian or Tajik, so a Latin "о" inside Cyrillic text is the disguise.
 * A wholly Latin text folds too, the same way on both sides, so equality still means "the same text".
 */
const lookAlikes: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  n: 'п',
  o: 'о',
  p: 'р',
  r: 'г',
  t: 'т',
  u: 'и',
  x: 'х',
  y: 'у',
  α: 'а',
  β: 'в',
  ε: 'е',
  η: 'н',
  ι: 'і',
  κ: 'к',
  μ: 'м',
  ο: 'о',
  π: 'п',
  ρ: 'р',
  τ: 'т',
  υ: 'у',
  χ: 'х',
};
const lookAlikePattern = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'g');

/**
 * The text the spam rules compare (duplicate tasks, copy-pasted responses): NFKC (full-width and compatibility
 * forms onto plain ones), lower case with the Tajik and ё folding of `foldText`, look-alike letters onto
 * Cyrillic, and then only letters and digits, concatenated: case, punctuation, whitespace of every kind (NBSP
 * included), invisible and format characters (zero-width, soft hyphen, BOM, bidi marks) and combining marks
 * do not count. A text with no letter or digit at all (emoji only) keeps its lower-cased form, so two
 * different ones do not fold to the same empty key. Migration 0022 mirrors this in SQL for the backfill.
 */
export function spamKey(input: string): string {
  const folded = foldText(input.normalize('NFKC')).replace(lookAlikePattern, (c) => lookAlikes[c] ?? c);
  const key = (folded.match(/[\p{L}\p{N}]+/gu) ?? []).join('');
  return key === '' ? folded.replace(/\s+/gu, ' ').trim() : key;
}

/**
 * A fixed-size fingerprint of one or more texts' spam keys (SHA-256, hex), stored on write and indexed,
 * so the spam checks are an equality lookup however long the text. Parts stay apart (title, description).
 */
export function spamFingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.map(spamKey).join('\u0001'), 'utf8').digest('hex');
}
