import { asc, eq, inArray } from 'drizzle-orm';
import type { TPushSubscriptionRequest } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { pushSubscriptions } from './push.table.js';
import { AppError } from '../../platform/http/errors.js';
import { type ResolveHost, refusePushHost } from '../../platform/push/push-host.js';
import type { AuthContext } from '../auth/index.js';
import { isAcceptablePushEndpoint } from './push-endpoint.js';
import { deletePushSubscription, upsertPushSubscription } from './push-subscriptions-repository.js';

/** A person's browsers and phones; the oldest is let go beyond this, so a loop cannot grow the table. */
export const maxPushSubscriptionsPerUser = 10;

export interface PushSubscriptionsDeps {
  db: Db;
  clock: () => Date;
  /**
   * Production: only https endpoints on public host names (see isAcceptablePushEndpoint) whose every
   * address is public (see refusePushHost).
   */
  strictEndpoints: boolean;
  resolveHost: ResolveHost;
}

const refusedEndpoint = () =>
  new AppError('validation.failed', 'This push endpoint is not accepted', {
    errors: [{ path: 'body.endpoint', code: 'push_endpoint', message: 'Not the address of a push service' }],
  });

export async function savePushSubscription(
  deps: PushSubscriptionsDeps,
  auth: AuthContext,
  body: TPushSubscriptionRequest,
  userAgent: string | null,
): Promise<void> {
  if (!isAcceptablePushEndpoint(body.endpoint, deps.strictEndpoints)) throw refusedEndpoint();
  if (deps.strictEndpoints && (await refusePushHost(new URL(body.endpoint).hostname, deps.resolveHost))) throw refusedEndpoint();
  await deps.db.transaction(async (tx) => {
    await upsertPushSubscription(tx, {
      userId: auth.user.id,
      endpoint: body.endpoint,
      p256dh: body.keys.p256dh,
      auth: body.keys.auth,
      userAgent: userAgent?.slice(0, 400) ?? null,
      createdAt: deps.clock(),
    });
    const rows = await tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, auth.user.id))
      .orderBy(asc(pushSubscriptions.createdAt));
    const excess = rows.slice(0, Math.max(0, rows.length - maxPushSubscriptionsPerUser)).map((r) => r.id);
    if (excess.length > 0) await tx.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, excess));
  });
}

export async function removePushSubscription(deps: PushSubscriptionsDeps, auth: AuthContext, endpoint: string): Promise<void> {
  if (!(await deletePushSubscription(deps.db, auth.user.id, endpoint))) throw new AppError('not_found', 'No such push subscription');
}
