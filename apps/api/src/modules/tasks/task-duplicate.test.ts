import { describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';

const clock = createFakeClock('2026-11-24T06:00:00Z');

const t = useTestApp({ clock: clock.now });

const create = (payload: object, cookie: string) => t.app.inject({ method: 'POST', url: '/api/v1/tasks', payload, headers: { cookie } });

/** A customer past the first-day limit (10 a day), with one task published. */
async function customerWithTask(title: string, description: string) {
  const customer = await signUp(t.app, t.db, {});
  clock.advance(2 * 86_400_000);
  const res = await create(await taskBody(t.db, { title, description }), customer.cookie);
  expect(res.statusCode).toBe(201);
  return { cookie: customer.cookie, id: res.json().id as string };
}

describe('the duplicate-task rule compares normalised text', () => {
  const title = 'Покрасить забор на даче';
  const description = 'Забор 20 метров, краска есть.';

  it.each([
    ['a trailing full stop', `${title}.`, description],
    ['a zero-width space', 'Покрасить за\u200bбор на даче', description],
    ['non-breaking spaces', 'Покрасить\u00a0забор\u00a0на\u00a0даче', 'Забор\u00a020\u00a0метров, краска есть.'],
    ['Latin look-alike letters', 'Пoкpacить зaбop нa дaчe', 'Зaбop 20 мeтpoв, кpacкa ecть.'],
    ['varied case and punctuation', 'ПОКРАСИТЬ ЗАБОР — НА ДАЧЕ!', 'Забор: 20 метров; краска есть'],
    ['a soft hyphen, a BOM and bidi marks', '\ufeffПокра\u00adсить \u200eзабор на даче', 'Забор 20 метров,\u202a краска есть.'],
  ])('refuses %s as a duplicate within 24 hours', async (_, variantTitle, variantDescription) => {
    const { cookie } = await customerWithTask(title, description);
    const again = await create(await taskBody(t.db, { title: variantTitle, description: variantDescription }), cookie);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('tasks.duplicate');
  });

  it('publishes genuinely different texts', async () => {
    const { cookie } = await customerWithTask(title, description);
    const other = await create(await taskBody(t.db, { title, description: 'Забор 30 метров, краска есть.' }), cookie);
    expect(other.statusCode).toBe(201);
    const third = await create(await taskBody(t.db, { title: 'Покрасить ворота на даче', description }), cookie);
    expect(third.statusCode).toBe(201);
  });

  it('refuses an edit of an open task onto a disguised copy of another', async () => {
    const { cookie } = await customerWithTask(title, description);
    const other = await create(await taskBody(t.db, { title: 'Скосить траву у дома', description }), cookie);
    expect(other.statusCode).toBe(201);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tasks/${other.json().id}`,
      payload: { title: 'Пoкpacить\u00a0забор на даче.' },
      headers: { cookie },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('tasks.duplicate');
  });
});
