// The settings module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export type { MaintenanceService } from './maintenance.js';
