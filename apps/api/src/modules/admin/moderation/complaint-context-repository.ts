import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { conversations } from '../../conversations/conversations.table.js';
import { messages } from '../../conversations/messages.table.js';
import { responses } from '../../responses/responses.table.js';
import { reviews } from '../../reviews/reviews.table.js';
import { tasks } from '../../tasks/tasks.table.js';
import { users } from '../../users/users.table.js';
import type { ComplaintRow } from '../../complaints/index.js';

export interface TargetContext {
  title: string;
  excerpt: string | null;
  hidden: boolean;
  adminPath: string;
}

export interface PersonSummary {
  id: string;
  name: string;
  status: 'active' | 'blocked';
}

const excerptOf = (text: string | null) => (text === null ? null : text.length > 300 ? `${text.slice(0, 299)}…` : text);

/** Context for a page of complaints: one query per kind of target, keyed `type:id`. */
export async function loadTargetContexts(db: DbOrTx, rows: ComplaintRow[]): Promise<Map<string, TargetContext>> {
  const idsOf = (type: ComplaintRow['targetType']) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const out = new Map<string, TargetContext>();
  const taskIds = idsOf('task');
  if (taskIds.length > 0) {
    const found = await db
      .select({ id: tasks.id, title: tasks.title, description: tasks.description, hiddenAt: tasks.hiddenAt })
      .from(tasks)
      .where(inArray(tasks.id, taskIds));
    for (const t of found) {
      out.set(`task:${t.id}`, {
        title: t.title,
        excerpt: excerptOf(t.description),
        hidden: t.hiddenAt !== null,
        adminPath: `/admin/tasks/${t.id}`,
      });
    }
  }
  const userIds = idsOf('user');
  if (userIds.length > 0) {
    const found = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
    for (const u of found) out.set(`user:${u.id}`, { title: u.name, excerpt: null, hidden: false, adminPath: `/admin/users/${u.id}` });
  }
  const reviewIds = idsOf('review');
  if (reviewIds.length > 0) {
    const found = await db
      .select({
        id: reviews.id,
        rating: reviews.rating,
        text: reviews.text,
        hiddenAt: reviews.hiddenAt,
        providerId: reviews.providerId,
        taskTitle: tasks.title,
      })
      .from(reviews)
      .innerJoin(tasks, eq(tasks.id, reviews.taskId))
      .where(inArray(reviews.id, reviewIds));
    for (const r of found) {
      out.set(`review:${r.id}`, {
        title: `${'★'.repeat(r.rating)} — ${r.taskTitle}`,
        excerpt: excerptOf(r.text),
        hidden: r.hiddenAt !== null,
        adminPath: `/admin/complaints/reviews?providerId=${r.providerId}`,
      });
    }
  }
  const messageIds = idsOf('message');
  if (messageIds.length > 0) {
    const found = await db
      .select({ id: messages.id, body: messages.body, taskId: tasks.id, taskTitle: tasks.title })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .innerJoin(tasks, eq(tasks.id, conversations.taskId))
      .where(inArray(messages.id, messageIds));
    for (const m of found) {
      out.set(`message:${m.id}`, { title: m.taskTitle, excerpt: excerptOf(m.body), hidden: false, adminPath: `/admin/tasks/${m.taskId}` });
    }
  }
  const responseIds = idsOf('response');
  if (responseIds.length > 0) {
    const found = await db
      .select({ id: responses.id, comment: responses.comment, taskId: tasks.id, taskTitle: tasks.title })
      .from(responses)
      .innerJoin(tasks, eq(tasks.id, responses.taskId))
      .where(inArray(responses.id, responseIds));
    for (const r of found) {
      out.set(`response:${r.id}`, {
        title: r.taskTitle,
        excerpt: excerptOf(r.comment),
        hidden: false,
        adminPath: `/admin/tasks/${r.taskId}`,
      });
    }
  }
  return out;
}

/** Names and statuses of the people a page of complaints mentions. */
export async function loadPeople(db: DbOrTx, ids: Array<string | null>): Promise<Map<string, PersonSummary>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.name, status: users.status }).from(users).where(inArray(users.id, unique));
  return new Map(found.map((u) => [u.id, u]));
}
