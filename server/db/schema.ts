/** Every table, gathered from the features that own them (drizzle-kit reads this file). */
export * from '../features/accounts/schema';
export * from '../features/audit/schema';
export * from '../features/booking/schema';
export * from '../features/catalog/schema';
export * from '../features/inbox/schema';
export * from '../features/push/schema';
export * from '../features/requests/schema';
export * from '../jobs/schema';
