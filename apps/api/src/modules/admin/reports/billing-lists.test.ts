import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { payments } from '../../payments/payments.table.js';
import { plans } from '../../subscriptions/plans.table.js';
import { subscriptionPeriods } from '../../subscriptions/subscriptions.table.js';

let admin: { id: string; cookie: string };
let planIds: Record<string, string>;
let people: Record<'alice' | 'bob' | 'carol', { id: string }>;
const clock = createFakeClock('2030-03-10T10:00:00Z');
const at = (iso: string) => new Date(iso);

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
  planIds = Object.fromEntries((await t.db.select().from(plans)).map((p) => [p.code, p.id]));
  await seed();
});

const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

async function seed() {
  const db = t.db;
  const provider = (name: string, phone: string) => createUser(db, { role: 'provider', name, phone });
  people = {
    alice: await provider('Алия, "мастер"', '+992900000001'),
    bob: await provider('=HYPERLINK("x")', '+992900000002'),
    carol: await provider('Кароматулло', '+992900000003'),
  };
  const period = (providerId: string, code: string, createdAt: string, values: Partial<typeof subscriptionPeriods.$inferInsert> = {}) => ({
    providerId,
    planId: planIds[code]!,
    source: 'payment' as const,
    startsAt: at('2030-03-08T00:00:00Z'),
    endsAt: at('2030-04-07T00:00:00Z'),
    createdAt: at(createdAt),
    ...values,
  });
  await db.insert(subscriptionPeriods).values([
    period(people.alice.id, 'basic', '2030-03-08T00:00:00Z'), // active
    period(people.bob.id, 'standard', '2030-03-09T00:00:00Z', { source: 'trial', endsAt: at('2030-03-16T00:00:00Z') }), // active
    period(people.carol.id, 'premium', '2030-03-07T00:00:00Z', { revokedAt: at('2030-03-09T00:00:00Z') }), // revoked
    period(people.carol.id, 'premium', '2030-01-30T00:00:00Z', {
      startsAt: at('2030-01-30T00:00:00Z'),
      endsAt: at('2030-03-01T00:00:00Z'),
    }), // expired
    period(people.bob.id, 'basic', '2030-03-09T12:00:00Z', { cancelledAt: at('2030-03-09T13:00:00Z') }), // cancelled
    period(people.alice.id, 'basic', '2030-03-09T18:00:00Z', { startsAt: at('2030-04-07T00:00:00Z'), endsAt: at('2030-05-07T00:00:00Z') }), // upcoming
  ]);

  const payment = (userId: string, createdAt: string, values: Partial<typeof payments.$inferInsert> = {}) => ({
    userId,
    purpose: 'plan' as const,
    planId: planIds.basic!,
    amount: 2_900,
    provider: 'sandbox',
    method: 'card',
    status: 'succeeded' as const,
    createdAt: at(createdAt),
    updatedAt: at(createdAt),
    paidAt: at(createdAt),
    ...values,
  });
  await db.insert(payments).values([
    payment(people.alice.id, '2030-03-04T18:59:59Z'), // 4 March in Dushanbe
    payment(people.alice.id, '2030-03-04T19:00:00Z', { amount: 150_050 }), // 5 March 00:00
    payment(people.bob.id, '2030-03-06T10:00:00Z', {
      status: 'refunded',
      updatedAt: at('2030-03-07T10:00:00Z'),
      planId: planIds.standard!,
      amount: 5_900,
    }),
    payment(people.bob.id, '2030-03-07T10:00:00Z', { purpose: 'top_up', planId: null, amount: 10_000 }),
    payment(people.carol.id, '2030-03-08T10:00:00Z', { status: 'failed', paidAt: null, failureReason: 'Карта отклонена, "лимит"' }),
  ]);
}

describe('GET /admin/subscriptions', () => {
  it('answers 401 to a guest and 403 to a provider', async () => {
    expect((await get('/api/v1/admin/subscriptions')).statusCode).toBe(401);
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect((await get('/api/v1/admin/subscriptions', p.cookie)).statusCode).toBe(403);
  });

  it('lists periods newest first with provider contacts, plan and the status now', async () => {
    const res = await get('/api/v1/admin/subscriptions', admin.cookie);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { status: string }) => i.status)).toEqual(['upcoming', 'cancelled', 'active', 'active', 'revoked', 'expired']);
    expect(items[0]).toMatchObject({
      provider: { id: people.alice.id, name: 'Алия, "мастер"', phone: '+992900000001' },
      plan: { id: planIds.basic, code: 'basic', name: { ru: expect.any(String) } },
      source: 'payment',
      startsAt: '2030-04-07T00:00:00.000Z',
    });
    expect(res.json().nextCursor).toBeNull();
  });

  it('filters by status, plan and provider', async () => {
    const statuses = async (query: string) =>
      (await get(`/api/v1/admin/subscriptions?${query}`, admin.cookie)).json().items.map((i: { status: string }) => i.status);
    expect(await statuses('status=active')).toEqual(['active', 'active']);
    expect(await statuses('status=revoked')).toEqual(['revoked']);
    expect(await statuses('status=expired')).toEqual(['expired']);
    expect(await statuses('status=cancelled')).toEqual(['cancelled']);
    expect(await statuses('status=upcoming')).toEqual(['upcoming']);
    expect(await statuses(`planId=${planIds.premium}`)).toEqual(['revoked', 'expired']);
    expect(await statuses(`providerId=${people.bob.id}`)).toEqual(['cancelled', 'active']);
    expect(await statuses(`providerId=${people.alice.id}&status=active`)).toEqual(['active']);
  });

  it('pages by cursor without gaps or repeats', async () => {
    const first = (await get('/api/v1/admin/subscriptions?limit=4', admin.cookie)).json();
    expect(first.items).toHaveLength(4);
    const second = (await get(`/api/v1/admin/subscriptions?limit=4&cursor=${first.nextCursor}`, admin.cookie)).json();
    expect(second.items.map((i: { status: string }) => i.status)).toEqual(['revoked', 'expired']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses an unknown status, a bad id and a forged cursor (400)', async () => {
    expect((await get('/api/v1/admin/subscriptions?status=paused', admin.cookie)).statusCode).toBe(400);
    expect((await get('/api/v1/admin/subscriptions?planId=basic', admin.cookie)).statusCode).toBe(400);
    expect((await get('/api/v1/admin/subscriptions?cursor=nonsense', admin.cookie)).json()).toMatchObject({
      status: 400,
      errors: [{ path: 'query.cursor' }],
    });
  });
});

describe('GET /admin/payments', () => {
  it('answers 401 to a guest and 403 to a customer', async () => {
    expect((await get('/api/v1/admin/payments')).statusCode).toBe(401);
    const c = await signUp(t.app, t.db, { role: 'customer' });
    expect((await get('/api/v1/admin/payments', c.cookie)).statusCode).toBe(403);
  });

  it('lists payments newest first with payer, plan, amount, method, status and the refund time', async () => {
    const res = await get('/api/v1/admin/payments', admin.cookie);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { status: string }) => i.status)).toEqual(['failed', 'succeeded', 'refunded', 'succeeded', 'succeeded']);
    expect(items[2]).toMatchObject({
      user: { id: people.bob.id, phone: '+992900000002' },
      plan: { code: 'standard' },
      amount: 5_900,
      method: 'card',
      provider: 'sandbox',
      refundedAt: '2030-03-07T10:00:00.000Z',
    });
    expect(items[1]).toMatchObject({ purpose: 'top_up', plan: null, refundedAt: null });
  });

  it('filters by status, purpose, payer and Dushanbe days; pages by cursor', async () => {
    const amounts = async (query: string) =>
      (await get(`/api/v1/admin/payments?${query}`, admin.cookie)).json().items.map((i: { amount: number }) => i.amount);
    expect(await amounts('status=refunded')).toEqual([5_900]);
    expect(await amounts('purpose=top_up')).toEqual([10_000]);
    expect(await amounts(`providerId=${people.alice.id}`)).toEqual([150_050, 2_900]);
    // 19:00 UTC on 4 March is already 5 March in Dushanbe.
    expect(await amounts('from=2030-03-05&to=2030-03-05')).toEqual([150_050]);
    expect(await amounts('to=2030-03-04')).toEqual([2_900]);
    expect(await amounts('from=2030-03-07')).toEqual([2_900, 10_000]);
    const first = (await get('/api/v1/admin/payments?limit=3', admin.cookie)).json();
    const second = (await get(`/api/v1/admin/payments?limit=3&cursor=${first.nextCursor}`, admin.cookie)).json();
    expect([...first.items, ...second.items].map((i: { id: string }) => i.id)).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((i: { id: string }) => i.id)).size).toBe(5);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a bad status, a day that is not one and from after to (400)', async () => {
    expect((await get('/api/v1/admin/payments?status=paid', admin.cookie)).statusCode).toBe(400);
    expect((await get('/api/v1/admin/payments?from=2030-13-01', admin.cookie)).statusCode).toBe(400);
    expect((await get('/api/v1/admin/payments?from=2030-03-08&to=2030-03-07', admin.cookie)).json()).toMatchObject({
      status: 400,
      errors: [{ path: 'query.from' }],
    });
  });
});

/** A small RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('GET /admin/payments.csv', () => {
  it('answers 401 to a guest and 403 to a provider', async () => {
    expect((await get('/api/v1/admin/payments.csv')).statusCode).toBe(401);
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect((await get('/api/v1/admin/payments.csv', p.cookie)).statusCode).toBe(403);
  });

  it('sends every matching payment as a UTF-8 CSV with a BOM, a header row, ISO dates and TJS with two decimals', async () => {
    const res = await get('/api/v1/admin/payments.csv', admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="payments-2030-03-10.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(res.rawPayload.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'id',
      'created_at',
      'paid_at',
      'refunded_at',
      'status',
      'purpose',
      'plan',
      'amount_tjs',
      'currency',
      'provider',
      'method',
      'user_id',
      'user_name',
      'user_phone',
      'user_email',
      'failure_reason',
      'transaction_id',
    ]);
    expect(rows).toHaveLength(5);
    const byAmount = (tjs: string) => Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[7] === tjs)![i]]));
    expect(byAmount('1500.50')).toMatchObject({
      created_at: '2030-03-04T19:00:00.000Z',
      user_name: 'Алия, "мастер"',
      user_phone: '+992900000001',
    });
    expect(byAmount('59.00')).toMatchObject({ status: 'refunded', plan: 'standard', refunded_at: '2030-03-07T10:00:00.000Z' });
    expect(byAmount('100.00')).toMatchObject({ purpose: 'top_up', plan: '', paid_at: '2030-03-07T10:00:00.000Z' });
    // A name a spreadsheet would run as a formula is written as text.
    expect(byAmount('100.00').user_name).toBe(`'=HYPERLINK("x")`);
    expect(rows.find((r) => r[4] === 'failed')![15]).toBe('Карта отклонена, "лимит"');
  });

  it('applies the list filters, and streams past one page', async () => {
    const refunded = parseCsv((await get('/api/v1/admin/payments.csv?status=refunded', admin.cookie)).body.slice(1));
    expect(refunded).toHaveLength(2);
    const many = Array.from({ length: 1_201 }, (_, i) => ({
      userId: people.carol.id,
      purpose: 'top_up' as const,
      amount: 100 + i,
      provider: 'sandbox',
      method: 'card',
      status: 'succeeded' as const,
      createdAt: at('2030-02-01T10:00:00Z'),
      updatedAt: at('2030-02-01T10:00:00Z'),
    }));
    await t.db.insert(payments).values(many);
    const all = parseCsv((await get('/api/v1/admin/payments.csv?to=2030-02-01', admin.cookie)).body.slice(1));
    expect(all).toHaveLength(1_202);
    expect(new Set(all.slice(1).map((r) => r[0])).size).toBe(1_201);
    expect((await get('/api/v1/admin/payments.csv?purpose=gift', admin.cookie)).statusCode).toBe(400);
  });
});
