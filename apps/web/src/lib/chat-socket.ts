import type { TChatEvent, TMatchingTaskEvent, TNotificationEvent } from '@dastiyor/contracts';

// Browser only: the live chat socket, kept open across network drops.

export type ChatSocketStatus = 'connecting' | 'live' | 'offline' | 'signedOut';

export interface ChatSocketHandlers {
  onEvent: (event: TChatEvent) => void;
  /** Subscribed (the first pong): from here on nothing is missed, so fetch what came while away. */
  onLive: () => void;
  onStatus: (status: ChatSocketStatus) => void;
  /** The same socket also carries the person's notifications (the header's bell listens for them). */
  onNotification?: (event: TNotificationEvent) => void;
  /** …and, for a provider, each new task that matches them (no count: the bell adds it to its own). */
  onMatchingTask?: (event: TMatchingTaskEvent) => void;
}

/** The API closes with this when the session has ended: reconnecting would only be refused. */
const sessionEndedCode = 4401;
const pingEveryMs = 25_000;
/** No pong this long after a ping: the connection is dead even if the browser has not noticed. */
const pongTimeoutMs = 10_000;
const backoff = { firstMs: 1000, maxMs: 30_000 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A cheap shape check instead of zod in the bundle: the API validates what it pushes against the same contract. */
export function asChatEvent(value: unknown): TChatEvent | null {
  if (!isRecord(value)) return null;
  if (value.type === 'message' && isRecord(value.message) && typeof value.message.id === 'string') return value as TChatEvent;
  if (value.type === 'read' && typeof value.conversationId === 'string' && typeof value.readAt === 'string') return value as TChatEvent;
  return null;
}

export function asNotificationEvent(value: unknown): TNotificationEvent | null {
  if (!isRecord(value) || value.type !== 'notification' || typeof value.unreadCount !== 'number') return null;
  return isRecord(value.notification) && typeof value.notification.id === 'string' ? (value as TNotificationEvent) : null;
}

export function asMatchingTaskEvent(value: unknown): TMatchingTaskEvent | null {
  if (!isRecord(value) || value.type !== 'matching_task' || !isRecord(value.task)) return null;
  const { task } = value;
  return typeof task.id === 'string' && typeof task.title === 'string' && typeof task.publishedAt === 'string'
    ? (value as TMatchingTaskEvent)
    : null;
}

/** Wait before the n-th reconnect: doubling from 1 s to 30 s, with jitter so a restarted server is not stampeded. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(backoff.maxMs, backoff.firstMs * 2 ** attempt);
  return Math.round(base / 2 + (random() * base) / 2);
}

export function chatSocketUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/api/v1/ws`;
}

/**
 * Opens `WS /api/v1/ws` and keeps it open: pings so proxies keep it alive, reconnects with backoff after a
 * drop, at once when the phone comes back online or the tab becomes visible. A socket that stops answering
 * pings, or a browser that says it went offline, counts as a drop: on mobile data a dead connection can look
 * open for minutes. Returns the function that closes it.
 */
export function openChatSocket(handlers: ChatSocketHandlers): () => void {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  /** Forget the current socket (its late events are ignored) and try again after the backoff. */
  function drop(ws: WebSocket, reconnectIn = reconnectDelayMs(attempt++)) {
    if (socket !== ws) return;
    socket = null;
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
    ws.close();
    if (stopped) return;
    handlers.onStatus('offline');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, reconnectIn);
  }

  function ping(ws: WebSocket) {
    if (ws.readyState !== WebSocket.OPEN) return;
    ws.send('ping');
    clearTimeout(pongTimer);
    pongTimer = setTimeout(() => drop(ws), pongTimeoutMs);
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped || socket) return;
    handlers.onStatus('connecting');
    const ws = new WebSocket(chatSocketUrl(window.location.origin));
    socket = ws;
    let live = false;
    ws.addEventListener('open', () => {
      if (socket !== ws) return;
      ping(ws);
      pingTimer = setInterval(() => ping(ws), pingEveryMs);
    });
    ws.addEventListener('message', (frame) => {
      if (socket !== ws || typeof frame.data !== 'string') return;
      if (frame.data === 'pong') {
        clearTimeout(pongTimer);
        if (!live) {
          live = true;
          attempt = 0;
          handlers.onStatus('live');
          handlers.onLive();
        }
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(frame.data);
      } catch {
        return;
      }
      const event = asChatEvent(parsed);
      if (event) handlers.onEvent(event);
      const notification = handlers.onNotification ? asNotificationEvent(parsed) : null;
      if (notification) handlers.onNotification?.(notification);
      const matchingTask = handlers.onMatchingTask ? asMatchingTaskEvent(parsed) : null;
      if (matchingTask) handlers.onMatchingTask?.(matchingTask);
    });
    ws.addEventListener('close', (closing) => {
      if (socket !== ws) return;
      if (closing.code === sessionEndedCode) {
        stopped = true;
        socket = null;
        clearInterval(pingTimer);
        clearTimeout(pongTimer);
        handlers.onStatus('signedOut');
        return;
      }
      drop(ws);
    });
  }

  const reconnectNow = () => {
    if (document.visibilityState === 'visible' && !socket && !stopped) {
      attempt = 0;
      connect();
    }
  };
  const wentOffline = () => {
    if (socket) drop(socket);
  };
  window.addEventListener('online', reconnectNow);
  window.addEventListener('offline', wentOffline);
  document.addEventListener('visibilitychange', reconnectNow);
  connect();

  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
    window.removeEventListener('online', reconnectNow);
    window.removeEventListener('offline', wentOffline);
    document.removeEventListener('visibilitychange', reconnectNow);
    socket?.close(1000, 'Leaving the chat');
    socket = null;
  };
}
