import type { TChatEvent } from '@dastiyor/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from '../../platform/bus/bus.js';

/** Every socket of a user listens on their own channel, so an event only ever reaches the people it is published to. */
export const userChannel = (userId: string) => `user:${userId}`;

/**
 * Delivers an event to each user's sockets on every instance. Called after the commit: when the bus is
 * down the data is already stored and clients catch up with `?after=`, so a failure is logged, not thrown.
 */
export async function publishChatEvent(
  deps: { bus: Bus; log: Pick<FastifyBaseLogger, 'warn'> },
  userIds: string[],
  event: TChatEvent,
): Promise<void> {
  const results = await Promise.allSettled(userIds.map((id) => deps.bus.publish(userChannel(id), event)));
  if (results.some((r) => r.status === 'rejected')) deps.log.warn({ type: event.type }, 'a chat event could not be published');
}
