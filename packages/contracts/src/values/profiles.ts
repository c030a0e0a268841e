// Plain values of the profiles contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** What the image upload endpoints take: one part named `field`; the API judges the bytes, not the declared type. */
export const imageUploadRules = {
  field: 'file',
  maxBytes: 10 * 1024 * 1024,
  /** For the file picker's `accept`; SVG and GIF are refused. */
  accept: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'],
} as const;

/** A provider shows at most this many portfolio photos. */
export const portfolioMaxPhotos = 12;
