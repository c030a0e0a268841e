import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem-handler.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie sessions: a browser always sends Origin on cross-site mutating requests,
 * so one that names a foreign origin is refused. Server-to-server calls (webhooks) carry no Origin.
 */
export function registerOriginCheck(app: FastifyInstance, allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined || allowed.has(origin)) return;
    return sendProblem(reply, request, 'forbidden', 'Cross-site request refused');
  });
}
