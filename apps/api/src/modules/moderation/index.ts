// The moderation module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { flagStopWords } from './flag-content.js';
export { forgetStopWords } from './stop-word-cache.js';
export { deleteStopWord, findStopWordsPage, insertStopWord } from './stop-words-repository.js';
export type { StopWordRow } from './stop-words-repository.js';
export { normaliseStopWord, spamFingerprint } from './text-fold.js';
