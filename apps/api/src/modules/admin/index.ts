// The admin module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export type { AdminDeps } from './admin-deps.js';
