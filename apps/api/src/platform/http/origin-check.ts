import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem-handler.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An Origin that names a site other than ours; a missing one (no browser behind it) is not foreign. */
export const isForeignOrigin = (allowed: ReadonlySet<string>, origin: string | undefined) => origin !== undefined && !allowed.has(origin);

/**
 * CSRF defence for cookie sessions: a browser always sends Origin on cross-site mutating requests,
 * so one that names a foreign origin is refused. Server-to-server calls (webhooks) carry no Origin.
 */
export function registerOriginCheck(app: FastifyInstance, allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method)) return;
    if (!isForeignOrigin(allowed, request.headers.origin)) return;
    return sendProblem(reply, request, 'forbidden', 'Cross-site request refused');
  });
}
