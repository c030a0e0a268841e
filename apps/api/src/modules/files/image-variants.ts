/** The image kinds this module renders. */
export type ImageKind = 'avatar' | 'portfolio' | 'task_photo' | 'chat_image';

export interface ImageSpec {
  /** First segment of every storage key of this kind. */
  folder: string;
  /** `cover`: cropped square around the centre; `inside`: aspect ratio kept, never enlarged. */
  fit: 'cover' | 'inside';
  /** Edge lengths in px, smallest first; they name the variants ("96", "256", …). */
  sizes: readonly [number, number, number];
}

export const imageSpecs: Record<ImageKind, ImageSpec> = {
  avatar: { folder: 'avatars', fit: 'cover', sizes: [96, 256, 512] },
  portfolio: { folder: 'portfolio', fit: 'inside', sizes: [320, 960, 1600] },
  task_photo: { folder: 'tasks', fit: 'inside', sizes: [320, 960, 1600] },
  // Stored under chat/<conversationId>/ (see NewImage.folder): the key records which chat an upload is for.
  chat_image: { folder: 'chat', fit: 'inside', sizes: [320, 960, 1600] },
};

/** The names clients use, in the order of `ImageSpec.sizes`. */
export const sizeAliases = ['small', 'medium', 'large'] as const;
export type SizeAlias = (typeof sizeAliases)[number];

/** Storage key of one variant; only server-made ids go in, never a name a user chose. */
export const variantKey = (spec: ImageSpec, fileId: string, size: number) => `${spec.folder}/${fileId}/${size}.webp`;

/** A variant name ("256") from a requested size, which may also be an alias ("medium"); null when unknown. */
export function resolveVariantName(variants: Record<string, string>, requested: string): string | null {
  const names = Object.keys(variants).sort((a, b) => Number(a) - Number(b));
  const aliasIndex = sizeAliases.indexOf(requested as SizeAlias);
  const name = aliasIndex >= 0 ? names[aliasIndex] : requested;
  return name !== undefined && Object.hasOwn(variants, name) ? name : null;
}
