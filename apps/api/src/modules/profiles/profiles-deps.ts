import type { Bus } from '../../platform/bus/bus.js';
import type { FilesDeps } from '../files/index.js';

/** What every profile service needs: the database, image storage, a logger, the clock and the bus (live sockets). */
export interface ProfilesDeps extends FilesDeps {
  clock: () => Date;
  bus: Bus;
}
