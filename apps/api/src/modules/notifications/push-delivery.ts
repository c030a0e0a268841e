import type { TPushPayload } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import type { PushSender } from '../../platform/push/push-sender.js';
import { deletePushSubscriptionById, listPushSubscriptions, markPushSuccess } from '../push/index.js';

/** A day: news older than that is not worth waking a phone for. */
export const pushTtlSeconds = 24 * 60 * 60;

/**
 * Sends one payload to each of a person's browsers. A subscription its push service calls gone
 * (404/410) is deleted; any other failure is thrown after the rest were tried, so the job retries —
 * a browser reached twice shows the payload once, since the same `tag` replaces it.
 */
export async function sendPushToAll(
  deps: { db: Db; push: PushSender; clock: () => Date },
  userId: string,
  payload: TPushPayload,
): Promise<number> {
  const targets = await listPushSubscriptions(deps.db, userId);
  const body = JSON.stringify(payload);
  const results = await Promise.allSettled(
    targets.map(async (t) => {
      const outcome = await deps.push.send(
        { endpoint: t.endpoint, keys: { p256dh: t.p256dh, auth: t.auth } },
        { payload: body, ttlSeconds: pushTtlSeconds, urgency: 'normal' },
      );
      if (outcome === 'gone') await deletePushSubscriptionById(deps.db, t.id);
      else await markPushSuccess(deps.db, t.id, deps.clock());
      return outcome;
    }),
  );
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failures.length > 0)
    throw new AggregateError(
      failures.map((f) => f.reason),
      `push failed for ${failures.length} of ${targets.length} browsers`,
    );
  return results.filter((r) => r.status === 'fulfilled' && r.value === 'sent').length;
}
