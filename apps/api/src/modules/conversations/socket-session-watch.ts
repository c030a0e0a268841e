import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Db } from '../../db/client.js';
import { liveSessionTokens } from '../auth/index.js';

/**
 * The open chat sockets of a process and their sessions, checked together: every `intervalMs` each
 * socket is pinged (one that did not answer the last ping is dropped), then the sessions of all of
 * them are re-read in a few queries of `batchSize` tokens, not one query per socket (issue 15:
 * 100,000 sockets were ~3,300 queries a second). A socket whose session was revoked, expired or
 * whose account was blocked is closed with `onSessionEnded`. While the database cannot answer,
 * sockets stay open: a check that fails says nothing about the session.
 */
export interface SocketSessionWatch {
  add(socket: WebSocket, token: string): void;
  /** The socket answered (a pong or any message). */
  heard(socket: WebSocket): void;
  remove(socket: WebSocket): void;
  /** One round now (tests; the timer calls it too). */
  check(): Promise<void>;
  stop(): void;
}

interface Watched {
  token: string;
  alive: boolean;
}

export function createSocketSessionWatch(options: {
  db: Db;
  clock: () => Date;
  intervalMs: number;
  log: Pick<FastifyBaseLogger, 'warn'>;
  onSessionEnded: (socket: WebSocket) => void;
  batchSize?: number;
}): SocketSessionWatch {
  const batchSize = options.batchSize ?? 1000;
  const sockets = new Map<WebSocket, Watched>();
  let running: Promise<void> | null = null;

  async function checkSessions(watched: Array<[WebSocket, Watched]>) {
    const tokens = [...new Set(watched.map(([, w]) => w.token))];
    const live = new Set<string>();
    for (let i = 0; i < tokens.length; i += batchSize) {
      for (const token of await liveSessionTokens(options.db, tokens.slice(i, i + batchSize), options.clock())) live.add(token);
    }
    for (const [socket, w] of watched) if (sockets.has(socket) && !live.has(w.token)) options.onSessionEnded(socket);
  }

  async function round() {
    const watched = [...sockets];
    for (const [socket, w] of watched) {
      if (!w.alive) {
        sockets.delete(socket);
        socket.terminate();
        continue;
      }
      w.alive = false;
      socket.ping();
    }
    try {
      await checkSessions(watched.filter(([socket]) => sockets.has(socket)));
    } catch (error) {
      options.log.warn({ err: error, sockets: watched.length }, 'chat socket sessions could not be re-checked; kept open');
    }
  }

  // A round that is still running (a slow database) is not started again on top of itself.
  const check = () => (running ??= round().finally(() => (running = null)));
  const timer = setInterval(() => void check(), options.intervalMs);
  timer.unref();

  return {
    add: (socket, token) => void sockets.set(socket, { token, alive: true }),
    heard(socket) {
      const w = sockets.get(socket);
      if (w) w.alive = true;
    },
    remove: (socket) => void sockets.delete(socket),
    check,
    stop: () => clearInterval(timer),
  };
}
