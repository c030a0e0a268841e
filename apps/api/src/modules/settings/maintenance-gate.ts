import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/http/errors.js';
import { requestLocale } from '../../platform/http/request-locale.js';
import type { MaintenanceService } from './maintenance.js';

/**
 * Paths that keep answering during maintenance: operators need health, admins need their panel and a way
 * to sign in (login and logout only: sign-up and the rest of /auth stay closed).
 */
const exempt = [
  /^\/api\/v1\/health$/,
  /^\/api\/v1\/admin(\/|\.|$)/,
  /^\/api\/v1\/auth\/(login|logout)$/,
  /^\/api\/v1\/dev\//,
  /^\/api\/docs/,
];

/**
 * While maintenance is on, everything else answers 503 `maintenance`, except to a signed-in admin, who can
 * use the whole API (to check the site before switching it back on). It runs at preParsing, after the
 * session is resolved (onRequest) and before any body is read or validated.
 */
export function registerMaintenanceGate(app: FastifyInstance, maintenance: MaintenanceService) {
  // Thrown, not sent: a preParsing hook that resolves with a value would have it taken for the body stream.
  app.addHook('preParsing', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || exempt.some((re) => re.test(path))) return;
    if (request.auth?.user.role === 'admin') return;
    let state;
    try {
      state = await maintenance.get();
    } catch {
      return; // database trouble is reported by the route itself
    }
    if (!state.enabled) return;
    // The notice in the asker's language (the web sends its page's): admins write it in both.
    throw new AppError('maintenance', state.message?.[requestLocale(request)] ?? 'Maintenance in progress', { retryAfter: 300 });
  });
}
