/**
 * This instance's open sockets (`WS /api/v1/ws`), for what is told to many sockets at once: instead of a bus
 * subscription per socket, a module observes the sockets and takes one subscription per instance (published
 * tasks: notifications/matching-task-relay.ts).
 */
export interface LiveSocket {
  readonly userId: string;
  readonly role: 'customer' | 'provider' | 'admin';
  /** One JSON frame; a client too slow to take it is closed instead (it reconnects and catches up). */
  send(event: object): void;
}

/** Told about every socket that opens and closes; `added` may load what it needs before the socket counts as live. */
export interface LiveSocketObserver {
  added(socket: LiveSocket): Promise<void> | void;
  removed(socket: LiveSocket): void;
}

export interface LiveSockets {
  /** Resolves once every observer has taken the socket in: the socket's first pong waits for it. */
  add(socket: LiveSocket): Promise<void>;
  remove(socket: LiveSocket): void;
  observe(observer: LiveSocketObserver): void;
}

export function createLiveSockets(): LiveSockets {
  const open = new Set<LiveSocket>();
  const observers: LiveSocketObserver[] = [];
  return {
    async add(socket) {
      open.add(socket);
      await Promise.all(observers.map((o) => o.added(socket)));
    },
    remove(socket) {
      if (open.delete(socket)) for (const o of observers) o.removed(socket);
    },
    observe(observer) {
      observers.push(observer);
    },
  };
}
