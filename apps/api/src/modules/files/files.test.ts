import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { files } from './files.table.js';
import { type FilesDeps, storeImage } from './files-service.js';
import { cameraJpeg, svg } from './test-images.js';

let uploadsDir: string;
let deps: FilesDeps;

// Registered before the app's hooks: the uploads directory is made before it is built and removed after its database is dropped.
beforeAll(async () => {
  uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-files-'));
});
afterAll(async () => {
  await fs.rm(uploadsDir, { recursive: true, force: true });
});
const t = useTestApp({ env: () => ({ UPLOADS_DIR: uploadsDir }) });
beforeAll(async () => {
  deps = { db: t.db, storage: t.platform.storage, log: t.app.log };
});

const get = (url: string) => t.app.inject({ method: 'GET', url });
async function storedObjectCount() {
  const entries = await fs.readdir(uploadsDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

describe('GET /api/v1/files/:id/:size', () => {
  it('should serve every size by name and by alias as immutable WebP', async () => {
    const owner = await createUser(t.db, { role: 'provider' });
    const file = await storeImage(deps, { ownerId: owner.id, kind: 'portfolio', bytes: await cameraJpeg() }, async (_tx, row) => row);
    expect(Object.keys(file.variants).sort()).toEqual(['1600', '320', '960']);

    for (const [size, width] of [
      ['small', 320],
      ['320', 320],
      ['medium', 960],
      ['960', 960],
      ['large', 1200],
      ['1600', 1200],
    ] as const) {
      const res = await get(`/api/v1/files/${file.id}/${size}`);
      expect(res.statusCode, size).toBe(200);
      expect(res.headers['content-type']).toBe('image/webp');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await sharp(res.rawPayload).metadata()).width).toBe(width);
    }
  });

  it('should answer 404 problem+json for an unknown id, an unknown size and a file kind that is not public', async () => {
    const owner = await createUser(t.db);
    const avatar = await storeImage(deps, { ownerId: owner.id, kind: 'avatar', bytes: await cameraJpeg() }, async (_tx, row) => row);
    const [chatImage] = await t.db
      .insert(files)
      .values({
        ownerId: owner.id,
        kind: 'chat_image',
        variants: avatar.variants,
        contentType: 'image/webp',
        width: 512,
        height: 512,
        bytes: 1,
      })
      .returning();

    for (const url of [
      '/api/v1/files/00000000-0000-4000-8000-000000000000/small',
      `/api/v1/files/${avatar.id}/1600`,
      `/api/v1/files/${avatar.id}/original`,
      `/api/v1/files/${avatar.id}/__proto__`,
      `/api/v1/files/${chatImage!.id}/small`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('not_found');
    }
  });
});

describe('storeImage', () => {
  it('should leave neither a row nor stored bytes when the image is refused or the attaching step fails', async () => {
    const owner = await createUser(t.db);
    const objectsBefore = await storedObjectCount();

    await expect(storeImage(deps, { ownerId: owner.id, kind: 'avatar', bytes: svg }, async (_tx, row) => row)).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    const failing = storeImage(deps, { ownerId: owner.id, kind: 'avatar', bytes: await cameraJpeg() }, async () => {
      throw new Error('attach failed');
    });
    await expect(failing).rejects.toThrow('attach failed');

    expect(await t.db.select().from(files).where(eq(files.ownerId, owner.id))).toEqual([]);
    expect(await storedObjectCount()).toBe(objectsBefore);
  });
});
