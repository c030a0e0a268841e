import sharp from 'sharp';
import { AppError } from '../../platform/http/errors.js';
import type { ImageSpec } from './image-variants.js';

/** Formats judged by their bytes; SVG (scripts), GIF, TIFF, PDF and everything else are refused. */
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'heif']);
/** Beyond a 50 MP phone camera; refuses decompression bombs before any pixel is decoded. */
export const maxInputPixels = 64_000_000;

export interface RenderedVariant {
  size: number;
  data: Buffer;
  width: number;
  height: number;
}

const fileError = (code: string, message: string) =>
  new AppError('validation.failed', message, { errors: [{ path: 'body.file', code, message }] });

/** Reads the header only: the format and dimensions the bytes really have, whatever the client declared. */
async function inspect(bytes: Buffer) {
  if (bytes.length === 0) throw fileError('empty', 'The file is empty');
  // No pixel limit on the header read itself: the check below answers with a clear error instead.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new AppError('unsupported_media_type', 'The file is not an image; send a JPEG, PNG, WebP or HEIC photo');
    });
  if (!acceptedFormats.has(meta.format)) {
    throw new AppError(
      'unsupported_media_type',
      `${meta.format.toUpperCase()} images are not accepted; send a JPEG, PNG, WebP or HEIC photo`,
    );
  }
  if (meta.width * meta.height > maxInputPixels) throw fileError('too_many_pixels', 'The image has too many pixels');
  return meta;
}

/**
 * Re-encodes an upload into WebP variants. Orientation from EXIF is applied first; the output
 * carries no metadata at all (sharp writes none unless asked), so EXIF, GPS and XMP never leave.
 */
export async function renderImage(bytes: Buffer, spec: ImageSpec): Promise<RenderedVariant[]> {
  const meta = await inspect(bytes);
  // Decoded once per variant: JPEG shrink-on-load keeps each pass cheap, and the pipelines run in parallel.
  // 'error' still refuses damaged and truncated files but lets through the harmless warnings some phone JPEGs raise.
  const source = sharp(bytes, { limitInputPixels: maxInputPixels, failOn: 'error' }).autoOrient();
  try {
    return await Promise.all(
      spec.sizes.map(async (size) => {
        const { data, info } = await source
          .clone()
          .resize(
            spec.fit === 'cover'
              ? { width: size, height: size, fit: 'cover', position: 'centre' }
              : { width: size, height: size, fit: 'inside', withoutEnlargement: true },
          )
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { size, data, width: info.width, height: info.height };
      }),
    );
  } catch {
    // Prebuilt sharp reads AVIF-coded HEIF only; iPhone HEIC (HEVC) needs a libvips built with libde265.
    if (meta.format === 'heif') throw new AppError('unsupported_media_type', 'This HEIC photo cannot be read; send it as JPEG');
    throw fileError('unreadable', 'The image is damaged or incomplete');
  }
}
