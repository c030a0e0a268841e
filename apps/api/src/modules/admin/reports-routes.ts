import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AdminDeps } from './admin-deps.js';
import { adminOnlyHook } from './admin-guard.js';

/** /api/v1/admin/stats, subscriptions, payments (with CSV) and settings. Every route is admins only. */
export const adminReportRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  void deps;
};
