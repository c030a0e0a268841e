import type { TMyResponsesQuery, TMyResponsesResponse, TTaskResponsesResponse } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { findProviderCards } from '../profiles/index.js';
import { findPriorityProviders } from '../subscriptions/index.js';
import { presentTaskCard, findTaskCardsByIds, findTaskById } from '../tasks/index.js';
import type { ResponsesDeps } from './create-response-service.js';
import { presentResponse } from './response-presenter.js';
import { findProviderResponses, findTaskResponses } from './responses-repository.js';

/**
 * A task's responses, for its customer only (anyone else: 404). Premium providers first, then the
 * earliest: the rule the page states. One provider answers a task once and responding is paid, so a
 * task's list stays small enough to rank whole, in one answer.
 */
export async function listTaskResponses(deps: ResponsesDeps, auth: AuthContext, taskId: string): Promise<TTaskResponsesResponse> {
  const task = await findTaskById(deps.db, taskId);
  if (!task || task.customerId !== auth.user.id) throw notFound('No such task');
  const rows = await findTaskResponses(deps.db, taskId);
  const providerIds = rows.map((r) => r.providerId);
  const [cards, premium] = await Promise.all([
    findProviderCards(deps.db, providerIds),
    findPriorityProviders(deps.db, providerIds, deps.clock()),
  ]);
  const items = rows.flatMap((row) => {
    const card = cards.get(row.providerId);
    return card ? [{ ...presentResponse(row), provider: { ...card, premium: premium.has(row.providerId) } }] : [];
  });
  // Stable: within each group the oldest response stays first.
  items.sort((a, b) => Number(b.provider.premium) - Number(a.provider.premium));
  return { items, nextCursor: null };
}

/** "My responses": a provider's responses with what became of each, newest first. */
export async function listMyResponses(deps: ResponsesDeps, auth: AuthContext, query: TMyResponsesQuery): Promise<TMyResponsesResponse> {
  if (auth.user.role !== 'provider') throw new AppError('forbidden', 'Only providers have responses');
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findProviderResponses(deps.db, auth.user.id, {
    outcome: query.outcome,
    taskStatus: query.taskStatus,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const cards = new Map(
    (
      await findTaskCardsByIds(
        deps.db,
        page.map((r) => r.response.taskId),
      )
    ).map((c) => [c.id, c]),
  );
  const last = page.at(-1)?.response;
  return {
    items: page.flatMap(({ response, outcome }) => {
      const card = cards.get(response.taskId);
      return card ? [{ ...presentResponse(response), outcome, task: presentTaskCard(card) }] : [];
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
