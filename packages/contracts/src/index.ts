export * from './problems.js';
export * from './common.js';
export * from './catalog.js';
export * from './system.js';
export * from './tasks.js';
export * from './auth.js';
export * from './profiles.js';
