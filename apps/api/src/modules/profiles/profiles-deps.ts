import type { FilesDeps } from '../files/files-service.js';

/** What every profile service needs: the database, image storage, a logger and the clock. */
export interface ProfilesDeps extends FilesDeps {
  clock: () => Date;
}
