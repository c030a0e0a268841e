import { foldedWords } from './text-fold.js';

/**
 * The stop words (stored normalised, see normaliseStopWord) found in a text as whole words: "спам" matches
 * "Спам!" but not "спаминг"; a phrase matches its words in a row. Answers each match once, in list order.
 */
export function findStopWords(text: string, stopWords: readonly string[]): string[] {
  if (stopWords.length === 0) return [];
  const padded = ` ${foldedWords(text).join(' ')} `;
  return stopWords.filter((word) => word !== '' && padded.includes(` ${word} `));
}
