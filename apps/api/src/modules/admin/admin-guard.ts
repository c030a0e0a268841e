import type { FastifyRequest } from 'fastify';
import { type Actor, actorOf, assertAdmin, requireAuth, type AuthContext } from '../auth/index.js';

/** 401 `auth.required` for a guest, 403 `forbidden` for anyone but an admin. */
export function requireAdmin(request: FastifyRequest): AuthContext {
  const auth = requireAuth(request);
  assertAdmin(actorOf(auth));
  return auth;
}

/** The signed-in admin as the admin services take them. */
export const adminOf = (request: FastifyRequest): Actor => actorOf(requireAdmin(request));

/**
 * An onRequest hook for every admin scope: the role is checked before the body is parsed or
 * validated, so guests and non-admins learn nothing about the route's shape.
 */
export async function adminOnlyHook(request: FastifyRequest): Promise<void> {
  requireAdmin(request);
}
