import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AdminDeps } from '../admin/admin-deps.js';

/** POST /api/v1/complaints: a signed-in person reports a task, a user, a review or a message. */
export const complaintRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (_app, { deps }) => {
  void deps;
};
