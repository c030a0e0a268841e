export * from './catalog.js';
export * from './users.js';
export * from './tasks.js';
export * from './settings.js';
export * from './outbox.js';
export * from './auth.js';
export * from './files.js';
export * from './providers.js';
