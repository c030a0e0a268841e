import type { TTaskCard, TTaskStatus } from '@dastiyor/contracts';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { presentTaskCard } from './task-card-presenter.js';
import { findTaskCardsByIds } from './task-feed-repository.js';
import { findCustomerTasks } from './task-repository.js';
import type { TasksDeps } from './task-service.js';

/** "My tasks": every task of the customer, drafts included, newest first, optionally by status. */
export async function listMyTasks(
  deps: TasksDeps,
  auth: AuthContext,
  query: { status?: TTaskStatus; cursor?: string; limit: number },
): Promise<{ items: TTaskCard[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const keys = await findCustomerTasks(deps.db, auth.user.id, query.status, after, query.limit + 1);
  const page = keys.slice(0, query.limit);
  const cards = new Map(
    (
      await findTaskCardsByIds(
        deps.db,
        page.map((k) => k.id),
      )
    ).map((c) => [c.id, c]),
  );
  const last = page.at(-1);
  return {
    items: page.flatMap((k) => {
      const card = cards.get(k.id);
      return card ? [presentTaskCard(card)] : [];
    }),
    nextCursor: keys.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
