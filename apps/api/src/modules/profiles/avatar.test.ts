import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { files } from '../files/files.table.js';
import { cameraJpeg, html, largeJpeg, multipartBody, smallPng, svg } from '../files/test-images.js';

let uploadsDir: string;

// Registered before the app's hooks: the uploads directory is made before it is built and removed after its database is dropped.
beforeAll(async () => {
  uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-avatars-'));
});
afterAll(async () => {
  await fs.rm(uploadsDir, { recursive: true, force: true });
});
const t = useTestApp({ env: () => ({ UPLOADS_DIR: uploadsDir }) });

async function putAvatar(cookie: string, bytes: Buffer, options: Parameters<typeof multipartBody>[1] = {}) {
  const body = await multipartBody(bytes, options);
  return t.app.inject({ method: 'PUT', url: '/api/v1/me/avatar', headers: { cookie, ...body.headers }, payload: body.payload });
}
const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const storedFiles = (ownerId: string) => t.db.select().from(files).where(eq(files.ownerId, ownerId));

describe('PUT /api/v1/me/avatar', () => {
  it('should store a square WebP without metadata and serve it with an immutable cache header', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    const res = await putAvatar(cookie, await cameraJpeg());
    expect(res.statusCode).toBe(200);
    const avatar = res.json().avatar;
    expect(avatar).toEqual({
      id: expect.any(String),
      small: `/api/v1/files/${avatar.id}/small`,
      medium: `/api/v1/files/${avatar.id}/medium`,
      large: `/api/v1/files/${avatar.id}/large`,
      width: 512,
      height: 512,
    });
    expect((await get('/api/v1/me', cookie)).json().avatar).toEqual(avatar);

    const [row] = await storedFiles(user.id);
    expect(row).toMatchObject({ id: avatar.id, kind: 'avatar', contentType: 'image/webp', width: 512, height: 512 });
    expect(row!.variants).toEqual({
      '96': `avatars/${avatar.id}/96.webp`,
      '256': `avatars/${avatar.id}/256.webp`,
      '512': `avatars/${avatar.id}/512.webp`,
    });

    // Public: served without a session.
    const large = await get(avatar.large);
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-type']).toBe('image/webp');
    expect(large.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(large.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(large.rawPayload.includes('Dastiyor Test Camera')).toBe(false);
    expect(Number(large.headers['content-length'])).toBe(large.rawPayload.length);

    const small = await get(`/api/v1/files/${avatar.id}/96`);
    expect((await sharp(small.rawPayload).metadata()).width).toBe(96);
    expect((await get(avatar.medium)).statusCode).toBe(200);
    expect((await get(`/api/v1/files/${avatar.id}/1600`)).statusCode).toBe(404);

    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, user.id), eq(auditLog.action, 'profile.updated')));
    expect(audit).toMatchObject({ before: { avatarFileId: null }, after: { avatarFileId: avatar.id } });
  });

  it('should delete the previous avatar, its row and its stored sizes, when a new one arrives', async () => {
    const { cookie, user } = await signUp(t.app, t.db, { role: 'provider' });
    const first = (await putAvatar(cookie, await cameraJpeg())).json().avatar;
    const second = await putAvatar(cookie, await smallPng(), { filename: 'me.png', type: 'image/png' });
    expect(second.statusCode).toBe(200);
    expect(second.json().avatar.id).not.toBe(first.id);
    expect((await storedFiles(user.id)).map((f) => f.id)).toEqual([second.json().avatar.id]);
    expect((await get(first.large)).statusCode).toBe(404);
    expect(await t.platform.storage.get(`avatars/${first.id}/512.webp`)).toBeNull();
    expect((await get(second.json().avatar.large)).statusCode).toBe(200);
  });

  it('should refuse SVG and HTML by their bytes, whatever they claim to be, and store nothing', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    for (const [bytes, type] of [
      [svg, 'image/svg+xml'],
      [html, 'image/jpeg'],
    ] as const) {
      const res = await putAvatar(cookie, bytes, { type, filename: 'photo.jpg' });
      expect(res.statusCode).toBe(415);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('unsupported_media_type');
    }
    expect(await storedFiles(user.id)).toEqual([]);
    expect((await get('/api/v1/me', cookie)).json().avatar).toBeNull();
  });

  it('should take a real-sized photo of a few MB and refuse one over 10 MB with 413 payload_too_large', async () => {
    const { cookie } = await signUp(t.app, t.db, {});
    const photo = await largeJpeg();
    expect(photo.length).toBeGreaterThan(2 * 1024 * 1024);
    expect((await putAvatar(cookie, photo)).statusCode).toBe(200);

    const jpeg = await cameraJpeg();
    const oversized = Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024 + 1 - jpeg.length)]);
    const res = await putAvatar(cookie, oversized);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('should answer 400 without a `file` part and 415 for a body that is not multipart', async () => {
    const { cookie } = await signUp(t.app, t.db, {});
    const wrongField = await putAvatar(cookie, await smallPng(), { field: 'photo' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().errors).toEqual([expect.objectContaining({ path: 'body.file', code: 'required' })]);

    const json = await t.app.inject({ method: 'PUT', url: '/api/v1/me/avatar', headers: { cookie }, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('unsupported_media_type');
  });
});

describe('DELETE /api/v1/me/avatar', () => {
  it('should remove the avatar with its stored sizes, and answer 204 again when there is none', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    const avatar = (await putAvatar(cookie, await cameraJpeg())).json().avatar;
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/me/avatar', headers: { cookie } });
    expect(res.statusCode).toBe(204);
    expect((await get('/api/v1/me', cookie)).json().avatar).toBeNull();
    expect(await storedFiles(user.id)).toEqual([]);
    expect((await get(avatar.small)).statusCode).toBe(404);
    expect(await t.platform.storage.get(`avatars/${avatar.id}/96.webp`)).toBeNull();
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/me/avatar', headers: { cookie } })).statusCode).toBe(204);
  });
});
