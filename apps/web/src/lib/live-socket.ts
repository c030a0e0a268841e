import { type ChatSocketHandlers, type ChatSocketStatus, openChatSocket } from './chat-socket';

// Browser only: one live socket per tab, shared by everything that listens (the header's bell, an open chat).

/**
 * Opens the socket with the first listener and closes it with the last. A listener joining a socket that is
 * already live hears `live` at once, so it fetches what it may have missed, as after a reconnect.
 */
export function createLiveSocketHub(open: (handlers: ChatSocketHandlers) => () => void = openChatSocket) {
  const listeners = new Set<ChatSocketHandlers>();
  let close: (() => void) | null = null;
  let status: ChatSocketStatus = 'connecting';

  return function join(handlers: ChatSocketHandlers): () => void {
    listeners.add(handlers);
    if (close) {
      handlers.onStatus(status);
      if (status === 'live') handlers.onLive();
    } else {
      close = open({
        onEvent: (event) => listeners.forEach((l) => l.onEvent(event)),
        onLive: () => listeners.forEach((l) => l.onLive()),
        onStatus: (next) => {
          status = next;
          listeners.forEach((l) => l.onStatus(next));
        },
        onNotification: (event) => listeners.forEach((l) => l.onNotification?.(event)),
        onMatchingTask: (event) => listeners.forEach((l) => l.onMatchingTask?.(event)),
      });
    }
    return () => {
      if (!listeners.delete(handlers) || listeners.size > 0 || !close) return;
      close();
      close = null;
      status = 'connecting';
    };
  };
}

export const joinLiveSocket = createLiveSocketHub();
