import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createUser } from '../../../test/factories.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { cameraJpeg, multipartBody } from '../files/test-images.js';

let uploadsDir: string;

// Registered before the app's hooks: the uploads directory is made before it is built and removed after its database is dropped.
beforeAll(async () => {
  uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-providers-'));
});
afterAll(async () => {
  await fs.rm(uploadsDir, { recursive: true, force: true });
});
const t = useTestApp({ env: () => ({ UPLOADS_DIR: uploadsDir }) });

const getProvider = (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/providers/${id}` });

describe('GET /api/v1/providers/:id', () => {
  it('should show an active provider to anyone, without email, phone or verification state', async () => {
    const email = `public.provider.${Date.now()}@example.tj`;
    const { cookie, user } = await signUp(t.app, t.db, { role: 'provider', email, name: 'Шаҳзод Раҳимов' });
    const cities = (await t.app.inject({ method: 'GET', url: '/api/v1/cities' })).json().items;
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie },
      payload: { cityId: cities[0].id, serviceCityId: cities[0].id, description: 'Электрик', skills: ['Проводка'] },
    });
    const photo = await multipartBody(await cameraJpeg());
    await t.app.inject({ method: 'POST', url: '/api/v1/me/portfolio', headers: { cookie, ...photo.headers }, payload: photo.payload });

    const res = await getProvider(user.id);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['avatar', 'city', 'id', 'memberSince', 'name', 'provider', 'verified']);
    expect(body).toMatchObject({
      id: user.id,
      name: 'Шаҳзод Раҳимов',
      avatar: null,
      city: { id: cities[0].id },
      provider: { description: 'Электрик', skills: ['Проводка'], serviceCity: { id: cities[0].id }, reviewsCount: 0 },
    });
    expect(body.provider.portfolio).toHaveLength(1);
    expect(res.body).not.toContain(email);
    expect(res.body).not.toMatch(/phone|email/i);
  });

  it('should answer 404 for a customer, an admin, a blocked provider and an unknown id', async () => {
    const customer = await signUp(t.app, t.db, {});
    const admin = await createUser(t.db, { role: 'admin' });
    const blocked = await createUser(t.db, { role: 'provider', status: 'blocked' });
    for (const id of [customer.user.id, admin.id, blocked.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await getProvider(id);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('not_found');
    }
  });
});
