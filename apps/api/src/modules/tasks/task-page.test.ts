import { describe, expect, it } from 'vitest';
import { createTask, createUser } from '../../../test/factories.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { wireStatements } from '../../../test/wire-statements.js';
import { responses } from '../responses/responses.table.js';

// A guest's task page (the page search engines and shared links open) is read in ONE prepared statement
// (task-page-repository.ts): the row, names, photos, the customer's summary and the responses count.

const t = useTestApp();
const getTask = (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/tasks/${id}` });

async function respond(taskId: string, status: 'pending' | 'withdrawn') {
  const provider = await createUser(t.db, { role: 'provider' });
  const at = new Date();
  await t.db
    .insert(responses)
    .values({ taskId, providerId: provider.id, comment: 'Сделаю', price: 150, etaMinutes: 60, status, createdAt: at, updatedAt: at });
}

describe('GET /api/v1/tasks/:id for a guest', () => {
  it('should count published tasks and live responses, and answer after ONE statement', async () => {
    const customer = await createUser(t.db, { name: 'Мадина Расулова' });
    const task = await createTask(t.db, customer.id);
    await createTask(t.db, customer.id);
    await createTask(t.db, customer.id, { status: 'draft', publishedAt: null });
    await respond(task.id, 'pending');
    await respond(task.id, 'pending');
    await respond(task.id, 'withdrawn');

    const first = await getTask(task.id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      id: task.id,
      customer: { id: customer.id, name: 'Мадина Расулова', tasksPosted: 2 },
      responsesCount: 2,
      photos: [],
      address: null,
      contacts: null,
      myResponse: null,
    });

    let again: Awaited<ReturnType<typeof getTask>> | undefined;
    const sent = await wireStatements(async () => {
      again = await getTask(task.id);
    });
    expect(again!.json()).toEqual(first.json());
    // Besides the maintenance flag (cached 2 s by the app, read fresh in tests); PGlite sends nothing through pg.
    const own = sent.filter((text) => !/from "settings"/.test(text));
    if (t.testDb.url !== null) expect(own, own.join('\n---\n')).toHaveLength(1);
  });

  it('should answer 404 for a draft, a hidden task and an unknown id', async () => {
    const customer = await createUser(t.db);
    const draft = await createTask(t.db, customer.id, { status: 'draft', publishedAt: null });
    const hidden = await createTask(t.db, customer.id, { hiddenAt: new Date(), hiddenReason: 'спам' });
    for (const id of [draft.id, hidden.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await getTask(id);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
  });
});
