import type Database from 'better-sqlite3';

/** What every service needs: the store, where it lives, and the clock. */
export type CoreContext = { db: Database.Database; dataDir: string; now: () => Date };
