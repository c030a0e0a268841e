import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../../platform/http/problem-handler.js';
import type { MaintenanceService } from './maintenance.js';

/** Paths that keep answering during maintenance: operators need health, admins need their panel. */
const exempt = [/^\/api\/v1\/health$/, /^\/api\/v1\/admin(\/|$)/, /^\/api\/v1\/dev\//, /^\/api\/docs/];

export function registerMaintenanceGate(app: FastifyInstance, maintenance: MaintenanceService) {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || exempt.some((re) => re.test(path))) return;
    let state;
    try {
      state = await maintenance.get();
    } catch {
      return; // database trouble is reported by the route itself
    }
    if (state.enabled) {
      reply.header('retry-after', '300');
      return sendProblem(reply, request, 'maintenance', state.message ?? 'Maintenance in progress');
    }
  });
}
