export type { Store, BoardLog, WorkshopRecords, StoreLifecycle, StoredUpdate, BoardState, Session, IdentityLink } from './Store.js';
export { openStore } from './openStore.js';
export type { OpenStoreOptions } from './openStore.js';
export { SqliteStore } from './sqlite/SqliteStore.js';
export { PostgresStore } from './postgres/PostgresStore.js';
export type { PostgresStoreOptions } from './postgres/PostgresStore.js';
export { isStoreFault } from './storeFault.js';
