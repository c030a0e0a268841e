import { subscribe } from 'node:diagnostics_channel';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

// Server only. Next creates its HTTP server before the app is loaded and never hands it out; Node announces
// every accepted connection on a diagnostics channel, and the connection knows its server.

const seen = new WeakSet<object>();
const callbacks: Array<(server: Server) => void> = [];
let subscribed = false;

/** Calls `callback` once for each HTTP server of this process, on its first connection (before that connection's first request). */
export function onEachHttpServer(callback: (server: Server) => void): void {
  callbacks.push(callback);
  if (subscribed) return;
  subscribed = true;
  subscribe('net.server.socket', (message) => {
    const server = (message as { socket: Socket & { server?: Server } }).socket.server;
    if (!server || seen.has(server)) return;
    seen.add(server);
    for (const each of callbacks) each(server);
  });
}
