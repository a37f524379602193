/** Every table (drizzle-kit reads this file). Tables live in tables/<domain>.ts; features import them from there. */

export * from './tables/app-meta';
export * from './tables/audit';
export * from './tables/auth';
export * from './tables/booking';
export * from './tables/catalog';
export * from './tables/inbox';
export * from './tables/jobs';
export * from './tables/push';
export * from './tables/requests';
