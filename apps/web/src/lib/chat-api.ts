import type { TConversation, TConversationsResponse, TMessagesResponse } from '@dastiyor/contracts';
import { getWithSession, isRecord, type SessionGetResult } from './session-api';

// Server only: the first render of the chat pages, as the signed-in visitor.

const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);
const isConversation = (body: unknown) => isRecord(body) && typeof body.id === 'string' && isRecord(body.counterpart);

/** The visitor's dialogs, the most recently active first. */
export function fetchConversations(cursor?: string): Promise<SessionGetResult<TConversationsResponse>> {
  const query = new URLSearchParams({ limit: '30', ...(cursor ? { cursor } : {}) });
  return getWithSession(`/api/v1/conversations?${query}`, isList);
}

/** One dialog; anyone but its two participants gets `unavailable` (the API answers 404). */
export function fetchConversation(id: string): Promise<SessionGetResult<TConversation>> {
  return getWithSession(`/api/v1/conversations/${id}`, isConversation);
}

/** The newest page of a dialog's history (newest first, as the API sends it). */
export function fetchLatestMessages(id: string, limit: number): Promise<SessionGetResult<TMessagesResponse>> {
  return getWithSession(`/api/v1/conversations/${id}/messages?limit=${limit}`, isList);
}
