import type { TConversation, TConversationsResponse, TImage } from '@dastiyor/contracts';
import { notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { findImages, presentImage } from '../files/index.js';
import type { ChatDeps } from './chat-deps.js';
import { publishChatEvent } from './chat-events.js';
import { presentConversation } from './conversation-presenter.js';
import {
  type ConversationView,
  findParticipantConversation,
  findParticipantConversations,
  lockParticipantConversation,
  setReadMark,
} from './conversations-repository.js';
import { findLastMessages } from './messages-repository.js';

async function present(deps: ChatDeps, rows: ConversationView[], viewerId: string): Promise<TConversation[]> {
  const avatarIds = rows.flatMap((r) => (r.counterpart.avatarFileId ? [r.counterpart.avatarFileId] : []));
  const [lastMessages, avatarFiles] = await Promise.all([
    findLastMessages(
      deps.db,
      rows.map((r) => r.id),
    ),
    findImages(deps.db, avatarIds),
  ]);
  const avatars = new Map<string, TImage>(avatarFiles.map((f) => [f.id, presentImage(f)]));
  return rows.map((r) => presentConversation(r, viewerId, lastMessages.get(r.id) ?? null, avatars));
}

/** My dialogs, the most recently active first. */
export async function listConversations(
  deps: ChatDeps,
  auth: AuthContext,
  query: { cursor?: string; limit: number },
): Promise<TConversationsResponse> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findParticipantConversations(deps.db, auth.user.id, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await present(deps, page, auth.user.id),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.lastMessageAt, id: last.id }) : null,
  };
}

/** One dialog; 404 for anyone but its two participants. */
export async function getConversation(deps: ChatDeps, auth: AuthContext, id: string): Promise<TConversation> {
  const row = await findParticipantConversation(deps.db, id, auth.user.id);
  if (!row) throw notFound('No such conversation');
  const [item] = await present(deps, [row], auth.user.id);
  return item!;
}

/**
 * I have read everything so far: my mark moves to now, or to the newest message when its time is ahead
 * (times within a chat strictly increase), never backwards. Both participants hear of it: the
 * counterpart sees the receipt, my other tabs clear their badge.
 */
export async function markConversationRead(deps: ChatDeps, auth: AuthContext, id: string): Promise<TConversation> {
  const now = deps.clock();
  const { readAt, conversation } = await deps.db.transaction(async (tx) => {
    const conversation = await lockParticipantConversation(tx, id, auth.user.id);
    if (!conversation) throw notFound('No such conversation');
    const side = conversation.customerId === auth.user.id ? 'customer' : 'provider';
    const current = side === 'customer' ? conversation.customerReadAt : conversation.providerReadAt;
    const readAt = new Date(Math.max(now.getTime(), conversation.lastMessageAt.getTime(), current?.getTime() ?? 0));
    await setReadMark(tx, id, side, readAt);
    return { readAt, conversation };
  });
  await publishChatEvent(deps, [conversation.customerId, conversation.providerId], {
    type: 'read',
    conversationId: id,
    readerId: auth.user.id,
    readAt: readAt.toISOString(),
  });
  return getConversation(deps, auth, id);
}
