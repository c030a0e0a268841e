import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/errors.js';
import { renderImage } from './image-processing.js';
import { imageSpecs } from './image-variants.js';
import { cameraJpeg, gif, html, smallPng, svg } from './test-images.js';

/** A PNG claiming `width`×`height` pixels with almost no data: the shape of a decompression bomb. */
function pngHeader(width: number, height: number) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function refusal(bytes: Buffer) {
  const error = await renderImage(bytes, imageSpecs.avatar).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('renderImage', () => {
  it('applies the EXIF orientation, keeps the aspect ratio, never enlarges and strips every piece of metadata', async () => {
    const input = await cameraJpeg({ orientation: 6 });
    const source = await sharp(input).metadata();
    expect(source).toMatchObject({ format: 'jpeg', orientation: 6 });
    expect(source.exif).toBeDefined();

    const variants = await renderImage(input, imageSpecs.portfolio);
    // Orientation 6 turns the 1200×800 landscape into an 800×1200 portrait.
    expect(variants.map((v) => [v.size, v.width, v.height])).toEqual([
      [320, 213, 320],
      [960, 640, 960],
      [1600, 800, 1200],
    ]);
    for (const variant of variants) {
      const meta = await sharp(variant.data).metadata();
      expect(meta.format).toBe('webp');
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height]);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(variant.data.includes('Dastiyor Test Camera')).toBe(false);
    }
  });

  it('crops avatars to centred squares of 96, 256 and 512 px', async () => {
    const variants = await renderImage(await cameraJpeg(), imageSpecs.avatar);
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [96, 96],
      [256, 256],
      [512, 512],
    ]);
    // The blue sides of the 1200×800 source fall outside a centred crop: the corners are green.
    const { data, info } = await sharp(variants[2]!.data).raw().toBuffer({ resolveWithObject: true });
    const [r, g, b] = data.subarray(0, info.channels);
    expect(g).toBeGreaterThan(150);
    expect(Math.max(r!, b!)).toBeLessThan(60);
  });

  it('accepts PNG with transparency and AVIF-coded HEIF', async () => {
    expect(await renderImage(await smallPng(), imageSpecs.portfolio)).toHaveLength(3);
    const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } })
      .avif()
      .toBuffer();
    expect((await sharp(avif).metadata()).format).toBe('heif');
    expect((await renderImage(avif, imageSpecs.portfolio)).at(-1)).toMatchObject({ width: 64, height: 48 });
  });

  it('refuses SVG, HTML and GIF by their bytes with 415', async () => {
    for (const bytes of [svg, html, await gif()]) {
      expect(await refusal(bytes)).toMatchObject({ code: 'unsupported_media_type', status: 415 });
    }
  });

  it('refuses empty, damaged and oversized-in-pixels images with a field error', async () => {
    expect((await refusal(Buffer.alloc(0))).extra.errors).toEqual([expect.objectContaining({ path: 'body.file', code: 'empty' })]);
    const jpeg = await cameraJpeg();
    const truncated = await refusal(jpeg.subarray(0, jpeg.length - 500));
    expect(truncated.extra.errors).toEqual([expect.objectContaining({ path: 'body.file', code: 'unreadable' })]);
    const bomb = await refusal(pngHeader(20_000, 20_000));
    expect(bomb.extra.errors).toEqual([expect.objectContaining({ path: 'body.file', code: 'too_many_pixels' })]);
  });
});
