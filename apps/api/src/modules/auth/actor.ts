import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from './sessions-service.js';

/** Who is acting, as a service sees them: no session, no request, so any caller can build one. */
export interface Actor {
  id: string;
  role: AuthContext['user']['role'];
}

export const actorOf = (auth: AuthContext): Actor => ({ id: auth.user.id, role: auth.user.role });

/** 403 `forbidden` unless the actor is an admin; every admin service calls it first, whatever the route checked. */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('forbidden', 'Admins only');
}
