import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/api/channels/backups';
import { AppError } from '../../../shared/domain/errors';
import type { CoreContext } from '../context';
import { DB_FILE } from '../data-dir';
import { migrate, schemaVersion } from '../db/migrate';
import { seedBuiltinDesigns } from '../db/repos/designs';
import { MIGRATIONS } from '../db/migrations/index';
import { getSetting } from './privacy/settings';
import { isEncrypted, open, seal } from './transfer/envelope';

/** How many automatic backups are kept. */
export const KEEP_AUTOMATIC = 10;
/** The ending of a backup sealed with a password (AES-256-GCM, the `.attesta` envelope). */
export const ENCRYPTED_SUFFIX = '.sqlite.enc';

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

const isBackupName = (f: string): boolean => f.endsWith('.sqlite') || f.endsWith(ENCRYPTED_SUFFIX);

/** The folder of automatic backups inside the data folder. */
export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function count(db: Database.Database, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
}

/** Describes an open copy; `bad_input` when it is not an Attesta database. */
function describe(open: () => Database.Database, file: string, encrypted: boolean): BackupInfo {
  let db: Database.Database;
  try {
    db = open();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bad_input', `${basename(file)} cannot be opened as a database`, 'file');
  }
  try {
    const version = schemaVersion(db);
    if (version === 0 || !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'design'").get()) {
      throw new AppError('bad_input', `${basename(file)} is not an Attesta database`, 'file');
    }
    return {
      ...outside(file, encrypted),
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

/** What can be told of a backup without opening it. */
function outside(file: string, encrypted: boolean): BackupInfo {
  const stat = statSync(file);
  return { file, name: basename(file), bytes: stat.size, createdAt: stat.mtime.toISOString(), isEncrypted: encrypted, schemaVersion: null, counts: null, isNewer: false };
}

function readWhole(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new AppError('not_found', `${basename(file)} cannot be read`, 'file');
  }
}

/** The first bytes of a file: enough to tell a sealed backup from a plain one without reading it all. */
function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64);
    return buf.subarray(0, readSync(fd, buf, 0, 64, 0));
  } finally {
    closeSync(fd);
  }
}

/** An encrypted backup's database, opened in memory (the plain copy never touches the disk). */
function openSealed(file: string, password: string): Database.Database {
  const plain = open(readWhole(file), password);
  try {
    return new Database(plain, { readonly: true });
  } catch {
    throw new AppError('bad_input', `${basename(file)} cannot be opened as a database`, 'file');
  }
}

/**
 * Describes a backup. A plain one is opened read-only; an encrypted one shows only its size and
 * date until the password is given; a wrong password is `wrong_password`.
 */
export function previewBackup(file: string, password?: string): BackupInfo {
  if (!existsSync(file)) throw new AppError('not_found', `${basename(file)} does not exist`, 'file');
  if (!isEncrypted(head(file))) return describe(() => new Database(file, { readonly: true, fileMustExist: true }), file, false);
  if (!password) return outside(file, true);
  return describe(() => openSealed(file, password), file, true);
}

/** Opens a plain backup read-only and describes it; `bad_input` when it is not an Attesta database. */
export function readBackup(file: string): BackupInfo {
  return previewBackup(file);
}

/**
 * Copies the live database with SQLite's online backup (never a file copy of a WAL database).
 * With a password the copy is sealed (AES-256-GCM, key from scrypt): it is staged in the data
 * folder's own backups/, next to the live file it copies, and removed once sealed.
 */
export async function backupTo(ctx: CoreContext, folder: string, prefix = 'attesta-backup', password?: string): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true });
  const name = `${prefix}-${stamp(ctx.now())}`;
  const file = join(folder, password ? name + ENCRYPTED_SUFFIX : `${name}.sqlite`);
  if (existsSync(file)) throw new AppError('duplicate', `${file} exists`, 'folder');
  const staging = password ? join(backupDir(ctx.dataDir), `.staging-${name}.sqlite`) : file;
  mkdirSync(backupDir(ctx.dataDir), { recursive: true });
  await ctx.db.backup(staging);
  // a backup is one self-contained file: no -wal / -shm beside it
  const copy = new Database(staging);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  if (!password) return previewBackup(file);
  try {
    const info = previewBackup(staging);
    writeFileSync(`${file}.part`, seal(readFileSync(staging), password));
    renameSync(`${file}.part`, file);
    return { ...outside(file, true), schemaVersion: info.schemaVersion, counts: info.counts, isNewer: info.isNewer };
  } finally {
    rmSync(staging, { force: true });
    rmSync(`${file}.part`, { force: true });
  }
}

/** The automatic backup at start (sealed when a password is set in settings); only the newest KEEP_AUTOMATIC kept. */
export async function automaticBackup(ctx: CoreContext, keep = KEEP_AUTOMATIC): Promise<BackupInfo> {
  const info = await backupTo(ctx, backupDir(ctx.dataDir), 'auto', getSetting(ctx.db, 'backupPassword') ?? undefined);
  const autos = readdirSync(backupDir(ctx.dataDir))
    .filter((f) => f.startsWith('auto-') && isBackupName(f))
    .sort()
    .reverse();
  for (const old of autos.slice(keep)) for (const suffix of ['', '-wal', '-shm']) rmSync(join(backupDir(ctx.dataDir), old + suffix), { force: true });
  return info;
}

/** Backups in the data folder's backups/ (newest first), each with its preview (encrypted ones without their counts). */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isBackupName)
    .flatMap((f) => {
      try {
        return [previewBackup(join(dir, f))];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Restores a backup into the live database. The current data is first backed up
 * (pre-restore-…, sealed when a password is set in settings), a backup from a newer Attesta is
 * refused, an encrypted one needs its password (a wrong one restores nothing), and the copy is
 * made with SQLite's backup API into the open database, so every connection sees it at once.
 */
export async function restoreBackup(ctx: CoreContext, file: string, password?: string): Promise<{ restored: BackupInfo; keptCurrent: BackupInfo }> {
  const info = previewBackup(file, password);
  if (info.isEncrypted && !password) throw new AppError('wrong_password', `${info.name} is protected by a password`, 'password');
  if (info.isNewer) throw new AppError('db_newer', `${info.name} was written by a newer Attesta (schema ${info.schemaVersion}); update Attesta to restore it`, 'file');
  const keptCurrent = await backupTo(ctx, backupDir(ctx.dataDir), 'pre-restore', getSetting(ctx.db, 'backupPassword') ?? undefined);
  const live = join(ctx.dataDir, DB_FILE);
  if (password && info.isEncrypted) {
    const source = openSealed(file, password);
    try {
      await source.backup(live);
    } finally {
      source.close();
    }
  } else {
    const staging = join(backupDir(ctx.dataDir), `restoring-${stamp(ctx.now())}.sqlite`);
    copyFileSync(file, staging);
    const source = new Database(staging, { readonly: true });
    try {
      await source.backup(live);
    } finally {
      source.close();
      rmSync(staging, { force: true });
    }
  }
  migrate(ctx.db, MIGRATIONS);
  seedBuiltinDesigns(ctx.db, ctx.now());
  return { restored: info, keptCurrent };
}
