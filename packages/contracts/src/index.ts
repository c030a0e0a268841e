export * from './problems';
export * from './common';
export * from './catalog';
export * from './system';
export * from './tasks';
export * from './auth';
export * from './profiles';
export * from './subscriptions';
