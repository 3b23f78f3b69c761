import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { BackupResults } from '../../shared/api/channels/backups';
import type { CoreContext } from './context';
import { backupDir, backupTo, listBackups, readBackup, restoreBackup } from './services/backups';
import { exportProgrammeFile, importProgrammeFile } from './services/transfer/programme-file';

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
    'backup:now': ({ folder }) => backupTo(ctx, folder ?? backupDir(ctx.dataDir)),
    'backup:list': () => listBackups(ctx.dataDir),
    'backup:preview': ({ file }) => readBackup(file),
    'backup:restore': ({ file }) => restoreBackup(ctx, file),
  };
}
