import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from '../data-dir';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { seedBuiltinDesigns } from './repos/designs';

/** Options for opening the store. `nativeBinding` points at an Electron-ABI build. */
export type OpenOptions = { nativeBinding?: string; now?: () => Date; fontDir?: string };

/** Sets the pragmas every connection needs (decisions: WAL, FULL sync, foreign keys). */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function backupBeforeMigrating(db: Database.Database, dataDir: string, fromVersion: number, now: Date): void {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(dataDir, 'backups', `attesta-v${fromVersion}-${stamp}.sqlite`);
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  db.prepare('VACUUM INTO ?').run(target);
}

/** Opens (creating if needed) the one SQLite store in `dataDir`, migrated and seeded. */
export function openStore(dataDir: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const db = new Database(join(dataDir, DB_FILE), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(db);
    migrate(db, MIGRATIONS, (from) => backupBeforeMigrating(db, dataDir, from, now()));
    seedBuiltinDesigns(db, now());
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
