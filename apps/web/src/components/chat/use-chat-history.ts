'use client';

import { useCallback, useRef, useState } from 'react';
import type { TConversation, TMessage, TMessagesResponse } from '@dastiyor/contracts';
import { mergeMessages } from '@/lib/chat-history';
import { api, settle } from '@/lib/api-client';

const pageSize = 30;
/** Enough for any realistic gap; a longer absence is caught up the next time the socket comes back. */
const maxCatchUpPages = 20;

/**
 * A dialog's messages, oldest first: older pages on demand, catch-up after a reconnect (`?after=` the last
 * one we have), and whatever the socket or the composer adds. Each message is kept once.
 */
export function useChatHistory(conversation: TConversation, initial: TMessagesResponse) {
  const [messages, setMessages] = useState<TMessage[]>(() => mergeMessages([], initial.items));
  const [olderCursor, setOlderCursor] = useState(initial.nextCursor);
  const [counterpartReadAt, setCounterpartReadAt] = useState(conversation.counterpartReadAt);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderFailed, setOlderFailed] = useState(false);
  const latest = useRef<TMessage[]>(messages);
  latest.current = messages;
  const id = conversation.id;

  const add = useCallback((incoming: TMessage[]) => setMessages((current) => mergeMessages(current, incoming)), []);

  const markReadUpTo = useCallback((readAt: string) => {
    setCounterpartReadAt((current) => (current && Date.parse(current) >= Date.parse(readAt) ? current : readAt));
  }, []);

  const loadOlder = useCallback(async () => {
    if (!olderCursor || loadingOlder) return;
    setLoadingOlder(true);
    setOlderFailed(false);
    const page = { params: { path: { id }, query: { limit: pageSize, cursor: olderCursor } } };
    const result = await settle(api.GET('/api/v1/conversations/{id}/messages', page));
    setLoadingOlder(false);
    if (!result.ok) {
      setOlderFailed(true);
      return;
    }
    add(result.data.items);
    setOlderCursor(result.data.nextCursor);
  }, [add, id, loadingOlder, olderCursor]);

  /** After a reconnect: what arrived while away, and where the counterpart's read mark is now. */
  const catchUp = useCallback(async () => {
    let after = latest.current.at(-1)?.id;
    if (!after) {
      const fresh = await settle(api.GET('/api/v1/conversations/{id}/messages', { params: { path: { id }, query: { limit: pageSize } } }));
      if (fresh.ok) add(fresh.data.items);
    }
    for (let page = 0; after && page < maxCatchUpPages; page++) {
      const next = { params: { path: { id }, query: { limit: 50, after } } };
      const result = await settle(api.GET('/api/v1/conversations/{id}/messages', next));
      if (!result.ok) break;
      add(result.data.items);
      after = result.data.nextCursor ?? undefined;
    }
    const state = await settle(api.GET('/api/v1/conversations/{id}', { params: { path: { id } } }));
    if (state.ok && state.data.counterpartReadAt) markReadUpTo(state.data.counterpartReadAt);
  }, [add, id, markReadUpTo]);

  return { messages, add, olderCursor, loadOlder, loadingOlder, olderFailed, catchUp, counterpartReadAt, markReadUpTo };
}
