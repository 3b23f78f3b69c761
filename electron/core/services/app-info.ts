import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import { DB_FILE } from '../data-dir';
import { schemaVersion } from '../db/migrate';
import { APP_VERSION } from '../version';
import { listBackups } from './backups';

function size(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The About / diagnostics facts: version, data folder, schema, database size, last backup. */
export function appInfo(ctx: CoreContext): AppInfo {
  const db = join(ctx.dataDir, DB_FILE);
  return {
    version: APP_VERSION,
    dataDir: ctx.dataDir,
    schemaVersion: schemaVersion(ctx.db),
    dbBytes: size(db) + size(`${db}-wal`),
    lastBackup: listBackups(ctx.dataDir)[0]?.createdAt ?? null,
  };
}
