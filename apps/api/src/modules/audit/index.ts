// The audit module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { recordAudit } from './audit-repository.js';
export type { RequestOrigin } from './audit-repository.js';
