// The contract's plain values (enumerations, limits, header names), free of zod: what browser code may import.
export * from './admin-content';
export * from './admin-reports';
export * from './admin-users';
export * from './chat';
export * from './idempotency';
export * from './moderation';
export * from './notifications';
export * from './profiles';
export * from './responses';
export * from './reviews';
export * from './session';
export * from './subscriptions';
export * from './task-card';
export * from './tasks';
