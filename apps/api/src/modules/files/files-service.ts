import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DbOrTx } from '../../db/client.js';
import { notFound } from '../../platform/http/errors.js';
import type { Storage, StoredObject } from '../../platform/storage/storage.js';
import { deleteFilesOfOwner, type FileRow, findFileById, findFilesByIds, insertFile } from './files-repository.js';
import { renderImage } from './image-processing.js';
import { type ImageKind, imageSpecs, resolveVariantName, variantKey } from './image-variants.js';

export interface FilesDeps {
  db: Db;
  storage: Storage;
  log: Pick<FastifyBaseLogger, 'warn'>;
  /** Decides who may load a file that is not public (task photos); owned by the module the file belongs to. */
  canViewPrivate?: (file: FileRow, viewerId: string | null) => Promise<boolean>;
}

export interface NewImage {
  ownerId: string;
  kind: ImageKind;
  bytes: Buffer;
  /** Overrides the kind's storage folder (server-made ids only), e.g. chat images per conversation. */
  folder?: string;
}

/**
 * Checks and re-encodes an upload, stores its variants, then inserts the `files` row and runs
 * `attach` (link it, enforce a limit) in one transaction. When anything fails the stored objects
 * are removed again, so a refused upload leaves neither a row nor bytes behind.
 */
export async function storeImage<T>(deps: FilesDeps, image: NewImage, attach: (tx: DbOrTx, file: FileRow) => Promise<T>): Promise<T> {
  const spec = image.folder ? { ...imageSpecs[image.kind], folder: image.folder } : imageSpecs[image.kind];
  const rendered = await renderImage(image.bytes, spec);
  const id = randomUUID();
  const variants = Object.fromEntries(rendered.map((v) => [String(v.size), variantKey(spec, id, v.size)]));
  const large = rendered.at(-1)!;
  try {
    await Promise.all(rendered.map((v) => deps.storage.put(variantKey(spec, id, v.size), v.data, 'image/webp')));
    return await deps.db.transaction(async (tx) => {
      const file = await insertFile(tx, {
        id,
        ownerId: image.ownerId,
        kind: image.kind,
        variants,
        contentType: 'image/webp',
        width: large.width,
        height: large.height,
        // What the file costs in storage: every variant together.
        bytes: rendered.reduce((sum, v) => sum + v.data.length, 0),
      });
      return attach(tx, file);
    });
  } catch (error) {
    await discardObjects(deps, Object.values(variants));
    throw error;
  }
}

/** Deletes an owner's file rows inside the caller's transaction; pass the result to `discardStoredImages` after commit. */
export function deleteImageRecords(tx: DbOrTx, ownerId: string, ids: string[]): Promise<FileRow[]> {
  return deleteFilesOfOwner(tx, ownerId, ids);
}

/** Removes the stored bytes of deleted rows; a failure only leaves an orphan object, so it is logged, not thrown. */
export async function discardStoredImages(deps: Pick<FilesDeps, 'storage' | 'log'>, rows: FileRow[]): Promise<void> {
  const keys = rows.flatMap((row) => Object.values(row.variants));
  await discardObjects(deps, keys);
}

async function discardObjects(deps: Pick<FilesDeps, 'storage' | 'log'>, keys: string[]) {
  const results = await Promise.allSettled(keys.map((key) => deps.storage.delete(key)));
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [keys[i]] : []));
  if (failed.length > 0) deps.log.warn({ keys: failed }, 'stored image objects could not be deleted');
}

export function findImages(db: DbOrTx, ids: string[]): Promise<FileRow[]> {
  return findFilesByIds(db, ids);
}

// Avatars and portfolio photos are public by design; other kinds ask `canViewPrivate`.
const publicKinds = new Set<FileRow['kind']>(['avatar', 'portfolio']);

export const isPublicFile = (file: FileRow) => publicKinds.has(file.kind);

/** One variant's bytes by file id and size name or alias; unknown ids, sizes and private kinds are 404. */
export async function openImageVariant(
  deps: FilesDeps,
  id: string,
  size: string,
  viewerId: string | null = null,
): Promise<StoredObject & { isPublic: boolean }> {
  const file = await findFileById(deps.db, id);
  if (!file) throw notFound('No such file');
  const isPublic = isPublicFile(file);
  if (!isPublic && !(file.ownerId === viewerId || (await deps.canViewPrivate?.(file, viewerId)))) throw notFound('No such file');
  const name = resolveVariantName(file.variants, size);
  if (!name) throw notFound('No such size of this file');
  const stored = await deps.storage.get(file.variants[name]!);
  if (!stored) {
    deps.log.warn({ fileId: id, size: name }, 'a file row points to a missing object');
    throw notFound('No such file');
  }
  return { ...stored, isPublic };
}
