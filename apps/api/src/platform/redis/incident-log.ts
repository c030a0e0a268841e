import type { RedisLog } from './redis-client.js';

/**
 * One warning when something starts failing and one info line when it works again, however many
 * calls fail in between: a Redis that times out under chat traffic must not flood the log.
 */
export function createIncidentLog(log: RedisLog, what: string) {
  let failing = false;
  return {
    failed(error: unknown) {
      if (failing) return;
      failing = true;
      log.warn({ reason: error instanceof Error ? error.message : String(error) }, `${what} failing`);
    },
    succeeded() {
      if (!failing) return;
      failing = false;
      log.info(`${what} working again`);
    },
  };
}
