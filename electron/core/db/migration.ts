import type Database from 'better-sqlite3';

/** One numbered, append-only schema step. `up` runs inside the runner's transaction. */
export type Migration = { version: number; name: string; up: (db: Database.Database) => void };
