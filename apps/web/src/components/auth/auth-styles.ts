/** A link or button that reads as text but is still a 44 px tall target. */
export const textLinkClass =
  'inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900';
