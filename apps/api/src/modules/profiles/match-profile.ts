import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import { findMatchFields } from './provider-profiles-repository.js';

/** What a provider's alerts depend on, as the profile stores it; tasks/task-match-rule.ts matches tasks against it. */
export interface MatchProfile {
  categoryIds: string[];
  serviceCityId: string | null;
  districtIds: string[];
}

/** A provider's categories, service city and districts: what decides which new tasks they are told about. */
export async function loadMatchProfile(db: DbOrTx, userId: string): Promise<MatchProfile> {
  const row = await findMatchFields(db, userId);
  return { serviceCityId: row?.serviceCityId ?? null, categoryIds: row?.categoryIds ?? [], districtIds: row?.districtIds ?? [] };
}

/** One channel for every instance: a provider changed what they serve, so their open sockets reload it. */
export const matchProfileChangedChannel = 'providers.match-profile-changed';
export const ZMatchProfileChanged = z.object({ userId: z.uuid() });

/** Called after the commit; the bus being down only delays the change until the sockets reconnect, so it is logged. */
export async function announceMatchProfileChanged(deps: { bus: Bus; log: Pick<FastifyBaseLogger, 'warn'> }, userId: string) {
  try {
    await deps.bus.publish(matchProfileChangedChannel, { userId } satisfies z.infer<typeof ZMatchProfileChanged>);
  } catch (error) {
    deps.log.warn({ userId, err: error }, 'a profile change could not be announced to live sockets');
  }
}
