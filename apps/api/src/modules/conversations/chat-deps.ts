import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import type { Notifier } from '../../platform/notices/notifier.js';
import type { FilesDeps } from '../files/index.js';
import type { Presence } from './presence.js';

export interface ChatDeps {
  db: Db;
  clock: () => Date;
  bus: Bus;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
  /** Chat images are stored through the files module. */
  files: FilesDeps;
  /** The recipient's chat.message notification: in-app, and by email/SMS when they are offline. */
  notifier: Notifier;
  /** Open sockets on this instance: an online recipient gets the in-app row only. */
  presence?: Presence;
}
