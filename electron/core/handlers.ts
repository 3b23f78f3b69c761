import type { Channel, ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { CoreContext } from './context';
import { loadDemo } from './services/demo';
import { aggregate, grade } from './services/grading';
import { getTemplate, listTemplates, validateTemplate } from './services/templates';
import { appInfo } from './services/app-info';
import { createBackupHandlers } from './handlers-backups';
import { createBankHandlers } from './handlers-banks';
import { createDefenseHandlers } from './handlers-defense';
import { createDeviceHandlers } from './handlers-devices';
import { createDocumentHandlers } from './handlers-documents';
import { createPeopleHandlers } from './handlers-people';
import { createPrivacyHandlers } from './handlers-privacy';
import { createSittingHandlers } from './handlers-sittings';
import { createVariantHandlers } from './handlers-variants';

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
    ...createDocumentHandlers(ctx),
    ...createBackupHandlers(ctx),
    ...createBankHandlers(ctx),
    ...createVariantHandlers(ctx),
    ...createPrivacyHandlers(ctx),
    'job:progress': ({ jobId }) => ctx.jobs.progress(jobId),
    'job:cancel': ({ jobId }) => ctx.jobs.cancel(jobId),
  } satisfies Handlers;
}
