import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/errors.js';
import { requireAuth, type AuthContext } from '../auth/index.js';

/** 401 `auth.required` for a guest, 403 `forbidden` for anyone but an admin. */
export function requireAdmin(request: FastifyRequest): AuthContext {
  const auth = requireAuth(request);
  if (auth.user.role !== 'admin') throw new AppError('forbidden', 'Admins only');
  return auth;
}

/**
 * An onRequest hook for every admin scope: the role is checked before the body is parsed or
 * validated, so guests and non-admins learn nothing about the route's shape.
 */
export async function adminOnlyHook(request: FastifyRequest): Promise<void> {
  requireAdmin(request);
}
