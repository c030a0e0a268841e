import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply } from 'fastify';
import { requestLimits } from '@dastiyor/contracts';

/** A refused body that stops arriving for this long is not worth waiting for. */
const drainIdleMs = 10_000;

/** How long a closing connection stays open, unread, after its answer went out (nginx's lingering_timeout). */
const lingerMs = 5_000;

/**
 * Reads the rest of a body the API refused unread (413) and throws it away; resolves once it is all in, so
 * the answer goes out on a connection that stays usable.
 *
 * Fastify answers an oversized body at once with `Connection: close`, and Node then closes the socket while
 * the client is still sending: the unread bytes make the kernel reset the connection, and a client still
 * writing (the web origin's proxy above all) gets EPIPE or ECONNRESET instead of the 413, about half the
 * time. Answering after the drain holds even for a client that asked to close after this request. A client
 * that sends more than `requestLimits.drainBytes`, or goes quiet, is answered then and its connection
 * closed the lingering way (see `lingerOnClose`).
 */
export function drainRefusedBody(raw: IncomingMessage, reply: Pick<FastifyReply, 'header' | 'removeHeader'>): Promise<void> {
  // Fastify's `Connection: close` goes; Node keeps the connection unless the client asked otherwise.
  reply.removeHeader('connection');
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let drained = 0;
    const finish = (whole: boolean) => {
      clearTimeout(idle);
      raw.off('data', onData).off('end', onEnd).off('close', onEnd);
      if (!whole) {
        raw.pause();
        lingerOnClose(raw.socket);
        reply.header('connection', 'close');
      }
      resolve();
    };
    const onData = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > requestLimits.drainBytes) finish(false);
      else idle.refresh();
    };
    const onEnd = () => finish(true);
    const idle = setTimeout(() => finish(false), drainIdleMs);
    raw.on('data', onData).on('end', onEnd).on('close', onEnd);
    raw.resume();
  });
}

/**
 * Makes Node's close after a `Connection: close` answer a lingering one: the answer and a FIN go out, the
 * socket stops reading and is destroyed only `lingerMs` later (or when the client closes first).
 *
 * Node destroys the socket as soon as the FIN is flushed; with the client's bytes still arriving unread,
 * the kernel then answers with a reset, which on Linux throws away whatever the client had not read yet —
 * the 413 itself, when the client was busy writing. Not reading meanwhile costs nothing: the client's
 * writes block on a full window instead of being received and thrown away.
 */
function lingerOnClose(socket: Socket | null): void {
  if (!socket || socket.destroyed) return;
  // Node's http server calls `destroySoon` on the socket of a response it marked as the last one.
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    const linger = setTimeout(() => this.destroy(), lingerMs);
    linger.unref();
    this.once('close', () => clearTimeout(linger));
  };
}
