import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { CategoriesAdminDeps } from '../catalog/index.js';
import type { MaintenanceService } from '../settings/index.js';

/** What the admin panel's route plugins get: the database, the clock, and the platform pieces they act through. */
export interface AdminDeps {
  db: Db;
  clock: () => Date;
  bus: Bus;
  jobs: Jobs;
  log: FastifyBaseLogger;
  maintenance: MaintenanceService;
  /** The tasks module's count per category, for the catalog's admin screens (see CategoriesAdminDeps). */
  countTasksByCategory: CategoriesAdminDeps['countTasksByCategory'];
}
