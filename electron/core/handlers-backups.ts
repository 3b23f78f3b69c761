import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { BackupResults } from '../../shared/api/channels/backups';
import type { CoreContext } from './context';
import { backupDir, backupTo, listBackups, previewBackup, restoreBackup } from './services/backups';
import { exportProgrammeFile, importProgrammeFile, readProgrammeFile } from './services/transfer/programme-file';

type BackupChannel = keyof BackupResults;
/** The handlers of backups and `.attesta` files. */
export type BackupHandlers = { [C in BackupChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** Backups and moving programmes over one context. */
export function createBackupHandlers(ctx: CoreContext): BackupHandlers {
  return {
    'programme:export-file': async ({ id, password }) => ({
      fileName: `programme-${id}.attesta`,
      base64: (await exportProgrammeFile(ctx.db, id, { ...(password ? { password } : {}), now: ctx.now() })).toString('base64'),
    }),
    'programme:import-file': ({ fileBase64, password }) =>
      importProgrammeFile(ctx.db, Buffer.from(fileBase64, 'base64'), { ...(password ? { password } : {}), now: ctx.now() }),
    'programme:import-path': ({ file, password }) =>
      importProgrammeFile(ctx.db, readProgrammeFile(file), { ...(password ? { password } : {}), now: ctx.now() }),
    'backup:now': ({ folder, password }) => backupTo(ctx, folder ?? backupDir(ctx.dataDir), 'attesta-backup', password),
    'backup:list': () => listBackups(ctx.dataDir),
    'backup:preview': ({ file, password }) => previewBackup(file, password || undefined),
    'backup:restore': ({ file, password }) => restoreBackup(ctx, file, password || undefined),
  };
}
