// The auth module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { actorOf, assertAdmin } from './actor.js';
export type { Actor } from './actor.js';
export type { AuthDeps } from './auth-service.js';
export { latestOpenCodeOfUser } from './codes-repository.js';
export { issueCode, withValidCode } from './codes-service.js';
export { normalizePhone } from './contacts.js';
export type { Contact } from './contacts.js';
export { assertAcceptablePassword, isPersonalPassword, minimumPasswordScore, passwordScore } from './password-policy.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { liveSessionFields, liveSessionOf, sessionWith, toLiveSession } from './live-session.js';
export type { LiveSession } from './live-session.js';
export { originOf, requireAuth, sessionCookie } from './session-plugin.js';
export { revokeSessionsOf } from './sessions-repository.js';
export { liveSessionTokens } from './sessions-service.js';
export type { AuthContext } from './sessions-service.js';
