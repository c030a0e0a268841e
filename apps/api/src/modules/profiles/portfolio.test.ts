import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { files } from '../files/files.table.js';
import { cameraJpeg, multipartBody, smallPng } from '../files/test-images.js';

let uploadsDir: string;

// Registered before the app's hooks: the uploads directory is made before it is built and removed after its database is dropped.
beforeAll(async () => {
  uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-portfolio-'));
});
afterAll(async () => {
  await fs.rm(uploadsDir, { recursive: true, force: true });
});
const t = useTestApp({ env: () => ({ UPLOADS_DIR: uploadsDir }) });

async function postPhoto(cookie: string, bytes: Buffer) {
  const body = await multipartBody(bytes);
  return t.app.inject({ method: 'POST', url: '/api/v1/me/portfolio', headers: { cookie, ...body.headers }, payload: body.payload });
}
const deletePhoto = (cookie: string, fileId: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/me/portfolio/${fileId}`, headers: { cookie } });
const portfolioOf = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json().provider.portfolio as { id: string }[];

describe('POST /api/v1/me/portfolio', () => {
  it('should answer 403 forbidden to a customer', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    const res = await postPhoto(cookie, await smallPng());
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    expect(await t.db.select().from(files).where(eq(files.ownerId, user.id))).toEqual([]);
  });

  it('should add a photo that keeps its aspect ratio and show it on the profile', async () => {
    const { cookie } = await signUp(t.app, t.db, { role: 'provider' });
    const res = await postPhoto(cookie, await cameraJpeg({ orientation: 6 }));
    expect(res.statusCode).toBe(201);
    const image = res.json();
    expect(image).toMatchObject({ large: `/api/v1/files/${image.id}/large`, width: 800, height: 1200 });
    expect(await portfolioOf(cookie)).toEqual([image]);
    const served = await t.app.inject({ method: 'GET', url: image.medium });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
  });

  it('should hold at most 12 photos and answer 409 conflict beyond, storing nothing more', async () => {
    const { cookie, user } = await signUp(t.app, t.db, { role: 'provider' });
    const png = await smallPng(120, 90);
    for (let i = 0; i < 12; i++) expect((await postPhoto(cookie, png)).statusCode).toBe(201);
    const res = await postPhoto(cookie, png);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('portfolio.full');
    expect(await portfolioOf(cookie)).toHaveLength(12);
    expect(await t.db.select().from(files).where(eq(files.ownerId, user.id))).toHaveLength(12);
  });

  it('should not let parallel uploads pass the limit', async () => {
    const { cookie } = await signUp(t.app, t.db, { role: 'provider' });
    const png = await smallPng(120, 90);
    for (let i = 0; i < 10; i++) await postPhoto(cookie, png);
    const statuses = (await Promise.all([1, 2, 3, 4].map(() => postPhoto(cookie, png)))).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 201, 409, 409]);
    expect(await portfolioOf(cookie)).toHaveLength(12);
  });
});

describe('DELETE /api/v1/me/portfolio/:fileId', () => {
  it("should delete the caller's photo with its stored sizes and answer 404 for another provider's", async () => {
    const owner = await signUp(t.app, t.db, { role: 'provider' });
    const other = await signUp(t.app, t.db, { role: 'provider' });
    const kept = (await postPhoto(owner.cookie, await smallPng())).json();
    const removed = (await postPhoto(owner.cookie, await smallPng())).json();

    const foreign = await deletePhoto(other.cookie, kept.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');

    expect((await deletePhoto(owner.cookie, removed.id)).statusCode).toBe(204);
    expect((await portfolioOf(owner.cookie)).map((p) => p.id)).toEqual([kept.id]);
    expect((await t.app.inject({ method: 'GET', url: removed.small })).statusCode).toBe(404);
    expect(await t.platform.storage.get(`portfolio/${removed.id}/320.webp`)).toBeNull();
    expect((await deletePhoto(owner.cookie, removed.id)).statusCode).toBe(404);
  });

  it('should answer 403 to a customer', async () => {
    const { cookie } = await signUp(t.app, t.db, {});
    expect((await deletePhoto(cookie, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(403);
  });
});
