import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { VariantResults } from '../../shared/api/channels/variants-types';
import type { CoreContext } from './context';
import { fileBase64 } from './services/documents/export';
import { drawVariantsForBank } from './services/variants/draw';
import { printVariants, workerVariantsRenderer } from './services/variants/print';

type VariantChannel = keyof VariantResults;
/** The handlers of the printed variants, answer keys and answer sheets (issue 6) channels. */
export type VariantHandlers = { [C in VariantChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** Seeded draws and printed tests over one context; printing runs in a worker thread. */
export function createVariantHandlers(ctx: CoreContext): VariantHandlers {
  return {
    'variant:draw': (input) => drawVariantsForBank(ctx.db, input),
    'variant:print': async ({ inline, jobId, ...req }) => {
      const result = await ctx.jobs.run(jobId, (control) => printVariants(ctx, req, workerVariantsRenderer(ctx.fontDir), control));
      return inline ? { ...result, base64: fileBase64(result.file) } : result;
    },
  };
}
