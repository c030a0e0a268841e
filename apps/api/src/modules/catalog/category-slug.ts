// Latin slugs from Russian or Tajik names: a readable transliteration, then only [a-z0-9-].
const letters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'gh',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  ӣ: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ӯ: 'u',
  ф: 'f',
  х: 'kh',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ҷ: 'j',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** `Ремонт квартир` → `remont-kvartir`; at most 60 characters; `category` when nothing Latin is left. */
export function slugFromName(name: string): string {
  const latin = [...name.toLowerCase()].map((c) => letters[c] ?? c).join('');
  const slug = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'category';
}

/** The prefix every candidate of `freeSlug(base)` starts with. */
export const slugPrefix = (base: string) => base.slice(0, 56);

/** `base`, or `base-2`, `base-3`… whichever is not taken (`taken`: the slugs starting with slugPrefix(base)). */
export function freeSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${slugPrefix(base)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
