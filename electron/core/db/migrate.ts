import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/domain/errors';
import type { Migration } from './migration';

/** The schema version a database is at (SQLite's `user_version`). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest version, each step in its own transaction with its
 * `user_version` bump. `beforeMigrating` runs once (e.g. a backup) when an existing database
 * is about to change. A database from a newer Attesta is refused.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  beforeMigrating: (fromVersion: number) => void = () => {},
): { from: number; to: number } {
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new AppError(
      'db_newer',
      `this database was written by a newer Attesta (schema ${from}; this version knows up to ${latest}). Update Attesta to open it.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length > 0 && from > 0) beforeMigrating(from);
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: Math.max(from, latest) };
}
