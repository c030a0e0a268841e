// The conversations module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { userChannel } from './chat-events.js';
export type { LiveSocket, LiveSockets } from './live-sockets.js';
export { findMessageParties } from './messages-repository.js';
export { findConversationOfTask, openConversation } from './open-conversation.js';
