// The complaints module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { findComplaint, findQueuePage, hasOpenFlag, insertComplaint, lockComplaint, updateComplaint } from './complaints-repository.js';
export type { ComplaintRow, QueueFilter } from './complaints-repository.js';
