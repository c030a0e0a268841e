import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import type { FilesDeps } from '../files/files-service.js';

export interface ChatDeps {
  db: Db;
  clock: () => Date;
  bus: Bus;
  log: Pick<FastifyBaseLogger, 'warn'>;
  /** Chat images are stored through the files module. */
  files: FilesDeps;
}
