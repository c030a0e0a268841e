import { and, eq, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { responses } from './responses.table.js';
import { copyPasteRule } from './create-response-service.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
let customerId: string;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  customerId = (await createUser(t.db)).id;
});

const openTask = async () => (await createTask(t.db, customerId, { publishedAt: clock.now() })).id;

/** 12 responses of one provider, on 12 tasks, a minute apart; their flagged state in order. */
async function respondTwelve(comments: string[]): Promise<boolean[]> {
  const p = await signUp(t.app, t.db, { role: 'provider' });
  await grantPlan(t.db, p.user.id, 'standard', clock.now());
  const flagged: boolean[] = [];
  for (const comment of comments) {
    clock.advance(60_000);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${await openTask()}/responses`,
      payload: { comment, price: 12_000, etaMinutes: 120 },
      headers: { cookie: p.cookie },
    });
    expect(res.statusCode).toBe(201);
    const [row] = await t.db
      .select({ id: responses.id })
      .from(responses)
      .where(and(eq(responses.id, res.json().id), isNotNull(responses.flaggedAt)));
    flagged.push(row !== undefined);
  }
  return flagged;
}

const comment = 'Сделаю сегодня вечером, свои инструменты';
const punctuationVaried = [
  `${comment}.`,
  `${comment}!`,
  `${comment}!!!`,
  `${comment}...`,
  'Сделаю сегодня вечером; свои инструменты.',
  'Сделаю сегодня вечером - свои инструменты',
  'Сделаю, сегодня вечером, свои инструменты!',
  '«Сделаю сегодня вечером, свои инструменты»',
  'Сделаю сегодня вечером (свои инструменты)',
  'Сделаю сегодня\u00a0вечером,\u200b свои инструменты?',
  'Сделаю сегодня вечером: свои инструменты.',
  'Сделаю сегодня вечером , свои инструменты ;)',
];

describe('the copy-paste flag compares normalised comments', () => {
  it(`flags punctuation-varied copies of one comment beyond ${copyPasteRule.maxTasks} tasks within an hour`, async () => {
    expect(punctuationVaried).toHaveLength(12);
    const flagged = await respondTwelve(punctuationVaried);
    expect(flagged).toEqual([...Array<boolean>(copyPasteRule.maxTasks).fill(false), true, true]);
  });

  it('flags Latin look-alike and upper-case copies the same way', async () => {
    const variants = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0 ? 'Cдeлaю ceгoдня вeчepoм, cвoи инcтpумeнты' : comment.toUpperCase(),
    );
    const flagged = await respondTwelve(variants);
    expect(flagged.filter(Boolean)).toHaveLength(2);
  });

  it('does not flag genuinely different comments', async () => {
    const different = Array.from({ length: 12 }, (_, i) => `Сделаю сегодня вечером, свои инструменты, цена ${1000 + i} сомони.`);
    const flagged = await respondTwelve(different);
    expect(flagged.some(Boolean)).toBe(false);
  });
});
