import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/use-test-app.js';
import { createMaintenanceService } from './maintenance.js';

const t = useTestApp();

describe('maintenance mode', () => {
  it('answers 503 maintenance everywhere but health, and lifts when switched off', async () => {
    const maintenance = createMaintenanceService({ db: t.db, cacheMs: 0 });
    await maintenance.set({ enabled: true, message: 'Обновляем сервис до 14:00' });

    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/categories' });
    expect(blocked.statusCode).toBe(503);
    expect(blocked.json()).toMatchObject({ code: 'maintenance', detail: 'Обновляем сервис до 14:00' });

    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().maintenance).toEqual({ enabled: true, message: 'Обновляем сервис до 14:00' });

    await maintenance.set({ enabled: false, message: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).statusCode).toBe(200);
  });

  it('caches the flag for its configured time only', async () => {
    let clock = 0;
    const maintenance = createMaintenanceService({ db: t.db, cacheMs: 1000, now: () => clock });
    const other = createMaintenanceService({ db: t.db, cacheMs: 0 });
    expect((await maintenance.get()).enabled).toBe(false);
    await other.set({ enabled: true, message: null });
    clock = 999;
    expect((await maintenance.get()).enabled).toBe(false);
    clock = 1000;
    expect((await maintenance.get()).enabled).toBe(true);
    await other.set({ enabled: false, message: null });
  });
});
