'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TChatEvent, TConversation, TMessage, TMessagesResponse } from '@dastiyor/contracts';
import { Link } from '@/i18n/navigation';
import { isReadBy } from '@/lib/chat-history';
import type { ChatSocketStatus } from '@/lib/chat-socket';
import { joinLiveSocket } from '@/lib/live-socket';
import { api, settle } from '@/lib/api-client';
import { PersonAvatar } from '@/components/responses/person-avatar';
import { ChatComposer } from './chat-composer';
import { MessageBubble } from './message-bubble';
import { useChatHistory } from './use-chat-history';
import { useOffsetTop } from './use-offset-top';

interface Props {
  conversation: TConversation;
  /** The newest page, as the API answers it (newest first). */
  initial: TMessagesResponse;
  viewerId: string;
}

/** Near enough to the bottom that a new message should scroll into view. */
const stickToBottomPx = 120;

/**
 * A dialog, live: history (older pages on scrolling up or by the button), new messages over the socket,
 * read receipts both ways, and a composer fixed under the messages.
 */
export function ChatRoom({ conversation, initial, viewerId }: Props) {
  const t = useTranslations('Chat');
  const history = useChatHistory(conversation, initial);
  const { messages, add, catchUp, markReadUpTo, loadOlder } = history;
  const [status, setStatus] = useState<ChatSocketStatus>('connecting');
  const frame = useRef<HTMLDivElement>(null);
  const top = useOffsetTop(frame);
  const scroller = useRef<HTMLDivElement>(null);
  const topSentinel = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const heightBeforeOlder = useRef<number | null>(null);
  const firstId = messages[0]?.id;
  const lastId = messages.at(-1)?.id;

  const markRead = useCallback(() => {
    if (document.visibilityState !== 'visible') return;
    void settle(api.POST('/api/v1/conversations/{id}/read', { params: { path: { id: conversation.id } } }));
  }, [conversation.id]);

  const onEvent = useCallback(
    (event: TChatEvent) => {
      if (event.type === 'message') {
        if (event.message.conversationId !== conversation.id) return;
        add([event.message]);
        if (event.message.senderId !== viewerId) markRead();
      } else if (event.conversationId === conversation.id && event.readerId !== viewerId) {
        markReadUpTo(event.readAt);
      }
    },
    [add, conversation.id, markRead, markReadUpTo, viewerId],
  );

  useEffect(
    () => joinLiveSocket({ onEvent, onStatus: setStatus, onLive: () => void catchUp().then(markRead) }),
    [onEvent, catchUp, markRead],
  );

  useEffect(() => {
    markRead();
    document.addEventListener('visibilitychange', markRead);
    return () => document.removeEventListener('visibilitychange', markRead);
  }, [markRead]);

  // Older messages went on top: keep the ones being read where they were.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || heightBeforeOlder.current === null) return;
    box.scrollTop += box.scrollHeight - heightBeforeOlder.current;
    heightBeforeOlder.current = null;
  }, [firstId]);

  // A new message at the bottom: follow it if the reader was already there.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box && nearBottom.current) box.scrollTop = box.scrollHeight;
  }, [lastId]);

  const loadOlderKeepingPlace = useCallback(() => {
    if (scroller.current) heightBeforeOlder.current = scroller.current.scrollHeight;
    void loadOlder();
  }, [loadOlder]);

  // Scrolling up to the top loads the previous page by itself.
  useEffect(() => {
    const sentinel = topSentinel.current;
    if (!sentinel || !history.olderCursor) return;
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting && loadOlderKeepingPlace(), {
      root: scroller.current,
      rootMargin: '200px 0px 0px 0px',
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [history.olderCursor, loadOlderKeepingPlace]);

  const statusText = status === 'live' ? null : t(`status.${status}`);

  return (
    <div
      ref={frame}
      style={{ height: `calc(100dvh - ${top}px)` }}
      className="mx-auto flex min-h-80 max-w-3xl flex-col bg-slate-50 sm:border-x sm:border-slate-200"
    >
      <div className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-2">
        <Link
          href="/chat"
          aria-label={t('back')}
          className="flex size-10 shrink-0 items-center justify-center rounded-full hover:bg-slate-100"
        >
          <span aria-hidden="true" className="text-xl">
            ←
          </span>
        </Link>
        <PersonAvatar name={conversation.counterpart.name} url={conversation.counterpart.avatar?.small ?? null} size="sm" />
        <div className="min-w-0 flex-1">
          <h1 className="truncate font-semibold text-slate-900">{conversation.counterpart.name}</h1>
          <Link href={`/tasks/${conversation.task.id}`} className="block truncate text-xs text-brand-800 hover:underline">
            {conversation.task.title}
          </Link>
        </div>
      </div>
      {statusText ? (
        <p role="status" className="bg-amber-50 px-3 py-1 text-center text-xs text-amber-900">
          {statusText}
        </p>
      ) : null}
      <div
        ref={scroller}
        onScroll={(e) => {
          const box = e.currentTarget;
          nearBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < stickToBottomPx;
        }}
        className="flex-1 space-y-2 overflow-y-auto overscroll-contain px-3 py-3"
        role="log"
        aria-label={t('historyLabel')}
      >
        <div ref={topSentinel} />
        {history.olderCursor ? (
          <div className="flex justify-center">
            <button
              type="button"
              onClick={loadOlderKeepingPlace}
              disabled={history.loadingOlder}
              className="min-h-9 rounded-full bg-white px-3 text-sm font-semibold text-slate-700 ring-1 ring-slate-200 hover:text-brand-800"
            >
              {history.loadingOlder ? t('loadingOlder') : history.olderFailed ? t('olderFailed') : t('loadOlder')}
            </button>
          </div>
        ) : messages.length > 0 ? (
          <p className="text-center text-xs text-slate-500">{t('historyStart')}</p>
        ) : null}
        {messages.length === 0 ? <p className="py-10 text-center text-sm text-slate-500">{t('empty')}</p> : null}
        {messages.map((message: TMessage) => {
          const mine = message.senderId === viewerId;
          return (
            <MessageBubble
              key={message.id}
              message={message}
              mine={mine}
              delivery={mine ? (isReadBy(message, history.counterpartReadAt) ? 'read' : 'sent') : null}
            />
          );
        })}
      </div>
      <ChatComposer
        conversationId={conversation.id}
        onSent={(message) => {
          nearBottom.current = true;
          add([message]);
        }}
      />
    </div>
  );
}
