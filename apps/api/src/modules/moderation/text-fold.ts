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
