import type { Channel, ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { CoreContext } from './context';
import { backupDir, backupTo, listBackups, readBackup, restoreBackup } from './services/backups';
import { loadDemo } from './services/demo';
import { exportProgrammeFile, importProgrammeFile } from './services/transfer/programme-file';
import { exportDocument, fileBase64, workerRenderer } from './services/documents/export';
import { aggregate, grade } from './services/grading';
import { getTemplate, listTemplates, validateTemplate } from './services/templates';
import { createDefenseHandlers } from './handlers-defense';
import { createDeviceHandlers } from './handlers-devices';
import { createPeopleHandlers } from './handlers-people';
import { createSittingHandlers } from './handlers-sittings';
import { appInfo } from './services/app-info';

/** One thin function per channel: what every host (CLI, IPC, HTTP) calls. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** The handlers over one core context. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'template:list': () => listTemplates(ctx.db),
    'template:get': ({ id }) => getTemplate(ctx.db, id),
    'template:validate': ({ design }) => validateTemplate(design),
    'grade:compute': (input) => grade(ctx.db, input),
    'aggregate:compute': (input) => aggregate(ctx.db, input),
    'demo:load': () => loadDemo(ctx.db, ctx.now()),
    'app:info': () => appInfo(ctx),
    ...createPeopleHandlers(ctx),
    ...createDefenseHandlers(ctx),
    ...createDeviceHandlers(ctx),
    ...createSittingHandlers(ctx),
    'document:export': async ({ inline, ...req }) => {
      const result = await exportDocument(ctx, req, workerRenderer(ctx.fontDir));
      return inline ? { ...result, base64: fileBase64(result.file) } : result;
    },
    'programme:export-file': async ({ id, password }) => ({
      fileName: `programme-${id}.attesta`,
      base64: (await exportProgrammeFile(ctx.db, id, { ...(password ? { password } : {}), now: ctx.now() })).toString('base64'),
    }),
    'programme:import-file': ({ fileBase64, password }) => importProgrammeFile(ctx.db, Buffer.from(fileBase64, 'base64'), { ...(password ? { password } : {}), now: ctx.now() }),
    'backup:now': ({ folder }) => backupTo(ctx, folder ?? backupDir(ctx.dataDir)),
    'backup:list': () => listBackups(ctx.dataDir),
    'backup:preview': ({ file }) => readBackup(file),
    'backup:restore': ({ file }) => restoreBackup(ctx, file),
  } satisfies Handlers;
}
