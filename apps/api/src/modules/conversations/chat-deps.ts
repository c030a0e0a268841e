import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { FilesDeps } from '../files/index.js';
import type { Presence } from './presence.js';

export interface ChatDeps {
  db: Db;
  clock: () => Date;
  bus: Bus;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
  /** Chat images are stored through the files module. */
  files: FilesDeps;
  /** Queues chat.message email/SMS; without it chat notifications stay in-app only. */
  jobs?: Pick<Jobs, 'insert'>;
  /** Open sockets on this instance: an online recipient gets the in-app row only. */
  presence?: Presence;
}
