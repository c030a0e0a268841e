import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AdminDeps } from './admin-deps.js';
import { adminOnlyHook } from './admin-guard.js';

/** /api/v1/admin/users and /api/v1/admin/audit-log. Every route is admins only. */
export const adminUserRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  void deps;
};
