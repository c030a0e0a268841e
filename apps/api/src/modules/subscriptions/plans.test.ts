import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/use-test-app.js';
import { plans } from './plans.table.js';
import { seedPlans } from './plans-service.js';

const t = useTestApp();

describe('GET /api/v1/plans', () => {
  it('lists the three launch plans with prices in diram', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ code: 'basic', durationDays: 7, dailyResponseLimit: 5, price: 2_900, priority: false, trialDays: 0 }),
      expect.objectContaining({ code: 'standard', durationDays: 30, dailyResponseLimit: null, price: 9_900, trialDays: 3 }),
      expect.objectContaining({
        code: 'premium',
        durationDays: 30,
        dailyResponseLimit: null,
        price: 17_900,
        priority: true,
        highlighted: true,
      }),
    ]);
  });

  it('keeps an admin edit across restarts and hides a disabled plan', async () => {
    const db = t.db;
    await db.update(plans).set({ price: 3_500, isActive: false }).where(eq(plans.code, 'basic'));
    await seedPlans(db);
    const [basic] = await db.select().from(plans).where(eq(plans.code, 'basic'));
    expect(basic).toMatchObject({ price: 3_500, isActive: false });
    const codes = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' })).json().items.map((p: { code: string }) => p.code);
    expect(codes).toEqual(['standard', 'premium']);
  });
});
