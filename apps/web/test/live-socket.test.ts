import { describe, expect, it } from 'vitest';
import type { ChatSocketHandlers, ChatSocketStatus } from '../src/lib/chat-socket';
import { createLiveSocketHub } from '../src/lib/live-socket';

/** A stand-in for openChatSocket: counts opens and closes and lets the test play the server. */
function fakeSocket() {
  const state = { opened: 0, closed: 0, server: null as ChatSocketHandlers | null };
  const open = (handlers: ChatSocketHandlers) => {
    state.opened++;
    state.server = handlers;
    return () => void state.closed++;
  };
  return { state, open };
}

function listener() {
  const heard: string[] = [];
  const handlers: ChatSocketHandlers = {
    onEvent: (e) => heard.push(`event:${e.type}`),
    onLive: () => heard.push('live'),
    onStatus: (s: ChatSocketStatus) => heard.push(`status:${s}`),
    onNotification: (n) => heard.push(`notification:${n.unreadCount}`),
  };
  return { heard, handlers };
}

describe('the shared live socket', () => {
  it('opens one socket for the bell and a chat, fans events out, and closes with the last listener', () => {
    const { state, open } = fakeSocket();
    const join = createLiveSocketHub(open);
    const bell = listener();
    const leaveBell = join(bell.handlers);
    state.server!.onStatus('live');
    state.server!.onLive();

    // The chat joins a live socket: it hears "live" at once, so it catches up.
    const chat = listener();
    const leaveChat = join(chat.handlers);
    expect(state.opened).toBe(1);
    expect(chat.heard).toEqual(['status:live', 'live']);

    state.server!.onEvent({ type: 'read', conversationId: 'c', readerId: 'r', readAt: '2026-12-01T10:00:00.000Z' });
    state.server!.onNotification!({
      type: 'notification',
      unreadCount: 3,
      notification: { id: 'n', type: 'chat.message', link: '/chat/c', params: {}, createdAt: '2026-12-01T10:00:00.000Z', readAt: null },
    });
    expect(bell.heard.slice(-2)).toEqual(['event:read', 'notification:3']);
    expect(chat.heard.slice(-2)).toEqual(['event:read', 'notification:3']);

    leaveChat();
    leaveChat(); // leaving twice changes nothing
    expect(state.closed).toBe(0);
    leaveBell();
    expect(state.closed).toBe(1);

    // A later listener opens a fresh socket.
    join(listener().handlers);
    expect(state.opened).toBe(2);
  });
});
