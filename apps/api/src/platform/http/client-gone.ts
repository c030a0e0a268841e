import type { FastifyInstance } from 'fastify';

/**
 * Stops a request whose client left before its hooks ran (a page navigated away, the web origin gave up on
 * it): nobody can read its answer, nothing has been done for it yet, and with the socket gone `request.ip`
 * is undefined, on which the rate limiter's key throws and the request would be logged as a 500.
 * Register before the rate limiter.
 */
export function registerClientGone(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    // `request.ip` is undefined once the socket has let go of its peer's address, even before it reads as destroyed.
    if (!request.raw.socket.destroyed && request.ip !== undefined) return;
    reply.hijack();
    request.raw.destroy();
  });
}
