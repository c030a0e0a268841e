// The notifications module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { notifyChatMessage } from './chat-notifications.js';
export { notify, publishNotifications } from './notify.js';
export type { NotifierDeps } from './notify.js';
export { enqueueTaskAlert, recordTaskAlert } from './task-alert-fanout.js';
export { enqueueTaskMatching } from './task-matching.js';
export type { NotificationParams } from './notifications.table.js';
export { createNotifier } from './notifier.js';
