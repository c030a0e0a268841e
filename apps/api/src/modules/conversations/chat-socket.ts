import websocket from '@fastify/websocket';
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import { isForeignOrigin } from '../../platform/http/origin-check.js';
import { sendProblem } from '../../platform/http/problem-handler.js';
import { sessionCookie } from '../auth/index.js';
import { userChannel } from './chat-events.js';
import { type LiveSocket, type LiveSockets, createLiveSockets } from './live-sockets.js';
import type { Presence } from './presence.js';
import { createSocketSessionWatch } from './socket-session-watch.js';

export interface ChatSocketOptions {
  db: Db;
  clock: () => Date;
  bus: Bus;
  /** The app's own origin(s): the same rule as the CSRF check, since a page on any site may open a socket. */
  allowedOrigins: string[];
  /** Counts this user's open sockets, so chat notifications skip email/SMS while they are here. */
  presence?: Presence;
  /** This instance's open sockets; pass one to let other modules observe them (new-task alerts). */
  sockets?: LiveSockets;
  /** How often the server pings its sockets and re-checks their sessions, all together (tests shorten it). */
  heartbeatMs?: number;
}

/** A client that queues this much unsent data is too slow; it reconnects and catches up with `?after=`. */
const maxBufferedBytes = 1_000_000;
const closeCodes = { sessionEnded: 4401, tooSlow: 1013 } as const;

/**
 * `WS /api/v1/ws`: the signed-in user's live chat events (ZChatEvent JSON, one per frame), their notifications
 * and, for providers, new matching tasks. The upgrade is refused (403/401, before any socket exists) for a
 * foreign Origin or without a session. The client sends only the text `ping`, answered with `pong` once the
 * socket is subscribed and registered, so a first pong also means "from here on nothing is missed".
 */
export const chatSocketRoutes: FastifyPluginAsync<ChatSocketOptions> = async (app, options) => {
  const allowed = new Set(options.allowedOrigins);
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const sockets = options.sockets ?? createLiveSockets();
  await app.register(websocket, { options: { maxPayload: 1024 } });
  // A revoked or expired session stops receiving: the sign-out on another device takes effect here too.
  const watch = createSocketSessionWatch({
    db: options.db,
    clock: options.clock,
    intervalMs: heartbeatMs,
    log: app.log,
    onSessionEnded: (socket) => socket.close(closeCodes.sessionEnded, 'Session ended'),
  });
  app.addHook('onClose', async () => watch.stop());

  app.get(
    '/api/v1/ws',
    {
      websocket: true,
      preValidation: async (request, reply) => {
        if (isForeignOrigin(allowed, request.headers.origin)) return sendProblem(reply, request, 'forbidden', 'Cross-site socket refused');
        if (!request.auth) return sendProblem(reply, request, 'auth.required', 'Sign in to continue');
      },
    },
    (socket, request) => {
      const { user } = request.auth!;
      const userId = user.id;
      const token = request.cookies[sessionCookie]!;
      let closed = false;
      options.presence?.enter(userId);
      watch.add(socket, token);

      const live: LiveSocket = {
        userId,
        role: user.role,
        send(event) {
          if (socket.readyState !== socket.OPEN) return;
          if (socket.bufferedAmount > maxBufferedBytes) return socket.close(closeCodes.tooSlow, 'Too slow; reconnect');
          socket.send(JSON.stringify(event));
        },
      };
      const subscribed = options.bus.subscribe(userChannel(userId), (event) => live.send(event as object));
      const ready = Promise.all([subscribed, sockets.add(live)]);

      socket.on('pong', () => watch.heard(socket));
      socket.on('message', (data, isBinary) => {
        watch.heard(socket);
        if (isBinary || data.toString() !== 'ping') return;
        ready.then(
          () => socket.readyState === socket.OPEN && socket.send('pong'),
          () => undefined,
        );
      });
      socket.on('close', () => {
        closed = true;
        options.presence?.leave(userId);
        watch.remove(socket);
        sockets.remove(live);
        subscribed.then(
          (unsubscribe) => unsubscribe().catch(() => undefined),
          () => undefined,
        );
      });
      ready.catch((error: unknown) => {
        request.log.warn({ err: error }, 'chat socket could not subscribe');
        if (!closed) socket.close(1011, 'Try again');
      });
    },
  );
};
