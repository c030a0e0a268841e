import { asVisitor, sessionApi } from './server-api';

// Server only: the first render of the chat pages, as the signed-in visitor.

/** The visitor's dialogs, the most recently active first. */
export function fetchConversations(cursor?: string) {
  return asVisitor(sessionApi.GET('/api/v1/conversations', { params: { query: { limit: 30, ...(cursor ? { cursor } : {}) } } }));
}

/** One dialog; anyone but its two participants gets `unavailable` (the API answers 404). */
export function fetchConversation(id: string) {
  return asVisitor(sessionApi.GET('/api/v1/conversations/{id}', { params: { path: { id } } }));
}

/** The newest page of a dialog's history (newest first, as the API sends it). */
export function fetchLatestMessages(id: string, limit: number) {
  return asVisitor(sessionApi.GET('/api/v1/conversations/{id}/messages', { params: { path: { id }, query: { limit } } }));
}
