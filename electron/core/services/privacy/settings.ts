import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

/** Years personal data is kept after a cohort ends, unless the operator sets another number. */
export const DEFAULT_RETENTION_YEARS = 5;

/** App-wide settings kept in the database (migration 011), each a JSON value under a key. */
export type AppSettings = { retentionYears: number; backupPassword: string | null };

const DEFAULTS: AppSettings = { retentionYears: DEFAULT_RETENTION_YEARS, backupPassword: null };

/** Reads one setting; the default when it was never set. */
export function getSetting<K extends keyof AppSettings>(db: Database.Database, key: K): AppSettings[K] {
  const row = prepared(db, 'SELECT value FROM app_setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as AppSettings[K]) : DEFAULTS[key];
}

/** Writes one setting (inside the caller's transaction, if any). */
export function setSetting<K extends keyof AppSettings>(db: Database.Database, key: K, value: AppSettings[K]): void {
  prepared(db, 'INSERT INTO app_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
