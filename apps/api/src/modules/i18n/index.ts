// The i18n module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { messages } from './messages.js';
export type { CodePurpose } from './messages.js';
export { notificationMessages, notificationText } from './notification-messages.js';
