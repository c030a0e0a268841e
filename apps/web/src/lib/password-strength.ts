/**
 * Password strength as the API judges it (zxcvbn score ≥ 3 passes), for a meter under the field.
 * The dictionaries weigh about a megabyte, so they load on first use, never with the page.
 */

export type PasswordScorer = (password: string, userInputs: readonly string[]) => number;

/** The API refuses anything that scores below this. */
export const acceptedScore = 3;

/** Words the API also treats as known: the site's own name in both scripts. */
const siteWords = ['dastiyor', 'дастёр', 'дастиёр'];

let scorer: Promise<PasswordScorer> | null = null;

/** Loads zxcvbn and its dictionaries once; later calls share the same promise. A failed load may be retried. */
export function loadPasswordScorer(): Promise<PasswordScorer> {
  scorer ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')])
    .then(([core, common, english]) => {
      core.zxcvbnOptions.setOptions({
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...english.dictionary },
      });
      return (password: string, userInputs: readonly string[]) => core.zxcvbn(password, [...userInputs, ...siteWords]).score;
    })
    .catch((error: unknown) => {
      scorer = null;
      throw error;
    });
  return scorer;
}

export type StrengthLevel = 'empty' | 'short' | 'weak' | 'fair' | 'good' | 'strong';

/** What the meter shows: the length rule first, then zxcvbn's score (0..4) in four steps. */
export function strengthLevel(password: string, score: number | null): StrengthLevel {
  if (password.length === 0) return 'empty';
  if (password.length < 8) return 'short';
  if (score === null) return 'short';
  if (score < 2) return 'weak';
  if (score < acceptedScore) return 'fair';
  return score >= 4 ? 'strong' : 'good';
}

/** How many of the meter's four bars a level fills. */
export function filledBars(level: StrengthLevel): number {
  return { empty: 0, short: 1, weak: 1, fair: 2, good: 3, strong: 4 }[level];
}
