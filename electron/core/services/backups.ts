import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/api/channels/backups';
import { AppError } from '../../../shared/domain/errors';
import type { CoreContext } from '../context';
import { DB_FILE } from '../data-dir';
import { migrate, schemaVersion } from '../db/migrate';
import { seedBuiltinDesigns } from '../db/repos/designs';
import { MIGRATIONS } from '../db/migrations/index';

/** How many automatic backups are kept. */
export const KEEP_AUTOMATIC = 10;

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The folder of automatic backups inside the data folder. */
export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Copies the live database with SQLite's online backup (never a file copy of a WAL database). */
export async function backupTo(ctx: CoreContext, folder: string, prefix = 'attesta-backup'): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${prefix}-${stamp(ctx.now())}.sqlite`);
  if (existsSync(file)) throw new AppError('duplicate', `${file} exists`, 'folder');
  await ctx.db.backup(file);
  // a backup is one self-contained file: no -wal / -shm beside it
  const copy = new Database(file);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  return readBackup(file);
}

/** The automatic backup at start: one more copy, and only the newest KEEP_AUTOMATIC kept. */
export async function automaticBackup(ctx: CoreContext, keep = KEEP_AUTOMATIC): Promise<BackupInfo> {
  const info = await backupTo(ctx, backupDir(ctx.dataDir), 'auto');
  const autos = readdirSync(backupDir(ctx.dataDir))
    .filter((f) => f.startsWith('auto-') && f.endsWith('.sqlite'))
    .sort()
    .reverse();
  for (const old of autos.slice(keep)) for (const suffix of ['', '-wal', '-shm']) rmSync(join(backupDir(ctx.dataDir), old + suffix), { force: true });
  return info;
}

function count(db: Database.Database, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
}

/** Opens a backup read-only and describes it; `bad_input` when it is not an Attesta database. */
export function readBackup(file: string): BackupInfo {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('bad_input', `${basename(file)} cannot be opened as a database`, 'file');
  }
  try {
    const version = schemaVersion(db);
    if (version === 0 || !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'design'").get()) {
      throw new AppError('bad_input', `${basename(file)} is not an Attesta database`, 'file');
    }
    return {
      file,
      name: basename(file),
      bytes: statSync(file).size,
      createdAt: statSync(file).mtime.toISOString(),
      schemaVersion: version,
      counts: { programmes: count(db, 'programme'), cohorts: count(db, 'cohort'), listeners: count(db, 'listener'), results: count(db, 'defense_result') },
      isNewer: version > (MIGRATIONS.at(-1)?.version ?? 0),
    };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bad_input', `${basename(file)} is not an Attesta database`, 'file');
  } finally {
    db.close();
  }
}

/** Backups in the data folder's backups/ (newest first), each with its preview. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .flatMap((f) => {
      try {
        return [readBackup(join(dir, f))];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Restores a backup into the live database. The current data is first backed up
 * (pre-restore-…), a backup from a newer Attesta is refused, and the copy is made with
 * SQLite's backup API into the open database, so every connection sees it at once.
 */
export async function restoreBackup(ctx: CoreContext, file: string): Promise<{ restored: BackupInfo; keptCurrent: BackupInfo }> {
  const info = readBackup(file);
  if (info.isNewer) throw new AppError('db_newer', `${info.name} was written by a newer Attesta (schema ${info.schemaVersion}); update Attesta to restore it`, 'file');
  const keptCurrent = await backupTo(ctx, backupDir(ctx.dataDir), 'pre-restore');
  const staging = join(backupDir(ctx.dataDir), `restoring-${stamp(ctx.now())}.sqlite`);
  copyFileSync(file, staging);
  const source = new Database(staging, { readonly: true });
  try {
    await source.backup(join(ctx.dataDir, DB_FILE));
  } finally {
    source.close();
    rmSync(staging, { force: true });
  }
  migrate(ctx.db, MIGRATIONS);
  seedBuiltinDesigns(ctx.db, ctx.now());
  return { restored: info, keptCurrent };
}
