import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/use-test-app.js';
import { writeSetting } from '../../platform/settings/settings-store.js';
import { createMaintenanceService } from './maintenance.js';

const t = useTestApp();

describe('maintenance mode', () => {
  it('answers 503 maintenance everywhere but health, and lifts when switched off', async () => {
    const maintenance = createMaintenanceService({ db: t.db, cacheMs: 0 });
    await maintenance.set({ enabled: true, message: { ru: 'Обновляем сервис до 14:00', tg: 'Хизматро то соати 14:00 навсозӣ мекунем' } });

    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/categories' });
    expect(blocked.statusCode).toBe(503);
    expect(blocked.json()).toMatchObject({ code: 'maintenance', detail: 'Обновляем сервис до 14:00' });
    // In the asker's language: the web sends its page's.
    const inTajik = await t.app.inject({ method: 'GET', url: '/api/v1/categories', headers: { 'accept-language': 'tg' } });
    expect(inTajik.json()).toMatchObject({ code: 'maintenance', detail: 'Хизматро то соати 14:00 навсозӣ мекунем' });

    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().maintenance).toEqual({
      enabled: true,
      message: { ru: 'Обновляем сервис до 14:00', tg: 'Хизматро то соати 14:00 навсозӣ мекунем' },
    });

    await maintenance.set({ enabled: false, message: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).statusCode).toBe(200);
  });

  it('reads a notice stored before it had two languages as that text in both, and an unreadable value as off', async () => {
    const maintenance = createMaintenanceService({ db: t.db, cacheMs: 0 });
    await writeSetting(t.db, 'maintenance', { enabled: true, message: 'Обновляем сервис' });
    expect(await maintenance.get()).toEqual({ enabled: true, message: { ru: 'Обновляем сервис', tg: 'Обновляем сервис' } });
    await writeSetting(t.db, 'maintenance', { enabled: 'yes' });
    expect(await maintenance.get()).toEqual({ enabled: false, message: null });
    await maintenance.set({ enabled: false, message: null });
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
